import type { ReviewStores } from '../../shared/adapters/dynamodb/review-stores.js';
import type { AccountStore } from '../../shared/core/accounts/account-port.js';
import type { AgencyStore } from '../../shared/core/agencies/agency-port.js';
import type { OneTimeSecrets } from '../../shared/core/agencies/one-time-secret-port.js';
import type { AuditLog } from '../../shared/core/audit/audit-port.js';
import type { FindingsStore } from '../../shared/core/findings/findings-types.js';
import type { Framework } from '../../shared/core/framework.js';
import type { Mailer } from '../../shared/core/reminders/mailer-port.js';
import type { ParsedRoster } from '../../shared/core/roster/parse-roster.js';
import type { Lang } from '../../shared/core/types.js';
import type { ValidationStore } from '../../shared/core/validation/validation-port.js';
import type { ParsedSubmission } from '../../shared/core/workbook/parse-submission.js';
import type { Logger } from '../../shared/observability/logger.js';
import type {
  AggregationService,
  AssessmentStore,
  BlobArchive,
  Clock,
  SnapshotStore,
  TokenStore,
} from '../../shared/ports.js';

/** Parses and validates an uploaded workbook against a framework (the core `parseSubmissionWorkbook`). */
export type ParseWorkbook = (
  bytes: Uint8Array,
  options: { framework: Framework; expected?: { assessmentId?: string; agencyCode?: string }; lang?: Lang },
) => Promise<ParsedSubmission>;

/** Everything the app needs from outside, injected once by each door (Lambda, local server, tests). */
export interface AppDeps {
  store: AssessmentStore;
  tokens: TokenStore;
  /** Coordinator accounts; every account token is checked against it. */
  accounts: AccountStore;
  /** The audit log every write goes through. */
  audit: AuditLog;
  archive: BlobArchive;
  clock: Clock;
  /** Agency records (contacts, disable, tokens), each write with its audit entry. */
  agencies?: AgencyStore;
  /** Secrets shown once on a web page (a new agency token), encrypted under the browser's ticket. */
  oneTime?: OneTimeSecrets;
  /** Reminder e-mail: SMTP, the DATA_DIR/outbox folder, or SES. */
  mailer?: Mailer;
  /** The web pages' public base URL (sign-in links); default: the request's own origin. */
  publicUrl?: string;
  /** Reviews of agencies' submissions (review loop, the agency page's extra reads); the three review
   * ports come from both composition roots; without them their routes answer 501. */
  reviews?: ReviewStores['reviews'];
  /** Assessment settings (name, deadline) and per-agency reopening. */
  deadlines?: ReviewStores['deadlines'];
  /** Consultation rounds and comments (`isConsultationOpen(aid, now)`). */
  consultation?: ReviewStores['consultation'];
  /** The focus group's validated answers; its routes answer 501 without it. */
  validation?: ValidationStore;
  /** The findings picked per domain; its routes answer 501 without it. */
  findings?: FindingsStore;
  snapshots?: SnapshotStore;
  /** Summary, consolidated workbook and aggregation; the routes answer 501 without it. */
  aggregation?: AggregationService;
  logger?: Logger;
  /** Largest request body in bytes (default 4 MB). */
  bodyLimitBytes?: number;
  /**
   * Where uploads are parsed: default the core parser on the request's thread; the local service
   * passes a worker-thread pool so parses do not hold up the event loop.
   */
  parseWorkbook?: ParseWorkbook;
  /** Where a stored rejected file is marked up for download: default on the request's thread; the
   * local service passes the parse pool's (the same bounded opener, off the event loop). */
  annotateRejected?: AnnotateRejected;
  /** Where the roster import reads its workbook (default on the request's thread; locally the parse pool). */
  parseRoster?: ParseRoster;
}

/** Reads a roster workbook (`parseRosterWorkbook`). */
export type ParseRoster = (
  bytes: Uint8Array,
  options: { assessmentId: string; lang: Lang },
) => Promise<ParsedRoster>;

/** Parses a stored rejected file again and returns its marked-up copy (`annotateRejectedFile`). */
export type AnnotateRejected = (
  bytes: Uint8Array,
  options: { framework: Framework; expected: { assessmentId: string; agencyCode: string }; lang: Lang },
) => Promise<Uint8Array>;
