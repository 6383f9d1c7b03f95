/** Domain scores as a horizontal bar chart in inline SVG (no script, readable by screen readers). */
import type { Lang } from '../../shared/core/types.js';
import { COORDINATOR_TEXTS } from './texts/coordinator-texts.js';
import { translator } from './texts/translate.js';

export interface ScoreBar {
  id: string;
  label: string;
  score: number | null;
}

const WIDTH = 720;
const LABEL_W = 320;
const BAR_H = 26;
const GAP = 12;
const TOP = 24;

/** Bar colour by score: red below 40, amber below 70, green from 70. */
function colour(score: number): string {
  if (score < 40) return '#c0392b';
  if (score < 70) return '#d68910';
  return '#1e8449';
}

function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The chart; the numbers are also in the SVG's text so nothing depends on colour. */
export function ScoreChart(props: { lang: Lang; bars: readonly ScoreBar[] }) {
  const tr = translator(COORDINATOR_TEXTS, props.lang);
  const plot = WIDTH - LABEL_W - 60;
  const height = TOP + props.bars.length * (BAR_H + GAP) + 10;
  const ticks = [0, 25, 50, 75, 100];
  return (
    <svg
      class="chart"
      id="score-chart"
      role="img"
      aria-labelledby="score-chart-title"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="score-chart-title">{tr('chartTitle')}</title>
      {ticks.map((t) => {
        const x = LABEL_W + (plot * t) / 100;
        return (
          <g>
            <line x1={x} x2={x} y1={TOP - 6} y2={height - 10} stroke="#d5dbe3" stroke-width="1" />
            <text x={x} y={TOP - 10} font-size="11" text-anchor="middle" fill="#4a5563">
              {t}
            </text>
          </g>
        );
      })}
      {props.bars.map((bar, i) => {
        const y = TOP + i * (BAR_H + GAP);
        const w = bar.score === null ? 0 : (plot * bar.score) / 100;
        return (
          <g data-domain={bar.id}>
            <text x={LABEL_W - 8} y={y + BAR_H / 2 + 4} font-size="13" text-anchor="end" fill="#1b1f24">
              {`${bar.id}. ${shorten(bar.label)}`}
            </text>
            {bar.score === null ? null : (
              <rect x={LABEL_W} y={y} width={Math.max(w, 1)} height={BAR_H} rx="3" fill={colour(bar.score)} />
            )}
            <text x={LABEL_W + w + 6} y={y + BAR_H / 2 + 4} font-size="13" font-weight="600" fill="#1b1f24">
              {bar.score === null ? tr('scoreNone') : bar.score.toFixed(1)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
