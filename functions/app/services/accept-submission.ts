/**
 * The two submission channels: a workbook upload and the web form. Both validate everything
 * before the first write (a rejected submission leaves the store untouched), bind the
 * Idempotency-Key, archive the original file, and only then commit through the store's
 * all-or-nothing protocol: a refused upload leaves no file, a committed one always has its file.
 */
import { createHash } from 'node:crypto';
import { originalFileKey } from '../../../shared/adapters/archive/blob-keys.js';
import { isAppError } from '../../../shared/core/app-error.js';
import type { Actor } from '../../../shared/core/audit/audit-entry.js';
import { fail } from '../../../shared/core/errors/index.js';
import type { Lang } from '../../../shared/core/types.js';
import type { ResponseInput } from '../../../shared/core/validate-responses.js';
import { validateResponses } from '../../../shared/core/validate-responses.js';
import { XLSX_CONTENT_TYPE } from '../../../shared/core/xlsx.js';
import type { Assessment, CommitSubmissionResult } from '../../../shared/ports.js';
import type { AppDeps } from '../deps.js';
import { assertAgencyMayWrite } from './deadline-guard.js';
import { frameworkOf, requireAssessmentAndAgency } from './frameworks.js';
import { parseGateOf } from './parse-gate.js';

const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

interface ChannelInput {
  assessment: Assessment;
  agencyCode: string;
  lang: Lang;
  idempotencyKey?: string;
  /** Who submits, for the audit log (default: the agency itself). */
  actor?: Actor;
}

const actorFor = (input: { agencyCode: string; actor?: Actor }): Actor =>
  input.actor ?? { kind: 'agency', id: input.agencyCode, name: input.agencyCode };

/**
 * Runs a channel; a refusal of the submission (4xx other than a missing assessment or agency) is
 * appended to the audit log as `submission.refused` with the issue count and the first codes —
 * never the file or the answers — and rethrown.
 */
async function auditingRefusals<T>(
  deps: AppDeps,
  where: { assessmentId: string; agencyCode: string; actor?: Actor; channel: 'xlsx' | 'form' },
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error) && error.status >= 400 && error.status < 500 && error.status !== 404) {
      const firstCodes = [...new Set(error.issues.map((i) => i.code))].slice(0, 5);
      await deps.audit.append({
        assessmentId: where.assessmentId,
        actor: actorFor(where),
        action: 'submission.refused',
        target: `agency:${where.agencyCode}`,
        before: null,
        after: { channel: where.channel, code: error.code, issueCount: error.totalIssues, firstCodes },
      });
    }
    throw error;
  }
}

/**
 * Accepts an uploaded workbook for `assessmentId` (404 when it or the agency is missing): same
 * bytes again → the existing submission (created: false).
 */
export function acceptWorkbook(
  deps: AppDeps,
  input: Omit<ChannelInput, 'assessment'> & { assessmentId: string; bytes: Uint8Array },
): Promise<CommitSubmissionResult> {
  return auditingRefusals(deps, { ...input, channel: 'xlsx' }, () => acceptWorkbookChecked(deps, input));
}

async function acceptWorkbookChecked(
  deps: AppDeps,
  input: Omit<ChannelInput, 'assessment'> & { assessmentId: string; bytes: Uint8Array },
): Promise<CommitSubmissionResult> {
  const { agencyCode, bytes } = input;
  const sha256 = sha256Hex(bytes);
  // The assessment, the agency and (without a key) the duplicate check are read in the same turn,
  // so the store sends them as one batch; without a key the sha256 alone decides, so a repeat
  // skips parsing; a key must be bound first.
  const [{ assessment }, existing] = await Promise.all([
    requireAssessmentAndAgency(deps, input.assessmentId, agencyCode, input.lang),
    input.idempotencyKey === undefined
      ? deps.store.findSubmissionBySha(input.assessmentId, agencyCode, sha256)
      : null,
  ]);
  await assertAgencyMayWrite(deps, assessment, agencyCode, input.lang);
  if (existing) return { submission: existing, created: false };
  const framework = await frameworkOf(deps, assessment);
  // exceljs costs ~300 ms to load: only the routes that read workbooks pay for it.
  const parse =
    deps.parseWorkbook ??
    (await import('../../../shared/core/workbook/parse-submission.js')).parseSubmissionWorkbook;
  // At most two parses per agency in flight (429 upload.busy beyond): one agency cannot fill the queue.
  const parsed = await parseGateOf(deps).run(`${assessment.id}/${agencyCode}`, input.lang, () =>
    parse(bytes, { framework, expected: { assessmentId: assessment.id, agencyCode }, lang: input.lang }),
  );
  if (!parsed.ok) {
    throw fail(
      'upload.invalid',
      { count: parsed.totalIssues },
      { issues: parsed.issues, totalIssues: parsed.totalIssues, lang: parsed.lang },
    );
  }
  await claimKey(deps, assessment.id, agencyCode, input.idempotencyKey, sha256);
  const originalKey = originalFileKey(sha256);
  await deps.archive.put(originalKey, bytes, XLSX_CONTENT_TYPE);
  return deps.store.commitSubmission({
    assessmentId: assessment.id,
    agency: agencyCode,
    channel: 'xlsx',
    sha256,
    counts: parsed.counts,
    warnings: parsed.warnings,
    responses: parsed.responses,
    originalKey,
    audit: { log: deps.audit, actor: actorFor(input) },
  });
}

/** Binds the request's Idempotency-Key (if sent) to the body before anything is written. */
async function claimKey(
  deps: AppDeps,
  assessmentId: string,
  agency: string,
  idempotencyKey: string | undefined,
  sha256: string,
): Promise<void> {
  if (idempotencyKey === undefined) return;
  await deps.store.claimIdempotencyKey({ assessmentId, agency, idempotencyKey, sha256 });
}

/** Accepts the web form's answers; the same answers again → the existing submission. */
export function acceptForm(
  deps: AppDeps,
  input: ChannelInput & { responses: ResponseInput[] },
): Promise<CommitSubmissionResult> {
  const where = { ...input, assessmentId: input.assessment.id, channel: 'form' as const };
  return auditingRefusals(deps, where, () => acceptFormChecked(deps, input));
}

async function acceptFormChecked(
  deps: AppDeps,
  input: ChannelInput & { responses: ResponseInput[] },
): Promise<CommitSubmissionResult> {
  await assertAgencyMayWrite(deps, input.assessment, input.agencyCode, input.lang);
  const framework = await frameworkOf(deps, input.assessment);
  const result = validateResponses(framework, input.responses, { lang: input.lang });
  if (!result.ok) {
    throw fail(
      'responses.invalid',
      { count: result.totalIssues },
      { issues: result.issues, totalIssues: result.totalIssues },
    );
  }
  // The normalised answers, not the raw JSON, identify a form submission: key order or label
  // spelling does not make a second version.
  const sha256 = sha256Hex(`form:${JSON.stringify(result.responses)}`);
  await claimKey(deps, input.assessment.id, input.agencyCode, input.idempotencyKey, sha256);
  return deps.store.commitSubmission({
    assessmentId: input.assessment.id,
    agency: input.agencyCode,
    channel: 'form',
    sha256,
    counts: result.counts,
    warnings: result.warnings,
    responses: result.responses,
    audit: { log: deps.audit, actor: actorFor(input) },
  });
}
