/** The first cells of an agency's row in the coordinator's tables: who, which level, submitted or not. */
import { AGENCY_LEVEL_LABELS, type AgencyLevel } from '../../../shared/core/roster/agency-level.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Agency } from '../../../shared/ports.js';
import { COORDINATOR_TEXTS } from '../texts/coordinator-texts.js';
import { translator } from '../texts/translate.js';

/** An agency level in the page's language; a level outside the known list is shown as typed. */
export function levelLabel(level: string, lang: Lang): string {
  return AGENCY_LEVEL_LABELS[lang][level as AgencyLevel] ?? level;
}

/** Three cells: code and name, level, and a submitted/missing tag (labelled for the phone's cards). */
export function AgencyCells(props: { lang: Lang; agency: Agency }) {
  const tr = translator(COORDINATOR_TEXTS, props.lang);
  const a = props.agency;
  return (
    <>
      <td data-label={tr('colAgency')}>
        <strong>{a.code}</strong> {a.name}
      </td>
      <td data-label={tr('colLevel')}>{levelLabel(a.level, props.lang)}</td>
      <td data-label={tr('colStatus')}>
        {a.current ? (
          <span class="tag ok">{tr('statusSubmitted')}</span>
        ) : (
          <span class="tag miss">{tr('statusMissing')}</span>
        )}
      </td>
    </>
  );
}
