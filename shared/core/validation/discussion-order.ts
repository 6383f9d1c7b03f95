import type { Framework } from '../framework.js';
import { compareIds } from '../summary/compare-ids.js';

/** What ordering needs of a summary line. */
export interface OrderLine {
  id: string;
  domainId: string;
  split: number;
  contested: boolean;
}

/**
 * The order the focus group discusses indicators in: contested ones first, the most split first
 * (ties by domain, then id), then the rest by domain (framework order) and id. Every indicator
 * appears once, so next/previous walk the whole framework.
 */
export function discussionOrder(framework: Framework, lines: readonly OrderLine[]): string[] {
  const domainRank = new Map(framework.domains.map((d, i) => [d.id, i] as const));
  const byDomain = (a: OrderLine, b: OrderLine) =>
    (domainRank.get(a.domainId) ?? Number.MAX_SAFE_INTEGER) -
      (domainRank.get(b.domainId) ?? Number.MAX_SAFE_INTEGER) || compareIds(a.id, b.id);
  const contested = lines.filter((l) => l.contested).sort((a, b) => b.split - a.split || byDomain(a, b));
  const rest = lines.filter((l) => !l.contested).sort(byDomain);
  return [...contested, ...rest].map((l) => l.id);
}

/** One domain's validation progress. */
export interface DomainProgress {
  domainId: string;
  total: number;
  validated: number;
}

/** Validated count per domain, in framework order. */
export function domainProgress(framework: Framework, validatedIds: Iterable<string>): DomainProgress[] {
  const done = new Set(validatedIds);
  return framework.domains.map((domain) => {
    const ids = framework.indicators.filter((i) => i.domainId === domain.id).map((i) => i.id);
    return { domainId: domain.id, total: ids.length, validated: ids.filter((id) => done.has(id)).length };
  });
}
