import * as z from 'zod';
import { LOCAL_MGI_FRAMEWORK } from './frameworks/local-mgi.js';
import type { Bilingual } from './types.js';

/** An indicator framework: domains and the indicators each agency answers (PRODUCT.md "The six domains"). */
export interface Framework {
  /** e.g. 'local-mgi' (lowercase, digits, dashes). */
  id: string;
  /** e.g. '2026.1'. */
  version: string;
  name: Bilingual;
  /** Ids '1'..'6' in local-mgi. */
  domains: { id: string; name: Bilingual }[];
  /** Ids 'D.NN', in the order templates and summaries show them. */
  indicators: { id: string; domainId: string; text: Bilingual; guidance?: Bilingual }[];
}

export type FrameworkIndicator = Framework['indicators'][number];

export const FRAMEWORK_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DOMAIN_ID_PATTERN = /^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/;
/** `D.NN`: domain number, a dot, at least two digits (`1.01`, `6.13`, `2.105`). */
export const INDICATOR_ID_PATTERN = /^\d+\.\d{2,}$/;

/** Bounds that keep a loaded framework within what a template, a DynamoDB item and a reader can carry. */
export const FRAMEWORK_LIMITS = {
  domains: 50,
  indicators: 1000,
  nameChars: 300,
  textChars: 2000,
  guidanceChars: 4000,
} as const;

/** Issue codes the cross-checks attach (in `params.code`) so a loader can name the problem. */
export type FrameworkRefineCode =
  | 'framework.duplicate_domain'
  | 'framework.duplicate_indicator'
  | 'framework.unknown_domain'
  | 'framework.empty_domain';

const text = (max: number) => z.string().trim().min(1).max(max);
const bilingual = (max: number) => z.object({ en: text(max), id: text(max) });

const domainSchema = z.object({
  id: z.string().trim().min(1).max(32).regex(DOMAIN_ID_PATTERN),
  name: bilingual(FRAMEWORK_LIMITS.nameChars),
});

const indicatorSchema = z.object({
  id: z.string().trim().max(32).regex(INDICATOR_ID_PATTERN),
  domainId: z.string().trim().min(1).max(32),
  text: bilingual(FRAMEWORK_LIMITS.textChars),
  guidance: bilingual(FRAMEWORK_LIMITS.guidanceChars).optional(),
});

/** The id of each array element that has a string id, by index; other elements are skipped. */
function idsOf(list: unknown, key: 'id' | 'domainId'): [number, string][] {
  if (!Array.isArray(list)) return [];
  const out: [number, string][] = [];
  list.forEach((item, index) => {
    const value =
      item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
    if (typeof value === 'string' && value.trim() !== '') out.push([index, value.trim()]);
  });
  return out;
}

/**
 * Cross-checks between domains and indicators. Written over possibly-invalid data and run even when
 * other fields failed, so a coordinator sees every problem of a framework file in one go.
 */
function checkReferences(value: unknown, ctx: z.RefinementCtx): void {
  const data = (value ?? {}) as Record<string, unknown>;
  const report = (code: FrameworkRefineCode, path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message, params: { code }, input: value, continue: true });

  const domainIds = new Set<string>();
  for (const [index, id] of idsOf(data.domains, 'id')) {
    if (domainIds.has(id))
      report('framework.duplicate_domain', ['domains', index, 'id'], `duplicate domain id ${id}`);
    domainIds.add(id);
  }
  const indicatorIds = new Set<string>();
  for (const [index, id] of idsOf(data.indicators, 'id')) {
    if (indicatorIds.has(id)) {
      report('framework.duplicate_indicator', ['indicators', index, 'id'], `duplicate indicator id ${id}`);
    }
    indicatorIds.add(id);
  }
  const used = new Set<string>();
  for (const [index, domainId] of idsOf(data.indicators, 'domainId')) {
    used.add(domainId);
    if (!domainIds.has(domainId)) {
      report('framework.unknown_domain', ['indicators', index, 'domainId'], `unknown domain ${domainId}`);
    }
  }
  for (const [index, id] of idsOf(data.domains, 'id')) {
    if (!used.has(id))
      report('framework.empty_domain', ['domains', index, 'id'], `domain ${id} has no indicator`);
  }
}

/** Validates a framework: id formats, non-empty texts in both languages, unique ids, domain references. */
export const frameworkSchema: z.ZodType<Framework> = z
  .object({
    id: z.string().trim().min(1).max(64).regex(FRAMEWORK_ID_PATTERN),
    version: z.string().trim().min(1).max(32),
    name: bilingual(FRAMEWORK_LIMITS.nameChars),
    domains: z.array(domainSchema).min(1).max(FRAMEWORK_LIMITS.domains),
    indicators: z.array(indicatorSchema).min(1).max(FRAMEWORK_LIMITS.indicators),
  })
  .superRefine(checkReferences, { when: () => true });

const BUILT_IN: ReadonlyMap<string, Framework> = new Map([[LOCAL_MGI_FRAMEWORK.id, LOCAL_MGI_FRAMEWORK]]);

/** A framework shipped with the code (`local-mgi`), or undefined for any other id. */
export function getBuiltInFramework(id: string): Framework | undefined {
  return BUILT_IN.get(id);
}

/** Ids of the frameworks shipped with the code. */
export function builtInFrameworkIds(): string[] {
  return [...BUILT_IN.keys()];
}

/** Indicators of one domain, in framework order. */
export function indicatorsOfDomain(framework: Framework, domainId: string): FrameworkIndicator[] {
  return framework.indicators.filter((indicator) => indicator.domainId === domainId);
}
