import { describe, expect, it } from 'vitest';
import { createMetrics, emfLine } from './metrics.js';

const at = new Date('2026-03-01T08:00:00Z');

function recorder() {
  const lines: Record<string, unknown>[] = [];
  const metrics = createMetrics({ sink: (record) => lines.push(record), now: () => at });
  return { lines, metrics };
}

describe('emfLine', () => {
  it('declares namespace, dimensions and metrics in the _aws block and puts values at the top level', () => {
    const line = JSON.parse(
      emfLine({
        metrics: [{ name: 'Uploads', unit: 'Count', value: 1 }],
        dimensions: { Service: 'mgi-collect', Outcome: 'accepted' },
        properties: { assessmentId: 'jateng-2026' },
        timestamp: at,
      }),
    );
    expect(line).toEqual({
      _aws: {
        Timestamp: at.getTime(),
        CloudWatchMetrics: [
          {
            Namespace: 'MgiCollect',
            Dimensions: [['Service', 'Outcome']],
            Metrics: [{ Name: 'Uploads', Unit: 'Count' }],
          },
        ],
      },
      Service: 'mgi-collect',
      Outcome: 'accepted',
      assessmentId: 'jateng-2026',
      Uploads: 1,
    });
  });
});

describe('createMetrics', () => {
  it('counts a rejected upload by error code and each issue code once with its count', () => {
    const { lines, metrics } = recorder();
    metrics.upload({
      outcome: 'rejected',
      channel: 'xlsx',
      errorCode: 'upload.invalid',
      issueCodes: ['answer.invalid', 'answer.invalid', 'justification.too_short'],
    });
    expect(
      lines.map((l) => [
        l.Outcome ?? null,
        l.ErrorCode ?? null,
        l.IssueCode ?? null,
        l.Uploads ?? l.UploadIssues,
      ]),
    ).toEqual([
      ['rejected', 'upload.invalid', null, 1],
      [null, null, 'answer.invalid', 2],
      [null, null, 'justification.too_short', 1],
    ]);
  });

  it('uses error code "none" for accepted uploads and "other" for codes that are not ours', () => {
    const { lines, metrics } = recorder();
    metrics.upload({ outcome: 'accepted', channel: 'form', errorCode: 'ignored.code' });
    metrics.upload({ outcome: 'rejected', channel: 'xlsx', errorCode: '<script>alert(1)</script>' });
    expect(lines.map((l) => [l.Outcome, l.Channel, l.ErrorCode])).toEqual([
      ['accepted', 'form', 'none'],
      ['rejected', 'xlsx', 'other'],
    ]);
  });

  it('records aggregation duration in milliseconds by trigger', () => {
    const { lines, metrics } = recorder();
    metrics.aggregation({
      durationMs: 512.345,
      trigger: 'schedule',
      ok: true,
      properties: { assessments: 3 },
    });
    expect(lines[0]).toMatchObject({
      AggregationDuration: 512.3,
      AggregationRuns: 1,
      Trigger: 'schedule',
      Outcome: 'ok',
      assessments: 3,
    });
    expect(
      (lines[0]!._aws as { CloudWatchMetrics: { Metrics: unknown }[] }).CloudWatchMetrics[0]!.Metrics,
    ).toEqual([
      { Name: 'AggregationDuration', Unit: 'Milliseconds' },
      { Name: 'AggregationRuns', Unit: 'Count' },
    ]);
  });
});
