import * as path from 'node:path';
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { AggregateFunction } from './constructs/aggregate-function.js';
import { Alarms } from './constructs/alarms.js';
import { ApiFunction } from './constructs/api-function.js';
import { ArchiveStore } from './constructs/archive-store.js';
import { bindBucket, bindTable } from './constructs/bind.js';
import { CleanupFunction } from './constructs/cleanup-function.js';
import { DataStore } from './constructs/data-store.js';
import { bindMailSender } from './constructs/mail-sender.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

export interface MgiStackProps extends StackProps {
  /** EventBridge Scheduler expression of the aggregation run; default `rate(1 hour)`. */
  readonly aggregateSchedule?: string;
  /** `LOG_LEVEL` of both functions; default `info`. */
  readonly logLevel?: string;
  /** Retention of every log group; default three months. */
  readonly logRetention?: logs.RetentionDays;
  /** An existing SNS topic to notify when an alarm fires; default none (alarms only). */
  readonly alarmTopicArn?: string;
  /** Default-stage throttling of the HTTP API. */
  readonly apiThrottle?: { readonly rateLimit: number; readonly burstLimit: number };
  /**
   * Sender of reminder e-mails (`MAIL_FROM`, e.g. `MGI Jawa Tengah <mgi@example.org>`); when set,
   * the API function may send through SES as `mailIdentity` (default: its domain). Default: none
   * (reminders then report every send as failed).
   */
  readonly mailFrom?: string;
  readonly mailIdentity?: string;
  /** The web pages' public address for sign-in links (`PUBLIC_URL`); default: the request's origin. */
  readonly publicUrl?: string;
  /** Entry points, overridable for tests; default the files under functions/. */
  readonly apiEntry?: string;
  readonly aggregateEntry?: string;
  readonly cleanupEntry?: string;
  /** Hours an archived original that no submission names is kept before the daily cleanup removes it; default 24. */
  readonly orphanGraceHours?: number;
}

/**
 * mgi-collect on AWS: one DynamoDB table, one archive bucket, the API function behind an HTTP API,
 * the scheduled aggregation and cleanup functions, alarms. Resource names are CDK's; the functions
 * learn them from their environment.
 */
export class MgiStack extends Stack {
  readonly data: DataStore;
  readonly archive: ArchiveStore;
  readonly apiFunction: ApiFunction;
  readonly aggregateFunction: AggregateFunction;
  readonly cleanupFunction: CleanupFunction;
  readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: MgiStackProps = {}) {
    super(scope, id, props);
    // Access logs are delivered under a bucket policy, so both buckets can keep ACLs disabled.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    const logRetention = props.logRetention ?? logs.RetentionDays.THREE_MONTHS;
    const environment = { LOG_LEVEL: props.logLevel ?? 'info' };

    // The adapter's key design needs no GSI: every access pattern is a key lookup or a partition Query.
    this.data = new DataStore(this, 'Data');
    this.archive = new ArchiveStore(this, 'Archive');

    this.apiFunction = new ApiFunction(this, 'Api', {
      entry: props.apiEntry ?? path.join(REPO_ROOT, 'functions/api/lambda.ts'),
      logRetention,
      environment,
      throttle: props.apiThrottle,
    });
    bindTable(this.apiFunction.function.fn, this.data.table, 'readWrite');
    bindBucket(this.apiFunction.function.fn, this.archive.bucket, 'readWrite');
    if (props.mailFrom) {
      bindMailSender(this.apiFunction.function.fn, { from: props.mailFrom, identity: props.mailIdentity });
    }
    if (props.publicUrl) this.apiFunction.function.fn.addEnvironment('PUBLIC_URL', props.publicUrl);

    this.aggregateFunction = new AggregateFunction(this, 'Aggregate', {
      entry: props.aggregateEntry ?? path.join(REPO_ROOT, 'functions/aggregate/lambda.ts'),
      logRetention,
      environment,
      schedule: props.aggregateSchedule,
    });
    bindTable(this.aggregateFunction.function.fn, this.data.table, 'readWrite');
    bindBucket(this.aggregateFunction.function.fn, this.archive.bucket, 'readWrite');

    // Daily: originals archived by uploads that never committed, once past the grace period.
    this.cleanupFunction = new CleanupFunction(this, 'Cleanup', {
      entry: props.cleanupEntry ?? path.join(REPO_ROOT, 'functions/cleanup/lambda.ts'),
      logRetention,
      environment,
      table: this.data.table,
      bucket: this.archive.bucket,
      graceHours: props.orphanGraceHours,
    });

    this.alarms = new Alarms(this, 'Alarms', {
      topic: props.alarmTopicArn
        ? sns.Topic.fromTopicArn(this, 'AlarmTopic', props.alarmTopicArn)
        : undefined,
    });
    this.alarms.watchFunction('Api', this.apiFunction.function.fn);
    this.alarms.watchFunction('Aggregate', this.aggregateFunction.function.fn);
    this.alarms.watchDeadLetterQueue('AggregateDlq', this.aggregateFunction.deadLetterQueue);
    this.alarms.watchFunction('Cleanup', this.cleanupFunction.function.fn);
    this.alarms.watchDeadLetterQueue('CleanupDlq', this.cleanupFunction.deadLetterQueue);

    new CfnOutput(this, 'ApiUrl', { value: this.apiFunction.url, description: 'Base URL of the API' });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName, description: 'DynamoDB table' });
    new CfnOutput(this, 'ArchiveBucketName', {
      value: this.archive.bucket.bucketName,
      description: 'S3 bucket of archived uploads and snapshots',
    });
  }
}
