import * as z from 'zod';
import { versionSchema } from '../validation/validation-input.js';

/** Most highlights (and most gaps) one domain lists; `final` needs at least MIN_FINAL_HIGHLIGHTS. */
export const MAX_PICKS = 5;
export const MIN_FINAL_HIGHLIGHTS = 3;
/** Longest short text of a pick, per language. */
export const MAX_PICK_TEXT = 1000;

const text = z.string().max(MAX_PICK_TEXT).optional();

const pickSchema = z.strictObject({
  indicatorId: z.string().min(1).max(64),
  text: z.strictObject({ en: text, id: text }).optional(),
});

/** Body of `PUT .../domains/:did/findings`; the domain rules are `checkFindings`. */
export const findingsInputSchema = z.strictObject({
  highlights: z.array(pickSchema).max(MAX_PICKS),
  gaps: z.array(pickSchema).max(MAX_PICKS),
  status: z.enum(['draft', 'final']),
  version: versionSchema.optional(),
});

/** The parsed body. */
export type FindingsInput = z.infer<typeof findingsInputSchema>;
