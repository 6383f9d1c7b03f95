/**
 * The scheduled aggregation Lambda: EventBridge Scheduler invokes it; it snapshots summary and
 * consolidated workbooks of every assessment. Clients and config are created once per process.
 * A run with any failed assessment throws, so Lambda's retries and the dead-letter queue see it.
 */
import { createMetrics } from '../../shared/observability/metrics.js';
import { buildAwsDeps } from '../composition/aws.js';
import { loadLambdaConfig } from '../config.js';
import { runAllAggregations } from './aggregation-service.js';

const deps = buildAwsDeps(loadLambdaConfig());
const metrics = createMetrics();

/** Lambda handler: aggregates every assessment; resolves with the per-assessment results. */
export async function handler(): Promise<{ results: Awaited<ReturnType<typeof runAllAggregations>> }> {
  const results = await runAllAggregations({ ...deps, metrics }, 'schedule');
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    throw new Error(`aggregation failed for ${failed.map((r) => r.assessmentId).join(', ')}`);
  }
  return { results };
}
