import type { Hono } from 'hono';
import type { Logger } from '../../shared/observability/logger.js';
import type {
  AggregationService,
  AssessmentStore,
  BlobArchive,
  Clock,
  SnapshotStore,
  TokenStore,
} from '../../shared/ports.js';
import type { AppEnv } from './app-env.js';

/** Everything the app needs from outside, injected once by each door (Lambda, local server, tests). */
export interface AppDeps {
  store: AssessmentStore;
  tokens: TokenStore;
  archive: BlobArchive;
  clock: Clock;
  snapshots?: SnapshotStore;
  /** Summary, consolidated workbook and aggregation; the routes answer 501 without it. */
  aggregation?: AggregationService;
  logger?: Logger;
  /** Largest request body in bytes (default 4 MB). */
  bodyLimitBytes?: number;
  /** Extra route modules mounted at the root after the API (e.g. server-rendered web pages). */
  extraRoutes?: { path: string; routes: Hono<AppEnv> }[];
}
