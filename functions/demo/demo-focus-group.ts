/**
 * The demo's focus group, through the public API: the coordinator validates every indicator of
 * domains 1 and 2 (contested ones first, a few answers changed from the consensus with a note and
 * a source), makes domain 1's findings final with 3–5 highlights and an area for development, and
 * leaves domain 2's as a draft. Safe to run again: the writes state no version (script mode).
 */
import type { Framework } from '../../shared/core/framework.js';
import type { AssessmentSummary } from '../../shared/core/summary/summary.js';
import { discussionOrder } from '../../shared/core/validation/discussion-order.js';
import type { ServiceClient } from '../cli/service-client.js';

const DOMAINS = ['1', '2'];

/** Short texts for the picked highlights, in both languages. */
const HIGHLIGHT_TEXT = {
  en: 'Cited by several agencies as an established practice in Central Java.',
  id: 'Disebut oleh beberapa instansi sebagai praktik yang sudah berjalan di Jawa Tengah.',
};

/** Validates domains 1 and 2 and picks their findings; refusals are returned, never thrown. */
export async function runDemoFocusGroup(
  client: ServiceClient,
  input: { aid: string; framework: Framework },
): Promise<void> {
  const { aid, framework } = input;
  const read = await client.request<AssessmentSummary>('GET', `/api/assessments/${aid}/summary`);
  if (!read.ok) return; // No consolidation in this build (501): nothing to validate from.
  const summary = read.data;
  const lines = new Map(summary.indicators.map((l) => [l.id, l] as const));
  const order = discussionOrder(framework, summary.indicators).filter((id) =>
    DOMAINS.includes(lines.get(id)!.domainId),
  );
  for (const [i, id] of order.entries()) {
    const line = lines.get(id)!;
    if (line.consensus === null) continue;
    // Every third contested indicator: the room settles on "partially" after the discussion.
    const changed = line.contested && i % 3 === 0 && line.consensus !== 'partially';
    const answer = changed ? 'partially' : line.consensus;
    const note = changed
      ? 'Disepakati sebagian: regulasi ada, tetapi pelaksanaannya baru di sebagian kabupaten/kota.'
      : null;
    await client.request('PUT', `/api/assessments/${aid}/validation/${id}`, {
      json: { answer, note, sources: changed ? ['Notulen diskusi kelompok terarah, Semarang'] : [] },
    });
  }
  const after = await client.request<AssessmentSummary>('GET', `/api/assessments/${aid}/summary`);
  if (!after.ok) return;
  for (const domain of after.data.domains.filter((d) => DOMAINS.includes(d.id))) {
    const inDomain = after.data.indicators.filter((l) => l.domainId === domain.id);
    const byEvidence = [...inDomain].sort((a, b) => b.evidence.practice - a.evidence.practice);
    const highlightIds = [
      ...domain.highlights,
      ...byEvidence.filter((l) => l.final === 'yes' || l.final === 'partially').map((l) => l.id),
    ]
      .filter((id, k, all) => all.indexOf(id) === k)
      .slice(0, 4);
    const gapIds = inDomain
      .filter((l) => !highlightIds.includes(l.id) && (l.final === 'no' || l.final === 'partially'))
      .map((l) => l.id)
      .slice(0, 2);
    const final = domain.id === '1' && highlightIds.length >= 3;
    await client.request('PUT', `/api/assessments/${aid}/domains/${domain.id}/findings`, {
      json: {
        highlights: highlightIds.map((indicatorId, k) =>
          k === 0 ? { indicatorId, text: HIGHLIGHT_TEXT } : { indicatorId },
        ),
        gaps: gapIds.map((indicatorId) => ({ indicatorId })),
        status: final ? 'final' : 'draft',
      },
    });
  }
}
