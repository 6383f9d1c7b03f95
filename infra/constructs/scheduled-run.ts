import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** The dead-letter queue of a scheduled function: encrypted, TLS only, two weeks for an operator to look. */
export function deadLetterQueue(scope: Construct): sqs.Queue {
  const queue = new sqs.Queue(scope, 'DeadLetterQueue', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  const queueAck = 'This queue is itself the dead-letter queue; messages are inspected by an operator.';
  Validations.of(queue).acknowledge(
    { id: 'AwsSolutions-SQS3', reason: queueAck },
    { id: 'Serverless-SQSRedrivePolicy', reason: queueAck },
  );
  return queue;
}

export interface ScheduledRunProps {
  /** What the function does, for the scheduler role's description (e.g. `aggregation`). */
  readonly what: string;
  /** The schedule's description. */
  readonly description: string;
  /** EventBridge Scheduler expression: `rate(...)`, `cron(...)`. */
  readonly expression: string;
  /** How old a run may get before it is dropped (superseded by the next one). */
  readonly maxEventAge: Duration;
}

/**
 * Runs `fn` on an EventBridge Scheduler schedule. Failed deliveries (scheduler side) and failed
 * runs after Lambda's two retries (function side) both land in `queue`. The scheduler's role may
 * invoke this one function only.
 */
export function runOnSchedule(
  scope: Construct,
  fn: lambda.Function,
  queue: sqs.Queue,
  props: ScheduledRunProps,
): scheduler.Schedule {
  fn.configureAsyncInvoke({
    retryAttempts: 2,
    maxEventAge: props.maxEventAge,
    onFailure: new SqsDestination(queue),
  });
  Validations.of(fn).acknowledge({
    id: 'Serverless-LambdaDLQ',
    reason:
      'Failed runs go to the same queue through an on-failure destination, which also records the error.',
  });
  const schedulerRole = new iam.Role(scope, 'SchedulerRole', {
    assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com'),
    description: `EventBridge Scheduler: invoke the ${props.what} function, dead-letter to its queue`,
  });
  const fnId = Stack.of(scope).getLogicalId(fn.node.defaultChild as lambda.CfnFunction);
  Validations.of(schedulerRole).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${fnId}.Arn>:*]`,
    reason:
      "CDK's grantInvoke covers this one function's versions and aliases (ARN suffix), no other function.",
  });
  return new scheduler.Schedule(scope, 'Schedule', {
    description: props.description,
    schedule: scheduler.ScheduleExpression.expression(props.expression),
    target: new LambdaInvoke(fn, {
      role: schedulerRole,
      retryAttempts: 3,
      maxEventAge: props.maxEventAge,
      deadLetterQueue: queue,
    }),
  });
}
