import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AppFunction } from './app-function.js';

/** Default cadence of the aggregation run. */
const DEFAULT_AGGREGATE_SCHEDULE = 'rate(1 hour)';

export interface AggregateFunctionProps {
  /** Entry of the aggregation Lambda. */
  readonly entry: string;
  readonly logRetention: logs.RetentionDays;
  readonly environment?: Record<string, string>;
  /** EventBridge Scheduler expression: `rate(...)`, `cron(...)`. */
  readonly schedule?: string;
  readonly timeout?: Duration;
  readonly memorySize?: number;
}

/**
 * The scheduled aggregation run: an EventBridge Scheduler schedule invokes the function; failed
 * deliveries (scheduler side) and failed runs after Lambda's retries (function side) both land in
 * one encrypted, TLS-only dead-letter queue.
 */
export class AggregateFunction extends Construct {
  readonly function: AppFunction;
  readonly deadLetterQueue: sqs.Queue;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: AggregateFunctionProps) {
    super(scope, id);
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const queueAck = 'This queue is itself the dead-letter queue; messages are inspected by an operator.';
    Validations.of(this.deadLetterQueue).acknowledge(
      { id: 'AwsSolutions-SQS3', reason: queueAck },
      { id: 'Serverless-SQSRedrivePolicy', reason: queueAck },
    );

    this.function = new AppFunction(this, 'Handler', {
      entry: props.entry,
      description: 'mgi-collect scheduled aggregation (summary and consolidated workbook snapshots)',
      memorySize: props.memorySize ?? 1536,
      timeout: props.timeout ?? Duration.minutes(5),
      logRetention: props.logRetention,
      environment: props.environment,
    });
    // A run is a full recomputation: an hour-old failed run is superseded by the next one.
    this.function.fn.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(1),
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
    Validations.of(this.function.fn).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        'Failed runs go to the same queue through an on-failure destination, which also records the error.',
    });

    const schedulerRole = new iam.Role(this, 'SchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com'),
      description: 'EventBridge Scheduler: invoke the aggregation function, dead-letter to its queue',
    });
    const fnId = Stack.of(this).getLogicalId(this.function.fn.node.defaultChild as lambda.CfnFunction);
    Validations.of(schedulerRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${fnId}.Arn>:*]`,
      reason:
        "CDK's grantInvoke covers this one function's versions and aliases (ARN suffix), no other function.",
    });
    this.schedule = new scheduler.Schedule(this, 'Schedule', {
      description: 'mgi-collect aggregation run',
      schedule: scheduler.ScheduleExpression.expression(props.schedule ?? DEFAULT_AGGREGATE_SCHEDULE),
      target: new LambdaInvoke(this.function.fn, {
        role: schedulerRole,
        retryAttempts: 3,
        maxEventAge: Duration.hours(1),
        deadLetterQueue: this.deadLetterQueue,
      }),
    });
  }
}
