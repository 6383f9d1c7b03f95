/**
 * The domain-score bar chart's geometry, shared by the dashboard (inline SVG, functions/web) and
 * the Word report (the same SVG rasterised to PNG), so both draw the same chart from the same data.
 */

/** One bar: a domain and its score (null: no score yet). */
export interface ScoreBar {
  id: string;
  label: string;
  score: number | null;
}

export const SCORE_CHART = { width: 720, labelWidth: 320, barHeight: 26, gap: 12, top: 24 } as const;
export const SCORE_CHART_TICKS = [0, 25, 50, 75, 100] as const;

/**
 * Bar colour by score: red below 40, amber below 70, green from 70 — the dashboard's bands and
 * colours (functions/web/score-chart.tsx), each at least 3:1 against white.
 */
export function scoreColour(score: number): string {
  if (score < 40) return '#b3261e';
  if (score < 70) return '#b26b00';
  return '#1e7b34';
}

/** A label cut to fit the label column. */
export function shortenLabel(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Plot width and total height of a chart with `bars` bars. */
export function scoreChartSize(bars: number): { plot: number; height: number } {
  const { width, labelWidth, barHeight, gap, top } = SCORE_CHART;
  return { plot: width - labelWidth - 60, height: top + bars * (barHeight + gap) + 10 };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The chart as a standalone SVG document (for rasterising); `none` labels a domain without a
 * score, `formatScore` writes a score in the document's language (70,5 in Indonesian).
 */
export function scoreChartSvg(
  bars: readonly ScoreBar[],
  texts: { title: string; none: string },
  font: string,
  formatScore: (score: number) => string = (score) => score.toFixed(1),
): string {
  const { labelWidth, barHeight, gap, top, width } = SCORE_CHART;
  const { plot, height } = scoreChartSize(bars.length);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${escapeXml(font)}">`,
    `<title>${escapeXml(texts.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  for (const t of SCORE_CHART_TICKS) {
    const x = labelWidth + (plot * t) / 100;
    parts.push(
      `<line x1="${x}" x2="${x}" y1="${top - 6}" y2="${height - 10}" stroke="#d5dbe3" stroke-width="1"/>`,
      `<text x="${x}" y="${top - 10}" font-size="11" text-anchor="middle" fill="#4a5563">${t}</text>`,
    );
  }
  bars.forEach((bar, i) => {
    const y = top + i * (barHeight + gap);
    const w = bar.score === null ? 0 : (plot * bar.score) / 100;
    const label = escapeXml(`${bar.id}. ${shortenLabel(bar.label)}`);
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + barHeight / 2 + 4}" font-size="13" text-anchor="end" fill="#1b1f24">${label}</text>`,
    );
    if (bar.score !== null) {
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${Math.max(w, 1)}" height="${barHeight}" rx="3" fill="${scoreColour(bar.score)}"/>`,
      );
    }
    const value = bar.score === null ? texts.none : formatScore(bar.score);
    parts.push(
      `<text x="${labelWidth + w + 6}" y="${y + barHeight / 2 + 4}" font-size="13" font-weight="600" fill="#1b1f24">${escapeXml(value)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
