import { issueOf } from '../errors/index.js';
import type { Framework } from '../framework.js';
import type { Issue, Lang } from '../types.js';
import { MIN_FINAL_HIGHLIGHTS } from './findings-input.js';
import type { FindingPick, FindingsStatus } from './findings-types.js';

/**
 * The rules zod cannot know: every pick is an indicator of THIS domain, each indicator is picked
 * once over highlights and gaps, and `final` has 3–5 highlights. Returns every issue at once
 * (field e.g. `highlights.2.indicatorId`); empty when the findings can be saved.
 */
export function checkFindings(
  framework: Framework,
  domainId: string,
  input: { highlights: readonly FindingPick[]; gaps: readonly FindingPick[]; status: FindingsStatus },
  lang: Lang,
): Issue[] {
  const inDomain = new Set(framework.indicators.filter((i) => i.domainId === domainId).map((i) => i.id));
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const list of ['highlights', 'gaps'] as const) {
    input[list].forEach((pick, i) => {
      const place = { field: `${list}.${i}.indicatorId`, indicatorId: pick.indicatorId };
      const params = { indicatorId: pick.indicatorId, domainId };
      if (!inDomain.has(pick.indicatorId))
        issues.push(issueOf('findings.not_in_domain', place, params, lang));
      else if (seen.has(pick.indicatorId)) issues.push(issueOf('findings.duplicate', place, params, lang));
      seen.add(pick.indicatorId);
    });
  }
  const count = input.highlights.length;
  if (input.status === 'final' && count < MIN_FINAL_HIGHLIGHTS) {
    issues.push(issueOf('findings.final_count', { field: 'highlights' }, { count }, lang));
  }
  return issues;
}

/** Picks as stored: blank texts dropped, texts trimmed, no empty `text` object. */
export function normalizePicks(picks: readonly FindingPick[]): FindingPick[] {
  return picks.map((pick) => {
    const en = pick.text?.en?.trim();
    const id = pick.text?.id?.trim();
    const text: { en?: string; id?: string } = {};
    if (en) text.en = en;
    if (id) text.id = id;
    return text.en || text.id ? { indicatorId: pick.indicatorId, text } : { indicatorId: pick.indicatorId };
  });
}
