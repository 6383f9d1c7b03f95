import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AppFunction } from './app-function.js';
import { deadLetterQueue, runOnSchedule } from './scheduled-run.js';

/** Default cadence of the cleanup run. */
const DEFAULT_CLEANUP_SCHEDULE = 'rate(1 day)';
/** The key prefix of archived originals: the only objects the cleanup may list or delete. */
const ORIGINALS_PREFIX = 'originals/';

export interface CleanupFunctionProps {
  /** Entry of the cleanup Lambda. */
  readonly entry: string;
  readonly logRetention: logs.RetentionDays;
  readonly environment?: Record<string, string>;
  /** The table it scans for committed uploads and appends its audit entry to. */
  readonly table: dynamodb.ITableV2;
  /** The archive bucket whose orphan originals it removes. */
  readonly bucket: s3.IBucket;
  /** Hours an orphan original is kept (`ORPHAN_GRACE_HOURS`); default 24. */
  readonly graceHours?: number;
  /** EventBridge Scheduler expression; default `rate(1 day)`. */
  readonly schedule?: string;
}

/**
 * The scheduled cleanup of orphan originals (archived uploads no committed submission names):
 * daily, like the aggregation run, with one encrypted, TLS-only dead-letter queue for failed
 * deliveries and failed runs. Its role may scan the table and put items (its audit entry), list
 * the bucket under `originals/` and delete objects there: nothing else. The bucket is versioned,
 * so a removed original stays as a noncurrent version until the lifecycle rule expires it.
 */
export class CleanupFunction extends Construct {
  readonly function: AppFunction;
  readonly deadLetterQueue: sqs.Queue;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: CleanupFunctionProps) {
    super(scope, id);
    this.deadLetterQueue = deadLetterQueue(this);
    this.function = new AppFunction(this, 'Handler', {
      entry: props.entry,
      description: 'mgi-collect scheduled cleanup (archived originals no submission names)',
      memorySize: 512,
      timeout: Duration.minutes(5),
      logRetention: props.logRetention,
      environment: { ORPHAN_GRACE_HOURS: String(props.graceHours ?? 24), ...props.environment },
    });
    this.grant(this.function.fn, props.table, props.bucket);
    // A run is idempotent (what is gone stays gone): a failed run is superseded by the next day's.
    this.schedule = runOnSchedule(this, this.function.fn, this.deadLetterQueue, {
      what: 'cleanup',
      description: 'mgi-collect cleanup of orphan originals',
      expression: props.schedule ?? DEFAULT_CLEANUP_SCHEDULE,
      maxEventAge: Duration.hours(6),
    });
  }

  /**
   * Exactly what the sweep sends, and the variables naming the table and bucket in the same call:
   * Scan (committed uploads) and PutItem (its audit entry) on the table; ListObjectsV2 limited to
   * `originals/` (its listing and its re-check of one key); DeleteObject on `originals/*` only.
   */
  private grant(fn: lambda.Function, table: dynamodb.ITableV2, bucket: s3.IBucket): void {
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:Scan', 'dynamodb:PutItem'],
        resources: [table.tableArn],
      }),
    );
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${ORIGINALS_PREFIX}*`] } },
      }),
    );
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:DeleteObject'],
        resources: [bucket.arnForObjects(`${ORIGINALS_PREFIX}*`)],
      }),
    );
    fn.addEnvironment('TABLE_NAME', table.tableName);
    fn.addEnvironment('ARCHIVE_BUCKET', bucket.bucketName);
    if (fn.role) {
      const bucketId = Stack.of(bucket).getLogicalId(bucket.node.defaultChild as s3.CfnBucket);
      Validations.of(fn.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${ORIGINALS_PREFIX}*]`,
        reason:
          'Originals are keyed by content hash, known only at run time; the grant is DeleteObject on the originals/ prefix of this one bucket.',
      });
    }
  }
}
