/** The review, deadline and consultation stores of one table, for the composition roots. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AuditLog } from '../../core/audit/audit-port.js';
import { fail } from '../../core/errors/index.js';
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

/** Builds the three stores over one table, each write recorded in `audit`. */
export function reviewStores(
  client: DynamoDBClient,
  table: string,
  clock: Clock,
  audit: AuditLog,
): ReviewStores {
  const now = () => clock.now();
  return {
    reviews: new DynamoReviewStore(client, table, audit, now),
    deadlines: new DynamoDeadlineStore(client, table, audit, now),
    consultation: new DynamoConsultationStore(client, table, audit),
  };
}

/** The three stores of `deps`, or 501 `not_implemented` for an app built without them. */
export function requireReviewStores(deps: Partial<ReviewStores>): ReviewStores {
  const { reviews, deadlines, consultation } = deps;
  if (!reviews || !deadlines || !consultation) throw fail('not_implemented');
  return { reviews, deadlines, consultation };
}
