/** The agency's pages: status, template, upload with annotated errors, web form, history. */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { type AppError, isAppError } from '../../../shared/core/app-error.js';
import { appErrorMessage, errorMessage, renderIssue } from '../../../shared/core/errors/index.js';
import type { Framework } from '../../../shared/core/framework.js';
import { META_SHEET_NAME } from '../../../shared/core/template/meta-sheet.js';
import { formResponsesSchema } from '../../../shared/core/validate-responses.js';
import { XLSX_CONTENT_TYPE } from '../../../shared/core/xlsx.js';
import type { CommitSubmissionResult, Principal } from '../../../shared/ports.js';
import type { AppDeps } from '../../app/deps.js';
import { fileDownload } from '../../app/file-download.js';
import { requestedLang } from '../../app/request-lang.js';
import { acceptForm, acceptWorkbook } from '../../app/services/accept-submission.js';
import { agencyTemplate } from '../../app/services/agency-template.js';
import { frameworkOf, requireAssessmentAndAgency } from '../../app/services/frameworks.js';
import { parseGateOf } from '../../app/services/parse-gate.js';
import { annotateRejectedFile } from '../annotate-workbook.js';
import { requireSessionCsrf } from '../csrf.js';
import { clearDraft, readDraft, saveDraft } from '../form-drafts.js';
import { issuesByField, readFormPost, valuesFromResponses } from '../form-fields.js';
import { requireRole } from '../guards.js';
import { formatWhen, renderMessage, renderPage, type WebContext } from '../page-context.js';
import { AgencyFormPage, type FormPageProps } from '../pages/agency-form.js';
import { AgencyHistoryPage, SubmissionResultPage } from '../pages/agency-history.js';
import { AgencyHomePage } from '../pages/agency-home.js';
import { AgencyReceiptPage } from '../pages/agency-receipt.js';
import { AgencyUploadPage, type UploadRejection } from '../pages/agency-upload.js';
import { rejectedFileKey, SHA256_HEX } from '../rejected-files.js';
import { agencyReviewComments, agencyReviewInfo } from '../review-info.js';
import { AGENCY_TEXTS } from '../texts/agency-texts.js';
import { COMMON_TEXTS } from '../texts/common-texts.js';
import { LAYOUT_TEXTS } from '../texts/layout-texts.js';
import { translator } from '../texts/translate.js';
import type { WebEnv } from '../web-env.js';

type AgencyPrincipal = Extract<Principal, { kind: 'agency' }>;

const me = (c: WebContext) => c.get('principal') as AgencyPrincipal;

/** The signed-in agency's assessment and agency records (404 in the page's language if gone). */
function ownRecords(deps: AppDeps, c: WebContext) {
  const p = me(c);
  return requireAssessmentAndAgency(deps, p.assessmentId, p.agencyCode, c.get('lang'));
}

async function context(deps: AppDeps, c: WebContext) {
  const { assessment, agency } = await ownRecords(deps, c);
  const framework = await frameworkOf(deps, assessment);
  return { assessment, agency, framework };
}

/**
 * The page's context and one more read of the agency's own data, started in the same turn: the
 * store reads the agency record for both, and reads of one turn go out as one batch.
 */
async function contextWith<T>(deps: AppDeps, c: WebContext, read: (p: AgencyPrincipal) => Promise<T>) {
  const [ctx, data] = await Promise.all([context(deps, c), read(me(c))]);
  return { ...ctx, data };
}

/** An agency page titled by one of the agency texts. */
function agencyPage(c: WebContext, title: keyof typeof AGENCY_TEXTS, body: Child, status = 200) {
  return renderPage(c, translator(AGENCY_TEXTS, c.get('lang'))(title), body, status);
}

/** Where an accepted submission (new, or the same as before) is shown. */
function resultRedirect(c: WebContext, { submission, created }: CommitSubmissionResult) {
  return c.redirect(
    `/agency/submissions/${encodeURIComponent(submission.id)}?outcome=${created ? 'new' : 'same'}`,
    303,
  );
}

/** The web form, blank or pre-filled, or posted back with its problems. */
function formPage(
  c: WebContext,
  framework: Framework,
  state: Pick<
    FormPageProps,
    'values' | 'errors' | 'formErrors' | 'errorCount' | 'prefilled' | 'comments' | 'draft'
  >,
  status = 200,
) {
  return agencyPage(
    c,
    'formTitle',
    <AgencyFormPage lang={c.get('lang')} csrf={c.get('session')!.csrf} framework={framework} {...state} />,
    status,
  );
}

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A rejected upload as the page shows it; the file is kept when its problems name cells. */
async function rejection(
  deps: AppDeps,
  c: WebContext,
  error: AppError,
  bytes: Uint8Array,
): Promise<UploadRejection> {
  const lang = c.get('lang');
  // The page's language wins over the file's; the annotated workbook keeps the file's.
  const message = appErrorMessage(error, lang);
  const result: UploadRejection = { message, issues: error.issues, total: error.totalIssues };
  // Worth a marked-up copy only when a cell to fix is on a sheet people see (not the hidden metadata).
  if (error.issues.some((i) => i.sheet && i.cell && i.sheet !== META_SHEET_NAME)) {
    const sha = sha256Hex(bytes);
    const p = me(c);
    await deps.archive.put(rejectedFileKey(p.assessmentId, p.agencyCode, sha), bytes, XLSX_CONTENT_TYPE);
    result.annotatedHref = `/agency/rejected/${sha}/annotated.xlsx`;
  }
  return result;
}

/** Builds the `/agency/...` routes. */
export function agencyRoutes(deps: AppDeps): Hono<WebEnv> {
  return new Hono<WebEnv>()
    .use('*', requireRole('agency'), requireSessionCsrf())
    .get('/', async (c) => {
      const { assessment, agency, framework } = await context(deps, c);
      return renderPage(
        c,
        agency.name,
        <AgencyHomePage
          lang={c.get('lang')}
          agency={agency}
          assessment={assessment}
          total={framework.indicators.length}
          review={
            await agencyReviewInfo(deps, assessment.id, agency.code).then(
              (info) => info && { info, framework },
            )
          }
        />,
      );
    })
    .get('/template.xlsx', async (c) => {
      const { assessment, agency } = await ownRecords(deps, c);
      const { bytes, filename } = await agencyTemplate(deps, assessment, agency, requestedLang(c));
      return fileDownload(c, bytes, filename);
    })
    .get('/upload', (c) =>
      agencyPage(c, 'navUpload', <AgencyUploadPage lang={c.get('lang')} csrf={c.get('session')!.csrf} />),
    )
    .post('/upload', async (c) => {
      const lang = c.get('lang');
      const page = (r: UploadRejection, status: number) =>
        agencyPage(
          c,
          'navUpload',
          <AgencyUploadPage lang={lang} csrf={c.get('session')!.csrf} rejection={r} />,
          status,
        );
      const body = await c.req.parseBody({ all: true });
      const file = body.file;
      if (Array.isArray(file)) {
        const message = errorMessage('upload.multiple_files', { count: file.length }, lang);
        return page({ message, issues: [], total: 0 }, 400);
      }
      if (!(file instanceof File) || file.size === 0) {
        return page({ message: errorMessage('upload.missing_file', {}, lang), issues: [], total: 0 }, 400);
      }
      const p = me(c);
      const bytes = new Uint8Array(await file.arrayBuffer());
      try {
        // The service reads the assessment and agency itself (with the duplicate check, in one batch).
        const input = { assessmentId: p.assessmentId, agencyCode: p.agencyCode, lang, bytes };
        return resultRedirect(c, await acceptWorkbook(deps, input));
      } catch (error) {
        // A missing assessment or agency is not a problem of the file: the error page, not a rejection.
        if (!isAppError(error) || error.status >= 500 || error.status === 404) throw error;
        return page(await rejection(deps, c, error, bytes), error.status);
      }
    })
    .get('/rejected/:sha/annotated.xlsx', async (c) => {
      const sha = c.req.param('sha');
      const p = me(c);
      const tr = translator(COMMON_TEXTS, c.get('lang'));
      if (!SHA256_HEX.test(sha)) return renderMessage(c, tr('notFoundTitle'), tr('notFound'), 404);
      // Counted against the agency's parses in flight like an upload, before anything is read;
      // the bounded opener runs off the event loop where the service has a parse pool.
      const annotate = deps.annotateRejected ?? annotateRejectedFile;
      const expected = { assessmentId: p.assessmentId, agencyCode: p.agencyCode };
      const annotated = await parseGateOf(deps).run(
        `${p.assessmentId}/${p.agencyCode}`,
        c.get('lang'),
        async () => {
          const bytes = await deps.archive.get(rejectedFileKey(p.assessmentId, p.agencyCode, sha));
          if (!bytes) return null;
          const { framework } = await context(deps, c);
          return annotate(bytes, { framework, expected, lang: c.get('lang') });
        },
      );
      if (!annotated) return renderMessage(c, tr('notFoundTitle'), tr('notFound'), 404);
      return fileDownload(c, annotated, `mgi-${p.assessmentId}-${p.agencyCode}-problems.xlsx`);
    })
    .get('/form', async (c) => {
      const { framework, data: current } = await contextWith(deps, c, (p) =>
        deps.store.getCurrentResponses(p.assessmentId, p.agencyCode),
      );
      const p = me(c);
      const draft = await readDraft(deps.archive, framework, p.assessmentId, p.agencyCode);
      const asked = c.req.query('draft');
      return formPage(c, framework, {
        values: draft ? draft.values : valuesFromResponses(current),
        errors: new Map(),
        formErrors: [],
        errorCount: 0,
        prefilled: current !== null && !draft,
        comments: await agencyReviewComments(deps, p.assessmentId, p.agencyCode),
        draft: draft
          ? { state: asked === 'saved' ? 'saved' : 'shown', when: formatWhen(draft.savedAt, c.get('lang')) }
          : asked === 'discarded'
            ? { state: 'discarded' }
            : undefined,
      });
    })
    .post('/form/draft/discard', async (c) => {
      const p = me(c);
      await clearDraft(deps.archive, p.assessmentId, p.agencyCode);
      return c.redirect('/agency/form?draft=discarded', 303);
    })
    .post('/form', async (c) => {
      const lang = c.get('lang');
      const { assessment, agency, framework } = await context(deps, c);
      const body = await c.req.parseBody();
      const { values, inputs } = readFormPost(framework, body);
      if (body.intent === 'draft') {
        // A draft keeps the fields as typed; no rule runs and nothing is submitted.
        await saveDraft(deps.archive, assessment.id, agency.code, values, deps.clock.now().toISOString());
        return c.redirect('/agency/form?draft=saved', 303);
      }
      // The same zod schema and rules as the JSON channel, then the same all-or-nothing commit.
      const shaped = formResponsesSchema.parse({ responses: inputs });
      try {
        const input = { assessment, agencyCode: agency.code, lang, responses: shaped.responses };
        const accepted = await acceptForm(deps, input);
        await clearDraft(deps.archive, assessment.id, agency.code);
        return resultRedirect(c, accepted);
      } catch (error) {
        if (!isAppError(error) || error.code !== 'responses.invalid') throw error;
        return formPage(
          c,
          framework,
          {
            values,
            errors: issuesByField(error.issues),
            formErrors: error.issues
              .filter((i) => i.indicatorId === null)
              .map((i) => renderIssue(i, lang).message),
            errorCount: error.totalIssues,
            prefilled: false,
          },
          422,
        );
      }
    })
    .get('/history', async (c) => {
      const {
        agency,
        framework,
        data: submissions,
      } = await contextWith(deps, c, (p) => deps.store.listSubmissions(p.assessmentId, p.agencyCode));
      return agencyPage(
        c,
        'historyTitle',
        <AgencyHistoryPage
          lang={c.get('lang')}
          submissions={submissions}
          currentId={agency.current?.submissionId ?? null}
          total={framework.indicators.length}
        />,
      );
    })
    .get('/submissions/:id/receipt', async (c) => {
      const p = me(c);
      const {
        assessment,
        agency,
        framework,
        data: submissions,
      } = await contextWith(deps, c, (p) => deps.store.listSubmissions(p.assessmentId, p.agencyCode));
      // Only the agency's own committed submissions: an id of another agency is simply not in its list.
      const submission = submissions.find((s) => s.id === c.req.param('id'));
      const common = translator(COMMON_TEXTS, c.get('lang'));
      if (!submission || !deps.reviews) {
        return renderMessage(c, common('notFoundTitle'), common('notFound'), 404);
      }
      const responses = await deps.reviews.responsesOf(p.assessmentId, p.agencyCode, submission.id);
      return renderPage(
        c,
        translator(LAYOUT_TEXTS, c.get('lang'))('receiptTitle'),
        <AgencyReceiptPage
          lang={c.get('lang')}
          framework={framework}
          assessment={assessment}
          agency={agency}
          submission={submission}
          responses={responses}
          current={agency.current?.submissionId === submission.id}
        />,
      );
    })
    .get('/submissions/:id', async (c) => {
      const { data: submissions } = await contextWith(deps, c, (p) =>
        deps.store.listSubmissions(p.assessmentId, p.agencyCode),
      );
      const submission = submissions.find((s) => s.id === c.req.param('id'));
      const common = translator(COMMON_TEXTS, c.get('lang'));
      if (!submission) return renderMessage(c, common('notFoundTitle'), common('notFound'), 404);
      const outcome = c.req.query('outcome');
      return agencyPage(
        c,
        'resultTitle',
        <SubmissionResultPage
          lang={c.get('lang')}
          submission={submission}
          outcome={outcome === 'new' || outcome === 'same' ? outcome : null}
        />,
      );
    });
}
