import type { NormalizedResponse } from '../../core/types.js';

/**
 * Bytes of JSON per chunk item. DynamoDB items are at most 400 KB; a justification may be
 * 4,000 characters (up to 4 bytes each in UTF-8) and evidence 2,000, so one response is under
 * 25 KB and a chunk never crosses the limit even with key and attribute overhead.
 */
export const CHUNK_BYTES = 300_000;

/**
 * Splits a submission's responses into as few chunk items as fit the byte budget, in order.
 * A typical 76-indicator submission is one item, the worst case (every justification full) two.
 */
export function splitResponses(
  responses: NormalizedResponse[],
  budget = CHUNK_BYTES,
): NormalizedResponse[][] {
  // The usual case, one chunk: the whole array's JSON is the per-response sum below minus one.
  if (Buffer.byteLength(JSON.stringify(responses), 'utf8') + 1 <= budget) return [responses];
  const chunks: NormalizedResponse[][] = [];
  let current: NormalizedResponse[] = [];
  let size = 2;
  for (const response of responses) {
    const bytes = Buffer.byteLength(JSON.stringify(response), 'utf8') + 1;
    if (current.length > 0 && size + bytes > budget) {
      chunks.push(current);
      current = [];
      size = 2;
    }
    current.push(response);
    size += bytes;
  }
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** Joins chunk items read in any order back into the submission's responses. */
export function joinChunks(
  chunks: { index: number; responses: NormalizedResponse[] }[],
): NormalizedResponse[] {
  return [...chunks].sort((a, b) => a.index - b.index).flatMap((c) => c.responses);
}
