import type { Bilingual, Lang } from '../types.js';

/** One catalogue entry: the HTTP status and the message in both languages, with `{placeholders}`. */
export interface ErrorEntry {
  status: number;
  en: string;
  id: string;
}

/** One feature's codes; each section file exports one and index.ts spreads it into ERRORS. */
export type ErrorSection = Record<string, ErrorEntry>;

/** What a message may mention: plain values, or text that differs per language. */
export type ErrorParams = Record<string, string | number | Bilingual>;

/** A parameter value in one language. */
export function paramText(value: string | number | Bilingual, lang: Lang): string {
  return typeof value === 'object' ? value[lang] : String(value);
}

type Merged<T extends readonly ErrorSection[]> = T extends readonly [
  infer H,
  ...infer R extends ErrorSection[],
]
  ? H & Merged<R>
  : unknown;

/** Joins sections into one catalogue; a code defined twice throws (never silently overridden). */
export function mergeSections<const T extends readonly ErrorSection[]>(...sections: T): Merged<T> {
  const all: ErrorSection = {};
  for (const section of sections) {
    for (const [code, entry] of Object.entries(section)) {
      if (Object.hasOwn(all, code)) throw new Error(`error code ${code} is defined twice in the catalogue`);
      all[code] = entry;
    }
  }
  return all as Merged<T>;
}
