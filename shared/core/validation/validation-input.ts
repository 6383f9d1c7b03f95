import * as z from 'zod';
import { VALIDATED_ANSWERS } from './validation-types.js';

/** Longest validation note, in characters. */
export const MAX_NOTE_LENGTH = 2000;
/** Most sources one validated answer lists, and the longest source. */
export const MAX_SOURCES = 20;
export const MAX_SOURCE_LENGTH = 500;

/** The version a write states it read (0: nothing stored yet); absent: last writer wins (scripts). */
export const versionSchema = z.number().int().min(0);

/** Body of `PUT .../validation/:indicatorId`. A blank note is stored as no note. */
export const validationInputSchema = z.strictObject({
  answer: z.enum(VALIDATED_ANSWERS),
  note: z.string().max(MAX_NOTE_LENGTH).nullable().optional(),
  sources: z.array(z.string().trim().min(1).max(MAX_SOURCE_LENGTH)).max(MAX_SOURCES).optional(),
  version: versionSchema.optional(),
});

/** The parsed body. */
export type ValidationInput = z.infer<typeof validationInputSchema>;

/** The note as stored: trimmed, null when blank. */
export function normalizeNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Body of `DELETE .../validation/:indicatorId` (optional; `?version=` works too). */
export const clearValidationSchema = z.strictObject({ version: versionSchema.optional() });
