import type { NormalizedResponse } from '../../core/types.js';

/**
 * Bytes of JSON per chunk item. DynamoDB items are at most 400 KB; a justification may be
 * 4,000 characters (up to 4 bytes each in UTF-8) and evidence 2,000, so one response is under
 * 25 KB and a chunk never crosses the limit even with key and attribute overhead.
 */
export const CHUNK_BYTES = 300_000;

/** One chunk's responses and their JSON (what the chunk item stores, compressed). */
export interface ResponseChunk {
  responses: NormalizedResponse[];
  json: string;
}

/**
 * Splits a submission's responses into as few chunk items as fit the byte budget, in order, each
 * with its JSON: the JSON made to size a chunk is the one stored, not made again. A typical
 * 76-indicator submission is one item, the worst case (every justification full) two.
 */
export function splitResponses(responses: NormalizedResponse[], budget = CHUNK_BYTES): ResponseChunk[] {
  // The usual case, one chunk: the whole array's JSON is the per-response sum below minus one.
  const whole = JSON.stringify(responses);
  if (Buffer.byteLength(whole, 'utf8') + 1 <= budget) return [{ responses, json: whole }];
  const chunks: ResponseChunk[] = [];
  let current: NormalizedResponse[] = [];
  let parts: string[] = [];
  let size = 2;
  for (const response of responses) {
    const json = JSON.stringify(response);
    const bytes = Buffer.byteLength(json, 'utf8') + 1;
    if (current.length > 0 && size + bytes > budget) {
      chunks.push({ responses: current, json: `[${parts.join(',')}]` });
      current = [];
      parts = [];
      size = 2;
    }
    current.push(response);
    parts.push(json);
    size += bytes;
  }
  if (current.length > 0 || chunks.length === 0)
    chunks.push({ responses: current, json: `[${parts.join(',')}]` });
  return chunks;
}

/** Joins chunk items read in any order back into the submission's responses. */
export function joinChunks(
  chunks: { index: number; responses: NormalizedResponse[] }[],
): NormalizedResponse[] {
  return [...chunks].sort((a, b) => a.index - b.index).flatMap((c) => c.responses);
}
