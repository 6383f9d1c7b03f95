/**
 * Metrics as CloudWatch embedded metric format (EMF) lines: a JSON object printed to stdout that
 * CloudWatch Logs turns into metrics on Lambda, with no SDK call and no added latency. Locally the
 * same lines are plain JSON in the log. Dimensions stay low-cardinality (outcome, error code,
 * channel); ids such as the assessment go in as properties, searchable but not dimensions.
 */

export const METRICS_NAMESPACE = 'MgiCollect';

export type MetricUnit = 'Count' | 'Milliseconds' | 'Seconds' | 'Bytes' | 'None';

/** Where EMF records go: one JSON object per record (stdout, or a JSON logger's stream). */
export type MetricsSink = (record: Record<string, unknown>) => void;

/** Writes each record as one JSON line on stdout, where the Lambda runtime hands it to CloudWatch. */
export const stdoutSink: MetricsSink = (record) => {
  process.stdout.write(`${JSON.stringify(record)}\n`);
};

/**
 * Writes each record through a JSON logger (pino): CloudWatch reads `_aws` in any JSON log event,
 * so metrics share the log stream and carry the request id.
 */
export function loggerSink(logger: { info(obj: object, msg: string): void }): MetricsSink {
  return (record) => logger.info(record, 'metric');
}

/** One EMF record: metric values, their dimensions and extra properties. */
export interface MetricRecord {
  metrics: { name: string; unit: MetricUnit; value: number }[];
  dimensions: Record<string, string>;
  properties?: Record<string, string | number | boolean | null>;
  timestamp?: Date;
}

/** The EMF JSON line of one record. */
export function emfLine(record: MetricRecord, namespace = METRICS_NAMESPACE): string {
  return JSON.stringify(emfObject(record, namespace));
}

/** The EMF object of one record (pure; unit-tested on its output). */
export function emfObject(record: MetricRecord, namespace = METRICS_NAMESPACE): Record<string, unknown> {
  const dimensionNames = Object.keys(record.dimensions);
  const body: Record<string, unknown> = {
    _aws: {
      Timestamp: (record.timestamp ?? new Date()).getTime(),
      CloudWatchMetrics: [
        {
          Namespace: namespace,
          Dimensions: [dimensionNames],
          Metrics: record.metrics.map((m) => ({ Name: m.name, Unit: m.unit })),
        },
      ],
    },
    ...record.properties,
    ...record.dimensions,
  };
  for (const metric of record.metrics) body[metric.name] = metric.value;
  return body;
}

/** How an upload (xlsx or form) ended. */
export type UploadOutcome = 'accepted' | 'duplicate' | 'rejected';

// Error codes come from our own AppError codes; anything else collapses so a hostile client
// cannot mint unbounded dimension values.
const ERROR_CODE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){1,3}$/;
const MAX_ISSUE_CODES = 20;

function safeCode(code: string | undefined): string {
  return code && ERROR_CODE.test(code) && code.length <= 64 ? code : 'other';
}

/** The metric sink of the service: upload outcomes and aggregation duration. */
export interface Metrics {
  /**
   * One upload: `Uploads` = 1 by outcome, channel and error code (`none` when accepted); for a
   * rejection with per-cell issues, also `UploadIssues` per distinct issue code with its count.
   */
  upload(input: {
    outcome: UploadOutcome;
    channel: 'xlsx' | 'form';
    errorCode?: string;
    issueCodes?: string[];
    properties?: MetricRecord['properties'];
  }): void;
  /** One aggregation run: `AggregationDuration` in ms, by trigger (`api` or `schedule`). */
  aggregation(input: {
    durationMs: number;
    trigger: 'api' | 'schedule';
    ok: boolean;
    properties?: MetricRecord['properties'];
  }): void;
}

/** Metrics writing EMF lines to `sink` (stdout by default). */
export function createMetrics(
  options: { sink?: MetricsSink; service?: string; now?: () => Date } = {},
): Metrics {
  const sink = options.sink ?? stdoutSink;
  const service = options.service ?? 'mgi-collect';
  const now = options.now ?? (() => new Date());
  return {
    upload({ outcome, channel, errorCode, issueCodes, properties }) {
      const timestamp = now();
      const code = outcome === 'rejected' ? safeCode(errorCode) : 'none';
      sink(
        emfObject({
          metrics: [{ name: 'Uploads', unit: 'Count', value: 1 }],
          dimensions: { Service: service, Outcome: outcome, Channel: channel, ErrorCode: code },
          properties,
          timestamp,
        }),
      );
      if (outcome !== 'rejected' || !issueCodes?.length) return;
      const counts = new Map<string, number>();
      for (const issue of issueCodes) {
        const issueCode = safeCode(issue);
        counts.set(issueCode, (counts.get(issueCode) ?? 0) + 1);
      }
      for (const [issueCode, count] of [...counts].slice(0, MAX_ISSUE_CODES)) {
        sink(
          emfObject({
            metrics: [{ name: 'UploadIssues', unit: 'Count', value: count }],
            dimensions: { Service: service, IssueCode: issueCode },
            properties,
            timestamp,
          }),
        );
      }
    },
    aggregation({ durationMs, trigger, ok, properties }) {
      sink(
        emfObject({
          metrics: [
            { name: 'AggregationDuration', unit: 'Milliseconds', value: Math.round(durationMs * 10) / 10 },
            { name: 'AggregationRuns', unit: 'Count', value: 1 },
          ],
          dimensions: { Service: service, Trigger: trigger, Outcome: ok ? 'ok' : 'failed' },
          properties,
          timestamp: now(),
        }),
      );
    },
  };
}
