import type { JustificationType, NormalizedResponse } from '../types.js';

/** Distinct justifications kept per indicator; further distinct ones are only counted. */
export const MAX_DISTINCT_CITATIONS = 16;
/** Agencies named per justification; further ones are only counted. */
export const MAX_CITING_AGENCIES = 12;

/** One distinct justification while the responses stream past (agency codes, not names yet). */
export interface CollectedCitation {
  type: JustificationType | null;
  text: string;
  evidence: string | null;
  agencyCodes: string[];
  agencyCount: number;
}

const SPACE_RUNS = /\s+/g;
const NEEDS_SPACING = /\s\s|[^\S ]/;
const TRAILING = /[.;,]+$/;

/**
 * Same justification = same type and same words, whatever the case, spacing or final full stop.
 * Runs once per justified response (760,000 at a national roll-out): no locale-aware lower-casing
 * and no whitespace rewrite unless the text needs one.
 */
function citationKey(type: JustificationType | null, text: string): string {
  let words = text.toLowerCase();
  if (NEEDS_SPACING.test(words)) words = words.replace(SPACE_RUNS, ' ');
  const last = words.charCodeAt(words.length - 1);
  if (last === 0x2e || last === 0x3b || last === 0x2c) words = words.replace(TRAILING, '');
  return `${type ?? ''}\u0000${words}`;
}

const TYPE_RANK: Record<string, number> = { regulation: 0, programme: 1, practice: 2 };

/** Report order: regulations, programmes, practices; then most agencies first; then text. */
function compareCollected(a: CollectedCitation, b: CollectedCitation): number {
  return (
    (TYPE_RANK[a.type ?? ''] ?? 3) - (TYPE_RANK[b.type ?? ''] ?? 3) ||
    b.agencyCount - a.agencyCount ||
    (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
  );
}

/**
 * Collects, in ONE pass over the agencies' current responses, the regulations, programmes and
 * practices cited for a yes/partially answer, deduplicated per indicator with the citing agencies.
 * Memory is bounded (MAX_DISTINCT_CITATIONS × MAX_CITING_AGENCIES per indicator) at any number of
 * agencies; which distinct texts are kept past the bound follows the store's agency order.
 */
export class ReportCitationCollector {
  private readonly byIndicator = new Map<string, Map<string, CollectedCitation>>();
  private readonly dropped = new Map<string, number>();

  /** Offers one agency's current responses. */
  add(agency: string, responses: readonly NormalizedResponse[]): void {
    for (const response of responses) this.offer(agency, response);
  }

  /** Offers one response; kept only if it justifies a yes or partially. */
  offer(agency: string, response: NormalizedResponse): void {
    if (response.answer !== 'yes' && response.answer !== 'partially') return;
    const text = response.justification?.trim();
    if (!text) return;
    let distinct = this.byIndicator.get(response.indicatorId);
    if (!distinct) {
      distinct = new Map();
      this.byIndicator.set(response.indicatorId, distinct);
    }
    const key = citationKey(response.justificationType, text);
    const known = distinct.get(key);
    if (known) {
      known.agencyCount += 1;
      if (known.agencyCodes.length < MAX_CITING_AGENCIES) known.agencyCodes.push(agency);
      return;
    }
    if (distinct.size >= MAX_DISTINCT_CITATIONS) {
      this.dropped.set(response.indicatorId, (this.dropped.get(response.indicatorId) ?? 0) + 1);
      return;
    }
    distinct.set(key, {
      type: response.justificationType,
      text,
      evidence: response.evidence?.trim() || null,
      agencyCodes: [agency],
      agencyCount: 1,
    });
  }

  /** The first `limit` distinct citations of an indicator in report order, and how many more exist. */
  of(indicatorId: string, limit = 8): { citations: CollectedCitation[]; more: number } {
    const all = [...(this.byIndicator.get(indicatorId)?.values() ?? [])].sort(compareCollected);
    const dropped = this.dropped.get(indicatorId) ?? 0;
    return { citations: all.slice(0, limit), more: Math.max(0, all.length - limit) + dropped };
  }
}
