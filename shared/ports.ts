/**
 * The small interfaces the app and the core need from the outside world. Adapters in
 * `shared/adapters/` implement them (DynamoDB, S3, a local folder); tests use the same adapters
 * against a real DynamoDB-compatible server.
 */
import type { Principal } from './core/accounts/principal.js';
import type { AuditContext } from './core/audit/audit-port.js';
import type { Framework } from './core/framework.js';
import type { AnswerCounts, Issue, Lang, NormalizedResponse, Submission } from './core/types.js';

/** Wall-clock time, injected so tests can control it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface Assessment {
  id: string;
  name: string;
  frameworkId: string;
  createdAt: string;
  /** The deadline (ISO 8601, UTC), present only once one is set (`PATCH /api/assessments/:aid`). */
  deadline?: string;
}

/** The agency's pointer to its current submission (absent until the first accepted one). */
export interface CurrentSubmissionRef {
  submissionId: string;
  receivedAt: string;
  channel: Submission['channel'];
  counts: AnswerCounts;
}

export interface Agency {
  assessmentId: string;
  code: string;
  name: string;
  level: string;
  createdAt: string;
  updatedAt: string;
  current: CurrentSubmissionRef | null;
  /** Contact person (null when none; absent on agencies read before contacts existed). */
  contactName?: string | null;
  email?: string | null;
  phone?: string | null;
  /** Language of the agency's e-mails (default Indonesian). */
  lang?: Lang;
  /** A disabled agency keeps its data, but its token does not work and it is not counted as registered. */
  disabled?: boolean;
  /** Incremented by every coordinator edit of the record (optimistic writes). */
  version?: number;
}

/** Who a token speaks for: a coordinator account or one agency (`shared/core/accounts`). */
export type { Principal } from './core/accounts/principal.js';

/** Input of an all-or-nothing submission commit. */
export interface CommitSubmissionInput {
  assessmentId: string;
  agency: string;
  channel: Submission['channel'];
  /** SHA-256 (hex) of the uploaded bytes, or of the canonical form JSON. */
  sha256: string;
  counts: AnswerCounts;
  warnings: Issue[];
  responses: NormalizedResponse[];
  /** Where the original file is archived (xlsx channel), written before the commit begins. */
  originalKey?: string;
  /** Records `submission.accepted` with the commit (its mark rides on the one pointer write). */
  audit?: AuditContext;
}

export interface CommitSubmissionResult {
  submission: Submission;
  /** false when the same upload was already accepted: the existing submission is returned. */
  created: boolean;
}

/** Assessments, agencies, frameworks and submissions. */
export interface AssessmentStore {
  /** Creates an assessment; throws AppError `assessment.exists` (409) when the id is taken. */
  createAssessment(assessment: Assessment, audit?: AuditContext): Promise<void>;
  getAssessment(id: string): Promise<Assessment | null>;
  listAssessments(): Promise<Assessment[]>;

  /** Creates or updates an agency's name and level; `created` tells which. */
  putAgency(input: {
    assessmentId: string;
    code: string;
    name: string;
    level: string;
  }): Promise<{ agency: Agency; created: boolean }>;
  getAgency(assessmentId: string, code: string): Promise<Agency | null>;
  listAgencies(assessmentId: string): Promise<Agency[]>;

  /** Stored (non built-in) frameworks. */
  putFramework(framework: Framework): Promise<void>;
  getStoredFramework(id: string): Promise<Framework | null>;

  /** Returns the already accepted submission of the same sha256 (per agency), if any. */
  findSubmissionBySha(assessmentId: string, agency: string, sha256: string): Promise<Submission | null>;
  /**
   * Binds the client's `Idempotency-Key` to the body's sha256 before anything is archived or
   * staged; throws `idempotency.key_reused` (422) when the key came with another body.
   */
  claimIdempotencyKey(input: {
    assessmentId: string;
    agency: string;
    idempotencyKey: string;
    sha256: string;
  }): Promise<void>;
  /**
   * Stages the responses and the submission, then makes it current with one conditional update
   * (only if it was received later than the current one). Idempotent per sha256.
   */
  commitSubmission(input: CommitSubmissionInput): Promise<CommitSubmissionResult>;
  /** Committed submissions of one agency, newest first. */
  listSubmissions(assessmentId: string, agency: string): Promise<Submission[]>;
  /** The responses of one agency's current submission, or null when it has none. */
  getCurrentResponses(assessmentId: string, agency: string): Promise<NormalizedResponse[] | null>;
  /**
   * The current responses of every agency of an assessment, read page by page (agencies in pages,
   * response chunks by BatchGetItem) so memory stays bounded by one page.
   */
  iterateCurrentResponses(
    assessmentId: string,
  ): AsyncIterable<{ agency: string; submissionId: string; responses: NormalizedResponse[] }>;
}

/** Bearer tokens, stored only as SHA-256 hashes. */
export interface TokenStore {
  putToken(hash: string, principal: Principal): Promise<void>;
  getToken(hash: string): Promise<Principal | null>;
  deleteToken(hash: string): Promise<void>;
  /** Sets the agency's token hash and returns the previous one (so it can be deleted). */
  swapAgencyTokenHash(assessmentId: string, code: string, hash: string | null): Promise<string | null>;
  /** Records that the first admin token was issued; false when it already was. */
  claimAdminBootstrap(): Promise<boolean>;
}

/** Original files and snapshot workbooks. */
export interface BlobArchive {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** A time-limited download URL, or null when the archive cannot make one (serve the bytes). */
  presignedUrl(
    key: string,
    options?: { expiresInSeconds?: number; filename?: string },
  ): Promise<string | null>;
}

export interface SnapshotMeta {
  assessmentId: string;
  id: string;
  generatedAt: string;
  /** Archive keys of the consolidated workbooks written with the snapshot, per language. */
  workbookKeys: Partial<Record<Lang, string>>;
  /** Archive keys of the draft reports (.docx) written with the snapshot, per language. */
  reportKeys?: Partial<Record<Lang, string>>;
}

export interface Snapshot extends SnapshotMeta {
  summary: unknown;
}

/** Aggregation snapshots: summary JSON in the table, workbooks in the blob archive. */
export interface SnapshotStore {
  putSnapshot(input: {
    assessmentId: string;
    generatedAt: string;
    summary: unknown;
    workbooks: Partial<Record<Lang, Uint8Array>>;
    /** The draft reports of the same moment, per language. */
    reports?: Partial<Record<Lang, Uint8Array>>;
  }): Promise<SnapshotMeta>;
  getLatestSnapshot(assessmentId: string): Promise<Snapshot | null>;
  /** Newest first. */
  listSnapshots(assessmentId: string, options?: { limit?: number }): Promise<SnapshotMeta[]>;
  getSnapshotWorkbook(meta: SnapshotMeta, lang: Lang): Promise<Uint8Array | null>;
}

/** The consolidated workbook as bytes, or as the archive key of a snapshot's stored copy. */
export type ConsolidatedWorkbookLocation =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'snapshot'; key: string; generatedAt: string };

/**
 * Summary, consolidated workbook and the aggregation run (`createAggregationService`); an app
 * built without one answers these routes with 501.
 */
export interface AggregationService {
  /** The summary JSON of PRODUCT.md over the agencies' current submissions. */
  summary(assessmentId: string): Promise<unknown>;
  /** The consolidated workbook in a language. */
  consolidatedWorkbook(assessmentId: string, lang: Lang): Promise<Uint8Array>;
  /**
   * Where the consolidated workbook comes from: bytes written now, or the archive key of the latest
   * snapshot's workbook (large assessments), which a download can serve by presigned URL.
   */
  consolidatedWorkbookLocation(assessmentId: string, lang: Lang): Promise<ConsolidatedWorkbookLocation>;
  /** Runs the aggregation now (snapshot summary and workbooks) and returns the summary. */
  aggregate(assessmentId: string): Promise<unknown>;
  /** The scheduled run over every assessment. */
  aggregateAll(): Promise<void>;
}
