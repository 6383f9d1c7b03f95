import type { FindingPick } from '../findings/findings-types.js';
import {
  consensusLabel,
  domainName,
  openSheet,
  type SheetContext,
  summaryOf,
} from './consolidated-sheets.js';
import { ANSWER_STYLES, STYLES } from './consolidated-styles.js';
import { plainText } from './sheet-stream.js';

/**
 * Findings: per domain, the status of the focus group's picks, then the highlights and the areas
 * for further development it picked, each with the indicator, its final answer and the short
 * texts in English and Indonesian (written as plain text: a text starting with `=` stays text).
 */
export async function writeFindingsSheet(ctx: SheetContext): Promise<number> {
  const { labels: l, framework, lang } = ctx;
  const s = summaryOf(ctx);
  const texts = new Map(framework.indicators.map((i) => [i.id, i.text[lang]]));
  const lines = new Map(s.indicators.map((line) => [line.id, line]));
  const out = openSheet(ctx, l.sheets.findings, [9, 50, 14, 50, 50]);
  const headers = [l.id, l.indicator, l.finalAnswer, l.textEn, l.textId];

  const writePicks = async (title: string, picks: readonly FindingPick[]) => {
    await out.row([title], STYLES.section);
    if (picks.length === 0) {
      await out.row([l.noPicks], STYLES.note);
      return;
    }
    await out.row(headers, STYLES.header, 30);
    for (const pick of picks) {
      const final = lines.get(pick.indicatorId)?.final ?? null;
      await out.row(
        [
          plainText(pick.indicatorId),
          texts.get(pick.indicatorId) ?? '',
          consensusLabel(ctx, final),
          plainText(pick.text?.en),
          plainText(pick.text?.id),
        ],
        [STYLES.label, STYLES.wrap, ANSWER_STYLES.centred[final ?? 'blank'], STYLES.wrap, STYLES.wrap],
      );
    }
  };

  for (const domain of s.domains) {
    const score = domain.finalScore === null ? '' : ` — ${l.score}: ${domain.finalScore.toFixed(1)}`;
    await out.row(
      [`${l.domain} ${domain.id}: ${domainName(ctx, domain.id)}${score}`, null, null, null, null],
      STYLES.domainBand,
      22,
    );
    const picked = domain.findings;
    const status = picked ? l.findingsStatuses[picked.status] : l.findingsStatuses.none;
    await out.row([l.findingsStatus, status], [STYLES.label, STYLES.text]);
    if (picked) {
      await writePicks(l.pickedHighlights, picked.highlights);
      await writePicks(l.pickedGaps, picked.gaps);
    }
    await out.blank();
  }
  await out.commit();
  return out.rows;
}
