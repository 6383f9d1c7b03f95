/**
 * The cleanup bundle exactly as a deploy uploads it (CDK synth with the local esbuild), loaded in a
 * fresh Node process laid out like a Lambda task (bundle + runtime-provided AWS SDK only), with the
 * environment the stack gives it: one scheduled invocation scans the table (dynalite) and lists the
 * bucket (s3rver) through the SDK's own endpoint variables, and keeps an orphan younger than the
 * grace period. Removal past the grace is covered by test/cleanup-originals.test.ts (it needs a
 * clock this process cannot be given).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthFunctionBundles } from '../infra/function-assets.js';
import { type EmbeddedDynamo, startDynalite } from '../shared/adapters/dynalite-server.js';
import { prepareSandbox, runInFreshNode, type SandboxRun } from './support/lambda-sandbox.js';
import { type LocalS3, S3_TEST_CREDENTIALS, startLocalS3 } from './support/s3-server.js';

const TABLE = 'mgi-cleanup-bundle-test';
const ORPHAN = `originals/ab/${'ab'.repeat(32)}.xlsx`;

let work: string;
let dynamo: EmbeddedDynamo;
let s3: LocalS3;
let run: SandboxRun<unknown>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'mgi-infra-bundle-cleanup-'));
  const { cleanup } = synthFunctionBundles(path.join(work, 'cdk.out'));
  [dynamo, s3] = await Promise.all([startDynalite({ tableName: TABLE }), startLocalS3()]);
  await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: ORPHAN, Body: 'orphan' }));
  run = await runInFreshNode(prepareSandbox(cleanup, path.join(work, 'task')), [{}], {
    TABLE_NAME: TABLE,
    ARCHIVE_BUCKET: s3.bucket,
    ORPHAN_GRACE_HOURS: '24',
    LOG_LEVEL: 'info',
    NODE_OPTIONS: '--enable-source-maps',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_S3: s3.endpoint,
  });
}, 180_000);
afterAll(async () => {
  await Promise.all([dynamo?.close(), s3?.close()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('cleanup bundle', () => {
  it('lists the bucket, scans the table and keeps an orphan within the grace period', async () => {
    expect(run.results[0]?.response).toEqual({ listed: 1, removed: 0, young: 1, committed: 0, gone: 0 });
    expect(run.stdout).toContain('sweep of orphan originals');
    const kept = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: ORPHAN }));
    expect(await kept.Body?.transformToString()).toBe('orphan');
  });
});
