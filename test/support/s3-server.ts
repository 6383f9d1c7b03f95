/**
 * A local S3-compatible server for tests: s3rver (a fake S3 in Node, files under a temporary
 * folder) on a loopback port, with one bucket, and an SDK client for it. The same S3 client code
 * that talks to AWS talks to it (path-style addressing, signatures checked).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/** s3rver's fixed credentials (it checks signatures against them). */
export const S3_TEST_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface LocalS3 {
  endpoint: string;
  bucket: string;
  client: S3Client;
  /** Environment for a child service that should use this server as its archive. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** An SDK client for the local server. */
export function localS3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { ...S3_TEST_CREDENTIALS },
  });
}

/** Starts s3rver on 127.0.0.1 with `bucket` created. */
export async function startLocalS3(bucket = 'mgi-archive-test'): Promise<LocalS3> {
  const directory = await mkdtemp(join(tmpdir(), 'mgi-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = (await server.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localS3Client(endpoint);
  return {
    endpoint,
    bucket,
    client,
    env: {
      ARCHIVE_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
    },
    close: async () => {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
