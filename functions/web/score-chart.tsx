/**
 * Domain scores as horizontal bars laid out by the page itself (HTML rows, each bar a tiny SVG
 * stretched to its row), so the chart reflows for any width from 320 px up and its labels are
 * text at the page's size. A legend says what the colours mean, each value names its band in
 * words, and the same numbers are in a table (no script, nothing depends on colour).
 */
import type { Lang } from '../../shared/core/types.js';
import { LAYOUT_TEXTS } from './texts/layout-texts.js';
import { translator } from './texts/translate.js';

export interface ScoreBar {
  id: string;
  label: string;
  score: number | null;
}

export type ScoreBand = 'low' | 'mid' | 'high';

/** The band of a score: below 40, below 70, from 70 (the report uses the same thresholds). */
export function scoreBand(score: number): ScoreBand {
  if (score < 40) return 'low';
  if (score < 70) return 'mid';
  return 'high';
}

/** Bar colours, each at least 3:1 against white (WCAG non-text contrast). */
export const BAND_COLOURS: Record<ScoreBand, string> = { low: '#b3261e', mid: '#b26b00', high: '#1e7b34' };

const BAND_KEYS = {
  low: ['bandLow', 'bandLowShort'],
  mid: ['bandMid', 'bandMidShort'],
  high: ['bandHigh', 'bandHighShort'],
} as const;

function Swatch(props: { band: ScoreBand }) {
  return (
    <svg class="swatch" viewBox="0 0 10 10" width="14" height="14" aria-hidden="true" focusable="false">
      <rect width="10" height="10" rx="2" fill={BAND_COLOURS[props.band]} />
    </svg>
  );
}

/** The chart, its legend, and the table with the same numbers. */
export function ScoreChart(props: { lang: Lang; bars: readonly ScoreBar[] }) {
  const tr = translator(LAYOUT_TEXTS, props.lang);
  const value = (score: number | null) =>
    score === null ? tr('scoreNone') : `${score.toFixed(1)} (${tr(BAND_KEYS[scoreBand(score)][1])})`;
  return (
    <figure class="score-chart" id="score-chart" aria-labelledby="score-chart-title">
      <figcaption id="score-chart-title">{tr('chartTitle')}</figcaption>
      <ul class="legend" aria-label={tr('legendTitle')}>
        {(['low', 'mid', 'high'] as const).map((band) => (
          <li data-band={band}>
            <Swatch band={band} />
            {tr(BAND_KEYS[band][0])}
          </li>
        ))}
      </ul>
      <ul class="bars">
        {props.bars.map((bar) => (
          <li class="bar-row" data-domain={bar.id}>
            <span class="bar-label">{`${bar.id}. ${bar.label}`}</span>
            <span class="bar-line">
              <svg
                class="bar"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect width="100" height="10" fill="#eef1f5" />
                {bar.score === null ? null : (
                  <rect
                    width={Math.max(bar.score, 0.5)}
                    height="10"
                    fill={BAND_COLOURS[scoreBand(bar.score)]}
                    data-band={scoreBand(bar.score)}
                  />
                )}
              </svg>
              <span class="bar-value">{value(bar.score)}</span>
            </span>
          </li>
        ))}
      </ul>
      <details class="chart-table">
        <summary>{tr('chartTableSummary')}</summary>
        <table id="score-table">
          <caption id="score-table-caption">{tr('chartTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('colDomain')}</th>
              <th scope="col" class="num">
                {tr('colScore')}
              </th>
              <th scope="col">{tr('colBand')}</th>
            </tr>
          </thead>
          <tbody>
            {props.bars.map((bar) => (
              <tr data-domain={bar.id}>
                <th scope="row">{`${bar.id}. ${bar.label}`}</th>
                <td class="num">{bar.score === null ? tr('scoreNone') : bar.score.toFixed(1)}</td>
                <td>{bar.score === null ? '' : tr(BAND_KEYS[scoreBand(bar.score)][1])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
