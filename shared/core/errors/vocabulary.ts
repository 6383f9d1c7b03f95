import { answerLabelList, justificationLabelList } from '../answers.js';
import { AGENCY_LEVEL_LABELS, AGENCY_LEVELS } from '../roster/agency-level.js';
import type { Lang } from '../types.js';

function orList(labels: string[], lang: Lang): string {
  const last = labels.at(-1) ?? '';
  const rest = labels.slice(0, -1).join(', ');
  return rest === '' ? last : `${rest} ${lang === 'id' ? 'atau' : 'or'} ${last}`;
}

/**
 * Placeholders every message may use without the thrower passing them: the product's own lists,
 * written in the language of the message.
 */
export const VOCABULARY: Record<string, (lang: Lang) => string> = {
  answerChoices: (lang) => orList(answerLabelList(lang), lang),
  justificationChoices: (lang) => orList(justificationLabelList(lang), lang),
  agencyLevels: (lang) => Object.values(AGENCY_LEVEL_LABELS[lang]).join(', '),
  agencyLevelCodes: () => AGENCY_LEVELS.join(', '),
};

/** A value quoted in a message, cut short so a pasted essay does not swamp the message (no quotes). */
export function excerpt(value: string | undefined): string {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
