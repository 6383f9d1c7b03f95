/**
 * The two submission channels: a workbook upload and the web form. Both validate everything
 * before the first write (a rejected submission leaves the store untouched), then archive the
 * original file and commit through the store's all-or-nothing protocol.
 */
import { createHash } from 'node:crypto';
import { originalFileKey } from '../../../shared/adapters/archive/blob-keys.js';
import type { Lang } from '../../../shared/core/types.js';
import type { ResponseInput } from '../../../shared/core/validate-responses.js';
import { validateResponses } from '../../../shared/core/validate-responses.js';
import type { Assessment, CommitSubmissionResult } from '../../../shared/ports.js';
import type { AppDeps } from '../deps.js';
import { appError } from '../messages.js';
import { frameworkOf } from './frameworks.js';
import { XLSX_CONTENT_TYPE } from './read-upload.js';

const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

interface ChannelInput {
  assessment: Assessment;
  agencyCode: string;
  lang: Lang;
  idempotencyKey?: string;
}

/** Accepts an uploaded workbook: same bytes again → the existing submission (created: false). */
export async function acceptWorkbook(
  deps: AppDeps,
  input: ChannelInput & { bytes: Uint8Array },
): Promise<CommitSubmissionResult> {
  const { assessment, agencyCode, bytes } = input;
  const sha256 = sha256Hex(bytes);
  // Without a key the sha256 alone decides, so a repeat skips parsing; a key must be bound first.
  const [existing, framework] = await Promise.all([
    input.idempotencyKey === undefined
      ? deps.store.findSubmissionBySha(assessment.id, agencyCode, sha256)
      : null,
    frameworkOf(deps, assessment),
  ]);
  if (existing) return { submission: existing, created: false };
  // exceljs costs ~300 ms to load: only the routes that read workbooks pay for it.
  const { parseSubmissionWorkbook } = await import('../../../shared/core/workbook/parse-submission.js');
  const parsed = await parseSubmissionWorkbook(bytes, {
    framework,
    expected: { assessmentId: assessment.id, agencyCode },
    lang: input.lang,
  });
  if (!parsed.ok) {
    throw appError(
      'upload.invalid',
      parsed.lang,
      { count: parsed.totalIssues },
      { issues: parsed.issues, totalIssues: parsed.totalIssues },
    );
  }
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
    idempotencyKey: input.idempotencyKey,
    originalKey,
  });
}

/** Accepts the web form's answers; the same answers again → the existing submission. */
export async function acceptForm(
  deps: AppDeps,
  input: ChannelInput & { responses: ResponseInput[] },
): Promise<CommitSubmissionResult> {
  const framework = await frameworkOf(deps, input.assessment);
  const result = validateResponses(framework, input.responses, { lang: input.lang });
  if (!result.ok) {
    throw appError(
      'responses.invalid',
      input.lang,
      { count: result.totalIssues },
      { issues: result.issues, totalIssues: result.totalIssues },
    );
  }
  // The normalised answers, not the raw JSON, identify a form submission: key order or label
  // spelling does not make a second version.
  const sha256 = sha256Hex(`form:${JSON.stringify(result.responses)}`);
  return deps.store.commitSubmission({
    assessmentId: input.assessment.id,
    agency: input.agencyCode,
    channel: 'form',
    sha256,
    counts: result.counts,
    warnings: result.warnings,
    responses: result.responses,
    idempotencyKey: input.idempotencyKey,
  });
}
