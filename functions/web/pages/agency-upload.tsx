import type { Issue, Lang } from '../../../shared/core/types.js';
import { XLSX_CONTENT_TYPE } from '../../../shared/core/xlsx.js';
import { IssueTable } from '../components.js';
import { CsrfField } from '../layout.js';
import { AGENCY_TEXTS } from '../texts/agency-texts.js';
import { translator } from '../texts/translate.js';

export interface UploadRejection {
  message: string;
  issues: readonly Issue[];
  total: number;
  /** Download of the agency's own file with the problem cells marked, when cells are named. */
  annotatedHref?: string;
}

/** The upload form, and after a rejected upload every problem with its cell. */
export function AgencyUploadPage(props: { lang: Lang; csrf: string; rejection?: UploadRejection }) {
  const tr = translator(AGENCY_TEXTS, props.lang);
  const r = props.rejection;
  return (
    <>
      {r ? (
        <section class="card" aria-labelledby="rejected-h">
          <h2 id="rejected-h">{tr('rejectedTitle')}</h2>
          <p class="notice bad" role="alert" id="upload-error">
            {r.message}
          </p>
          {r.annotatedHref ? (
            <p>
              <a class="button" id="annotated" href={r.annotatedHref} download>
                {tr('annotatedLink')}
              </a>
              <br />
              <span class="hint">{tr('annotatedHint')}</span>
            </p>
          ) : null}
          {r.issues.length > 0 ? <IssueTable lang={props.lang} issues={r.issues} total={r.total} /> : null}
        </section>
      ) : null}
      <section class="card" aria-labelledby="upload-h">
        <h2 id="upload-h">{tr('uploadTitle')}</h2>
        <p>{tr('uploadIntro')}</p>
        <form method="post" action="/agency/upload" enctype="multipart/form-data">
          <CsrfField token={props.csrf} />
          <label for="file">{tr('fileLabel')}</label>
          <input type="file" id="file" name="file" required accept={`.xlsx,${XLSX_CONTENT_TYPE}`} />
          <div>
            <button type="submit">{tr('uploadButton')}</button>
          </div>
        </form>
        <p>
          <a href="/agency/template.xlsx?lang=en" download>
            {tr('templateEn')}
          </a>
          {' · '}
          <a href="/agency/template.xlsx?lang=id" download>
            {tr('templateId')}
          </a>
        </p>
      </section>
    </>
  );
}
