import type { JustificationType, NormalizedResponse } from '../types.js';
import { compareIds } from './compare-ids.js';

/** One justification an agency gave for a highlighted indicator. */
export interface Citation {
  agency: string;
  answer: 'yes' | 'partially';
  justificationType: JustificationType | null;
  justification: string;
  evidence: string | null;
}

/** How many justifications the Highlights sheet quotes per indicator; the rest are counted. */
export const MAX_CITATIONS = 8;

const TYPE_RANK: Record<string, number> = { practice: 0, programme: 1, regulation: 2 };

/**
 * Quoting order: yes before partially, best practice before programme before regulation (the
 * highlight order of PRODUCT.md also ranks practice first), then agency code — so the quotes do
 * not depend on the order in which the store returns agencies.
 */
function compareCitations(a: Citation, b: Citation): number {
  return (
    (a.answer === 'yes' ? 0 : 1) - (b.answer === 'yes' ? 0 : 1) ||
    (TYPE_RANK[a.justificationType ?? ''] ?? 3) - (TYPE_RANK[b.justificationType ?? ''] ?? 3) ||
    compareIds(a.agency, b.agency)
  );
}

/**
 * Collects the justifications cited for highlighted indicators while responses stream past,
 * keeping at most MAX_CITATIONS per indicator so memory stays bounded at any number of agencies.
 */
export class CitationCollector {
  private readonly kept = new Map<string, Citation[]>();
  private readonly totals = new Map<string, number>();

  constructor(indicatorIds: Iterable<string>) {
    for (const id of indicatorIds) {
      this.kept.set(id, []);
      this.totals.set(id, 0);
    }
  }

  /** Offers one agency's response; kept only if it justifies a yes/partially of a highlight. */
  offer(agency: string, response: NormalizedResponse): void {
    const list = this.kept.get(response.indicatorId);
    if (list === undefined) return;
    if (response.answer !== 'yes' && response.answer !== 'partially') return;
    if (!response.justification) return;
    this.totals.set(response.indicatorId, (this.totals.get(response.indicatorId) ?? 0) + 1);
    const citation: Citation = {
      agency,
      answer: response.answer,
      justificationType: response.justificationType,
      justification: response.justification,
      evidence: response.evidence,
    };
    if (list.length === MAX_CITATIONS && compareCitations(citation, list[list.length - 1]!) >= 0) return;
    let at = list.length;
    while (at > 0 && compareCitations(citation, list[at - 1]!) < 0) at--;
    list.splice(at, 0, citation);
    if (list.length > MAX_CITATIONS) list.pop();
  }

  /** The quoted justifications of an indicator and how many there were in all. */
  of(indicatorId: string): { citations: Citation[]; total: number } {
    return { citations: this.kept.get(indicatorId) ?? [], total: this.totals.get(indicatorId) ?? 0 };
  }
}
