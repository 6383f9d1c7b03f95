/** The dashboard's focus-group card: per domain the score, final score, validated count, findings. */
import type { Framework } from '../../../shared/core/framework.js';
import type { AssessmentSummary } from '../../../shared/core/summary/summary.js';
import type { Lang } from '../../../shared/core/types.js';
import { TableRegion } from '../components.js';
import { FOCUS_GROUP_TEXTS } from '../texts/focus-group-texts.js';
import { translator } from '../texts/translate.js';

const TEXTS = {
  title: { en: 'Focus group and findings', id: 'Diskusi kelompok terarah dan temuan' },
  intro: {
    en: 'Final score = the score over the final answers (validated, else consensus).',
    id: 'Skor akhir = skor atas jawaban akhir (tervalidasi, jika tidak ada, konsensus).',
  },
  score: { en: 'Score', id: 'Skor' },
  finalScore: { en: 'Final score', id: 'Skor akhir' },
  validated: { en: 'Validated', id: 'Tervalidasi' },
  findings: { en: 'Findings', id: 'Temuan' },
} as const;

/** The card, linking to the workspace and each domain's findings page. */
export function FocusGroupCard(props: {
  lang: Lang;
  assessmentId: string;
  framework: Framework;
  summary: AssessmentSummary;
}) {
  const { lang, summary, framework } = props;
  const t = (key: keyof typeof TEXTS) => TEXTS[key][lang];
  const tr = translator(FOCUS_GROUP_TEXTS, lang);
  const base = `/coordinator/a/${encodeURIComponent(props.assessmentId)}`;
  const score = (value: number | null) => (value === null ? '—' : value.toFixed(1));
  return (
    <section class="card" aria-labelledby="fg-card-h">
      <h2 id="fg-card-h">{t('title')}</h2>
      <p>
        <a class="button" id="focus-group-link" href={`${base}/focus-group`}>
          {tr('workspaceLink')}
        </a>
      </p>
      <p class="hint">{t('intro')}</p>
      <TableRegion labelledBy="fg-card-h">
        <table id="focus-group-domains" class="stack counts-row">
          <thead>
            <tr>
              <th scope="col">{tr('domain')}</th>
              <th scope="col" class="num">
                {t('score')}
              </th>
              <th scope="col" class="num">
                {t('finalScore')}
              </th>
              <th scope="col" class="num">
                {t('validated')}
              </th>
              <th scope="col">{t('findings')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.domains.map((d) => {
              const status = d.findings?.status;
              return (
                <tr data-domain={d.id}>
                  <td data-label={tr('domain')}>
                    {d.id}. {framework.domains.find((x) => x.id === d.id)?.name[lang] ?? d.name}
                  </td>
                  <td class="num" data-label={t('score')}>
                    {score(d.score)}
                  </td>
                  <td class="num" data-label={t('finalScore')}>
                    {score(d.finalScore)}
                  </td>
                  <td class="num" data-label={t('validated')}>
                    {d.validatedCount} / {d.indicatorCount}
                  </td>
                  <td data-label={t('findings')}>
                    <a href={`${base}/findings/${encodeURIComponent(d.id)}`}>
                      {status === 'final'
                        ? tr('statusFinal')
                        : status === 'draft'
                          ? tr('statusDraft')
                          : tr('statusNone')}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
