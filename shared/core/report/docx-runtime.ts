import type * as Docx from 'docx';

/**
 * The docx library, loaded on the first report only: it is ~1 MB of JavaScript that every other
 * request (and every Lambda cold start) would otherwise parse and evaluate. `D` is a live binding,
 * set by `loadDocx()` before any builder runs.
 */
export let D: typeof Docx;

/** Loads docx once per process. */
export async function loadDocx(): Promise<typeof Docx> {
  D ??= await import('docx');
  return D;
}
