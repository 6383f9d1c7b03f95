/** The validation and findings stores of one table, for the composition roots. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AuditLog } from '../../core/audit/audit-port.js';
import type { FindingsStore } from '../../core/findings/findings-types.js';
import type { ValidationStore } from '../../core/validation/validation-port.js';
import type { Clock } from '../../ports.js';
import { DynamoFindingsStore } from './findings-store.js';
import { DynamoValidationStore } from './validation-store.js';

/** What `AppDeps` gains: `validation` and `findings`. */
export interface FocusGroupStores {
  validation: ValidationStore;
  findings: FindingsStore;
}

/**
 * Builds both stores; `audit` is asked at each write, so a root can pass `() => deps.audit` while
 * it is still building `deps`.
 */
export function focusGroupStores(
  client: DynamoDBClient,
  table: string,
  clock: Clock,
  audit: AuditLog,
): FocusGroupStores {
  const now = () => clock.now();
  return {
    validation: new DynamoValidationStore(client, table, audit, now),
    findings: new DynamoFindingsStore(client, table, audit, now),
  };
}
