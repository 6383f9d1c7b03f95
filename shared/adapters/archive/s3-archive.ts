import type { S3Client } from '@aws-sdk/client-s3';
import type { ListedOriginal, OriginalsArchive } from '../../core/cleanup/orphan-originals.js';
import type { BlobArchive } from '../../ports.js';
import { assertSafeKey } from './blob-keys.js';

const ORIGINALS_PREFIX = 'originals/';

/**
 * The S3 SDK, imported on first use only: most API requests (health, auth, form, summary) never
 * touch S3, and loading it costs ~85 ms of a Lambda cold start. A static import would not do: in
 * the Lambda bundle, esbuild hoists every static import of an external package (the runtime's SDK)
 * to the top of the bundle. `test/infra-bundle.test.ts` checks that init loads neither package.
 */
const s3Sdk = () => import('@aws-sdk/client-s3');

const isMissing = (error: unknown) =>
  error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound');

/**
 * The blob archive in an S3 bucket, through the caller's client, or (without one) a default client
 * made on first use.
 */
export class S3Archive implements BlobArchive, OriginalsArchive {
  private s3: Promise<S3Client> | undefined;

  constructor(
    client: S3Client | undefined,
    readonly bucket: string,
  ) {
    if (client) this.s3 = Promise.resolve(client);
  }

  private client(): Promise<S3Client> {
    this.s3 ??= s3Sdk().then(({ S3Client }) => new S3Client({}));
    return this.s3;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    assertSafeKey(key);
    const { PutObjectCommand } = await s3Sdk();
    await (await this.client()).send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType }),
    );
  }

  async get(key: string): Promise<Uint8Array | null> {
    assertSafeKey(key);
    const { GetObjectCommand } = await s3Sdk();
    try {
      const out = await (await this.client()).send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return out.Body ? await out.Body.transformToByteArray() : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** Every object under `originals/`, a ListObjectsV2 page (up to 1,000 keys) at a time. */
  async *listOriginals(): AsyncIterable<ListedOriginal> {
    const { paginateListObjectsV2 } = await s3Sdk();
    const pages = paginateListObjectsV2(
      { client: await this.client() },
      { Bucket: this.bucket, Prefix: ORIGINALS_PREFIX },
    );
    for await (const page of pages) {
      for (const object of page.Contents ?? []) {
        if (object.Key && object.LastModified) yield { key: object.Key, lastModified: object.LastModified };
      }
    }
  }

  /**
   * The object's Last-Modified as a listing gives it (ListObjectsV2 on its own key), or null when it
   * is gone. A listing, not HeadObject: the same precision as `listOriginals` (HEAD answers whole
   * seconds), and a missing key answers an empty page, not the 403 that a HEAD without an
   * unconditional ListBucket grant gets.
   */
  async lastModified(key: string): Promise<Date | null> {
    assertSafeKey(key);
    const { ListObjectsV2Command } = await s3Sdk();
    const out = await (await this.client()).send(
      new ListObjectsV2Command({ Bucket: this.bucket, Prefix: key, MaxKeys: 1 }),
    );
    const object = out.Contents?.[0];
    return object?.Key === key ? (object.LastModified ?? null) : null;
  }

  /** Deletes the object (in a versioned bucket: a delete marker; the bytes stay as a noncurrent version). */
  async remove(key: string): Promise<void> {
    assertSafeKey(key);
    const { DeleteObjectCommand } = await s3Sdk();
    await (await this.client()).send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** A GET URL valid for `expiresInSeconds` (default 5 minutes), optionally with a download name. */
  async presignedUrl(
    key: string,
    options: { expiresInSeconds?: number; filename?: string } = {},
  ): Promise<string | null> {
    assertSafeKey(key);
    const [{ GetObjectCommand }, { getSignedUrl }] = await Promise.all([
      s3Sdk(),
      import('@aws-sdk/s3-request-presigner'),
    ]);
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentDisposition: options.filename ? `attachment; filename="${options.filename}"` : undefined,
    });
    return getSignedUrl(await this.client(), command, { expiresIn: options.expiresInSeconds ?? 300 });
  }
}
