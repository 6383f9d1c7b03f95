import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface AlarmsProps {
  /** Notified on alarm and on recovery, when given. */
  readonly topic?: sns.ITopic;
}

/** CloudWatch alarms that page on anything a user would notice: errors, throttling, dead letters. */
export class Alarms extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];
  private readonly topic: sns.ITopic | undefined;

  constructor(scope: Construct, id: string, props: AlarmsProps = {}) {
    super(scope, id);
    this.topic = props.topic;
  }

  /** Alarms on any error and any throttle of `fn` within five minutes. */
  watchFunction(name: string, fn: lambda.IFunction): void {
    const period = Duration.minutes(5);
    this.add(`${name}Errors`, fn.metricErrors({ period, statistic: 'Sum' }), `${name}: function errors`);
    this.add(`${name}Throttles`, fn.metricThrottles({ period, statistic: 'Sum' }), `${name}: throttled`);
  }

  /** Alarms as soon as a dead-letter queue holds a message. */
  watchDeadLetterQueue(name: string, queue: sqs.IQueue): void {
    this.add(
      `${name}Depth`,
      queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      `${name}: failed runs waiting in the dead-letter queue`,
    );
  }

  private add(id: string, metric: cloudwatch.IMetric, description: string): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    if (this.topic) {
      alarm.addAlarmAction(new SnsAction(this.topic));
      alarm.addOkAction(new SnsAction(this.topic));
    }
    this.alarms.push(alarm);
  }
}
