import { Duration } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AppFunction } from './app-function.js';
import { deadLetterQueue, runOnSchedule } from './scheduled-run.js';

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
 * deliveries and failed runs land in one encrypted, TLS-only dead-letter queue (`scheduled-run.ts`).
 */
export class AggregateFunction extends Construct {
  readonly function: AppFunction;
  readonly deadLetterQueue: sqs.Queue;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: AggregateFunctionProps) {
    super(scope, id);
    this.deadLetterQueue = deadLetterQueue(this);
    this.function = new AppFunction(this, 'Handler', {
      entry: props.entry,
      description: 'mgi-collect scheduled aggregation (summary and consolidated workbook snapshots)',
      memorySize: props.memorySize ?? 1536,
      timeout: props.timeout ?? Duration.minutes(5),
      logRetention: props.logRetention,
      environment: props.environment,
    });
    // A run is a full recomputation: an hour-old failed run is superseded by the next one.
    this.schedule = runOnSchedule(this, this.function.fn, this.deadLetterQueue, {
      what: 'aggregation',
      description: 'mgi-collect aggregation run',
      expression: props.schedule ?? DEFAULT_AGGREGATE_SCHEDULE,
      maxEventAge: Duration.hours(1),
    });
  }
}
