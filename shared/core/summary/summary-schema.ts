import * as z from 'zod';

const count = z.number().int().nonnegative();

const countsSchema = z.strictObject({
  yes: count,
  partially: count,
  no: count,
  dont_know: count,
  not_applicable: count,
  unanswered: count,
});

/** One indicator line of the summary. */
export const indicatorSummarySchema = z.strictObject({
  id: z.string(),
  domainId: z.string(),
  counts: countsSchema,
  consensus: z.enum(['yes', 'partially', 'no']).nullable(),
  agreement: z.number().min(0).max(1).nullable(),
  disagreement: z.boolean(),
  evidence: z.strictObject({ regulation: count, programme: count, practice: count }),
  split: z.number().min(0).max(0.5),
  contested: z.boolean(),
  validated: z.enum(['yes', 'partially', 'no']).nullable(),
  final: z.enum(['yes', 'partially', 'no']).nullable(),
});

const findingPickSchema = z.strictObject({
  indicatorId: z.string(),
  text: z.strictObject({ en: z.string().optional(), id: z.string().optional() }).optional(),
});

/** One domain line of the summary. */
export const domainSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  indicatorCount: count,
  score: z.number().min(0).max(100).nullable(),
  highlights: z.array(z.string()).max(5),
  gaps: z.array(z.string()).max(5),
  finalScore: z.number().min(0).max(100).nullable(),
  validatedCount: count,
  findings: z
    .strictObject({
      highlights: z.array(findingPickSchema).max(5),
      gaps: z.array(findingPickSchema).max(5),
      status: z.enum(['draft', 'final']),
    })
    .nullable(),
});

/** The summary JSON exactly as PRODUCT.md "Summary and consensus" shows it; no extra keys. */
export const summarySchema = z.strictObject({
  assessmentId: z.string(),
  frameworkId: z.string(),
  generatedAt: z.iso.datetime(),
  agencies: z.strictObject({ registered: count, submitted: count, missing: z.array(z.string()) }),
  indicators: z.array(indicatorSummarySchema),
  domains: z.array(domainSummarySchema),
});
