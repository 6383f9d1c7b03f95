/** The two annexes of the Word report: every indicator, and the participating agencies. */
import type { FileChild } from 'docx';
import { ANSWER_LABELS } from '../answers.js';
import { AGENCY_LEVEL_LABELS, type AgencyLevel } from '../roster/agency-level.js';
import type { Lang } from '../types.js';
import { heading, literal, para, table } from './docx-blocks.js';
import { D } from './docx-runtime.js';
import { reportDate, reportLabel } from './report-labels.js';
import type { ReportModel, Vote } from './report-types.js';

/** Annex tables in 9 pt: six columns on a portrait page. */
const ANNEX_SIZE = 18;

function answer(lang: Lang, vote: Vote | null): string {
  return vote ? ANSWER_LABELS[lang][vote] : '–';
}

/** Annex 1: one table per domain, every indicator with final answer, consensus, votes and note. */
export function indicatorAnnex(model: ReportModel, lang: Lang): FileChild[] {
  const out: FileChild[] = [
    heading(1, [new D.TextRun(reportLabel(lang, 'annexIndicatorsTitle'))], { pageBreakBefore: true }),
    para([new D.TextRun(reportLabel(lang, 'annexIndicatorsText'))]),
  ];
  const columns = [
    { header: reportLabel(lang, 'colId'), width: 0.75 },
    { header: reportLabel(lang, 'colIndicator'), width: 5.6 },
    { header: reportLabel(lang, 'colFinalAnswer'), width: 1.4 },
    { header: reportLabel(lang, 'colConsensusAnswer'), width: 1.6 },
    { header: reportLabel(lang, 'colVotes'), width: 1.45 },
    { header: reportLabel(lang, 'colNote'), width: 2.9 },
  ];
  for (const d of model.domains) {
    out.push(heading(2, [new D.TextRun(`${d.id}. `), ...literal(d.name[lang])]));
    const rows = model.indicators
      .filter((i) => i.domainId === d.id)
      .map((i) => [
        i.id,
        i.text[lang],
        i.validated
          ? [
              new D.TextRun({ text: answer(lang, i.final), bold: true, size: ANNEX_SIZE }),
              new D.TextRun({ text: reportLabel(lang, 'validatedMark'), size: 14 }),
            ]
          : answer(lang, i.final),
        answer(lang, i.consensus),
        `${i.counts.yes} / ${i.counts.partially} / ${i.counts.no}`,
        i.note ?? '',
      ]);
    out.push(table(columns, rows, { size: ANNEX_SIZE }));
  }
  return out;
}

/**
 * Above this many participants the annex lists names per level in running text instead of a table:
 * a 10,000-row Word table is ~250 pages and takes docx ~30 s to write; the consolidated workbook's
 * Agencies sheet keeps codes and dates for everyone.
 */
export const PARTICIPANT_TABLE_MAX = 300;

/** Annex 2: the agencies that submitted, by name. */
export function agencyAnnex(model: ReportModel, lang: Lang): FileChild[] {
  const out: FileChild[] = [
    heading(1, [new D.TextRun(reportLabel(lang, 'annexAgenciesTitle'))], { pageBreakBefore: true }),
  ];
  if (model.participants.length === 0) {
    out.push(para([new D.TextRun({ text: reportLabel(lang, 'noParticipants'), italics: true })]));
    return out;
  }
  const level = (l: string | null) =>
    l ? (AGENCY_LEVEL_LABELS[lang][l as AgencyLevel] ?? l) : reportLabel(lang, 'unknownLevel');
  if (model.participants.length > PARTICIPANT_TABLE_MAX) {
    out.push(
      para([
        new D.TextRun({
          text: reportLabel(lang, 'manyParticipants', { count: model.participants.length }),
          italics: true,
        }),
      ]),
    );
    for (const { level: l, count } of model.agencies.byLevel) {
      const names = model.participants.filter((a) => a.level === l).map((a) => a.name);
      out.push(heading(2, [new D.TextRun(`${level(l)} (${count})`)]));
      out.push(para(literal(names.join('; '), { size: ANNEX_SIZE })));
    }
    return out;
  }
  out.push(
    table(
      [
        { header: reportLabel(lang, 'colName'), width: 5 },
        { header: reportLabel(lang, 'colCode'), width: 1.6 },
        { header: reportLabel(lang, 'colLevel'), width: 2 },
        { header: reportLabel(lang, 'colSubmitted'), width: 2 },
      ],
      model.participants.map((a) => [
        a.name,
        a.code,
        level(a.level),
        a.submittedAt ? reportDate(lang, a.submittedAt) : '',
      ]),
      { size: ANNEX_SIZE },
    ),
  );
  return out;
}
