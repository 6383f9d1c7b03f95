/** The review, deadline and consultation stores of one table, for the composition roots. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { fail } from '../../core/errors/index.js';
import type { AuditRecorder } from '../../core/review/review-audit.js';
import type { Clock } from '../../ports.js';
import { DynamoConsultationStore } from './consultation-store.js';
import { DynamoDeadlineStore } from './deadline-store.js';
import { DynamoReviewStore } from './review-store.js';

/** What `AppDeps` gains: `reviews`, `deadlines`, `consultation`. */
export interface ReviewStores {
  reviews: DynamoReviewStore;
  deadlines: DynamoDeadlineStore;
  consultation: DynamoConsultationStore;
}

/**
 * Builds the three stores; `audit` is asked at each write, so a root can pass `() => deps.audit`
 * while it is still building `deps`.
 */
export function reviewStores(
  client: DynamoDBClient,
  table: string,
  clock: Clock,
  audit: () => AuditRecorder,
): ReviewStores {
  const recorder: AuditRecorder = { record: (draft, key, action) => audit().record(draft, key, action) };
  const now = () => clock.now();
  return {
    reviews: new DynamoReviewStore(client, table, recorder, now),
    deadlines: new DynamoDeadlineStore(client, table, recorder, now),
    consultation: new DynamoConsultationStore(client, table, recorder),
  };
}

/** The three stores of `deps`, or 501 `not_implemented` for an app built without them. */
export function requireReviewStores(deps: Partial<ReviewStores>): ReviewStores {
  const { reviews, deadlines, consultation } = deps;
  if (!reviews || !deadlines || !consultation) throw fail('not_implemented');
  return { reviews, deadlines, consultation };
}
