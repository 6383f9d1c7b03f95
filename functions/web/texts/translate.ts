import type { Bilingual, Lang } from '../../../shared/core/types.js';

export type Params = Record<string, string | number>;

/** A text of a catalogue in a language, with `{name}` placeholders filled. */
export function translate<K extends string>(
  catalogue: Record<K, Bilingual>,
  lang: Lang,
  key: K,
  params: Params = {},
): string {
  return catalogue[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A translator bound to one catalogue and language: `tr('title')`. */
export function translator<K extends string>(catalogue: Record<K, Bilingual>, lang: Lang) {
  return (key: K, params?: Params) => translate(catalogue, lang, key, params);
}
