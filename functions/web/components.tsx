/** Small pieces several pages show: problem tables, table regions, answer counts, warnings. */
import type { Child } from 'hono/jsx';
import { ANSWER_LABELS } from '../../shared/core/answers.js';
import { renderIssue } from '../../shared/core/errors/index.js';
import { META_SHEET_NAME } from '../../shared/core/template/meta-sheet.js';
import type { AnswerCounts, Issue, Lang } from '../../shared/core/types.js';
import { ANSWERS } from '../../shared/core/types.js';
import { AGENCY_TEXTS } from './texts/agency-texts.js';
import { translator } from './texts/translate.js';

/**
 * A wide table's own scrolling region: labelled by the table's caption and focusable, so keyboard
 * users can scroll it; the page itself never scrolls sideways.
 */
export function TableRegion(props: { labelledBy: string; children?: Child }) {
  return (
    <section class="table-wrap" aria-labelledby={props.labelledBy} tabindex={0}>
      {props.children}
    </section>
  );
}

/**
 * Every problem of a rejected upload: what to do first, then where (indicator, sheet and cell); on
 * a phone each row is a card. The hidden metadata sheet is not a place a person can open, so its
 * cells are not shown (the message says what to do instead).
 */
export function IssueTable(props: { lang: Lang; issues: readonly Issue[]; total: number }) {
  const tr = translator(AGENCY_TEXTS, props.lang);
  const visible = (issue: Issue) => issue.sheet !== META_SHEET_NAME;
  return (
    <table id="issues" class="stack">
      <caption>{tr('issuesCaption', { shown: props.issues.length, total: props.total })}</caption>
      <thead>
        <tr>
          <th scope="col">{tr('colSheet')}</th>
          <th scope="col">{tr('colCell')}</th>
          <th scope="col">{tr('colIndicator')}</th>
          <th scope="col">{tr('colWhat')}</th>
        </tr>
      </thead>
      <tbody>
        {props.issues.map((issue) => (
          <tr data-cell={visible(issue) ? (issue.cell ?? '') : ''}>
            <td data-label={tr('colSheet')}>{visible(issue) ? (issue.sheet ?? '') : ''}</td>
            <td data-label={tr('colCell')}>{visible(issue) ? (issue.cell ?? '') : ''}</td>
            <td data-label={tr('colIndicator')}>{issue.indicatorId ?? ''}</td>
            <td data-label={tr('colWhat')}>{renderIssue(issue, props.lang).message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Answers given (from submission counts): answered = all but unanswered. */
export function answeredOf(counts: AnswerCounts): number {
  return ANSWERS.reduce((sum, answer) => sum + counts[answer], 0);
}

/** The six counts of a submission. */
export function CountsList(props: { lang: Lang; counts: AnswerCounts }) {
  const tr = translator(AGENCY_TEXTS, props.lang);
  const labels = ANSWER_LABELS[props.lang];
  return (
    <dl class="counts" aria-label={tr('countsCaption')}>
      {ANSWERS.map((answer) => (
        <div>
          <dt>{labels[answer]}</dt>
          <dd data-count={answer}>{props.counts[answer]}</dd>
        </div>
      ))}
      <div>
        <dt>{tr('unanswered')}</dt>
        <dd data-count="unanswered">{props.counts.unanswered}</dd>
      </div>
    </dl>
  );
}

/** The warnings of a submission (e.g. unanswered indicators), folded when long. */
export function WarningsList(props: { lang: Lang; warnings: readonly Issue[] }) {
  const tr = translator(AGENCY_TEXTS, props.lang);
  if (props.warnings.length === 0) return <p>{tr('warningsNone')}</p>;
  return (
    <details open={props.warnings.length <= 10}>
      <summary>{tr('warningsTitle', { count: props.warnings.length })}</summary>
      <ul class="plain" id="warnings">
        {props.warnings.map((w) => (
          <li>
            {w.cell ? `${w.cell}: ${renderIssue(w, props.lang).message}` : renderIssue(w, props.lang).message}
          </li>
        ))}
      </ul>
    </details>
  );
}
