import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../infra/create-app.js';

// Template assertions need no bundle: skip esbuild (the bundle has its own test).
const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

function build(context: Record<string, unknown> = {}) {
  const { stack } = createApp({ nag: false, appProps: { context: { ...NO_BUNDLING, ...context } } });
  return { stack, template: Template.fromStack(stack) };
}

const { stack, template } = build();
const json = template.toJSON() as {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  Outputs: Record<string, { Value: unknown }>;
};
const id = (construct: IConstruct): string =>
  Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
const arn = (construct: IConstruct) => ({ 'Fn::GetAtt': [id(construct), 'Arn'] });
const ref = (construct: IConstruct) => ({ Ref: id(construct) });
const apiFn = stack.apiFunction.function.fn;
const aggFn = stack.aggregateFunction.function.fn;
const dlq = stack.aggregateFunction.deadLetterQueue;
const cleanupFn = stack.cleanupFunction.function.fn;
const cleanupDlq = stack.cleanupFunction.deadLetterQueue;

describe('aggregation schedule', () => {
  it('runs hourly by default, retries, and dead-letters failed deliveries', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(1 hour)',
      State: 'ENABLED',
      Target: {
        Arn: arn(aggFn),
        RoleArn: Match.anyValue(),
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: arn(dlq) },
      },
    });
  });

  it('takes its expression from context `aggregateSchedule`', () => {
    const { template: t } = build({ aggregateSchedule: 'cron(15 2 * * ? *)' });
    t.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'cron(15 2 * * ? *)' });
  });

  it('a run that fails after Lambda retries lands in the same dead-letter queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: ref(aggFn),
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: arn(dlq) } },
    });
  });

  it('the dead-letter queue is encrypted and refuses non-TLS requests', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 1209600,
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [ref(dlq)],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sqs:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });
});

describe('cleanup schedule', () => {
  it('runs daily, retries, and dead-letters failed deliveries to its own queue', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(1 day)',
      State: 'ENABLED',
      Target: {
        Arn: arn(cleanupFn),
        RoleArn: Match.anyValue(),
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 6 * 3600 },
        DeadLetterConfig: { Arn: arn(cleanupDlq) },
      },
    });
  });

  it('a run that fails after Lambda retries lands in the same queue, which is encrypted and TLS-only', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: ref(cleanupFn),
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: arn(cleanupDlq) } },
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [ref(cleanupDlq)],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('gives the function its grace period (ORPHAN_GRACE_HOURS, default 24; stack prop orphanGraceHours)', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ ORPHAN_GRACE_HOURS: '24' }) },
    });
    const { stack: other } = createApp({
      nag: false,
      appProps: { context: NO_BUNDLING },
      stackProps: { orphanGraceHours: 72 },
    });
    const fn = Template.fromStack(other).toJSON().Resources[id(other.cleanupFunction.function.fn)];
    expect(fn.Properties.Environment.Variables.ORPHAN_GRACE_HOURS).toBe('72');
  });
});

describe('HTTP API', () => {
  it('sends every request to the API function with payload format 2.0', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: arn(apiFn),
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
  });

  it('throttles the default stage and writes JSON access logs', () => {
    const stage = Object.values(json.Resources).find((r) => r.Type === 'AWS::ApiGatewayV2::Stage')!;
    expect(stage.Properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: arn(stack.apiFunction.accessLogs) },
    });
    const format = JSON.parse((stage.Properties.AccessLogSettings as { Format: string }).Format);
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
  });
});

describe('logs, alarms, outputs', () => {
  it('every log group has a retention', () => {
    const groups = Object.values(json.Resources).filter((r) => r.Type === 'AWS::Logs::LogGroup');
    expect(groups).toHaveLength(4);
    for (const group of groups) expect(group.Properties.RetentionInDays).toBe(90);
  });

  it.each([
    ['API', () => apiFn, 'Errors'],
    ['API', () => apiFn, 'Throttles'],
    ['aggregation', () => aggFn, 'Errors'],
    ['aggregation', () => aggFn, 'Throttles'],
    ['cleanup', () => cleanupFn, 'Errors'],
    ['cleanup', () => cleanupFn, 'Throttles'],
  ] as const)('%s function: alarm on %s', (_, fn, metric) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: metric,
      Dimensions: [{ Name: 'FunctionName', Value: ref(fn()) }],
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it.each([
    ['aggregation', () => dlq],
    ['cleanup', () => cleanupDlq],
  ] as const)('alarm on messages in the %s dead-letter queue', (_, queue) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id(queue()), 'QueueName'] } }],
      Threshold: 1,
    });
  });

  it('alarms notify the SNS topic given in context `alarmTopicArn`', () => {
    const topic = 'arn:aws:sns:eu-west-1:123456789012:mgi-alarms';
    const { template: t } = build({ alarmTopicArn: topic });
    const alarms = Object.values(t.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toHaveLength(8);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([topic]);
      expect(alarm.Properties.OKActions).toEqual([topic]);
    }
    expect(Object.values(json.Resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm')).toHaveLength(8);
  });

  it('outputs the API URL, table name and bucket name', () => {
    expect(json.Outputs.TableName?.Value).toEqual(ref(stack.data.table));
    expect(json.Outputs.ArchiveBucketName?.Value).toEqual(ref(stack.archive.bucket));
    expect(JSON.stringify(json.Outputs.ApiUrl?.Value)).toContain(id(stack.apiFunction.api));
  });
});
