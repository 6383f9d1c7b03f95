import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { BlobArchive } from '../../ports.js';
import { assertSafeKey } from './blob-keys.js';

/** The blob archive in an S3 bucket, through the caller's client. */
export class S3Archive implements BlobArchive {
  constructor(
    readonly client: S3Client,
    readonly bucket: string,
  ) {}

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType }),
    );
  }

  async get(key: string): Promise<Uint8Array | null> {
    assertSafeKey(key);
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return out.Body ? await out.Body.transformToByteArray() : null;
    } catch (error) {
      if (error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound')) return null;
      throw error;
    }
  }

  /** A GET URL valid for `expiresInSeconds` (default 5 minutes), optionally with a download name. */
  async presignedUrl(
    key: string,
    options: { expiresInSeconds?: number; filename?: string } = {},
  ): Promise<string | null> {
    assertSafeKey(key);
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentDisposition: options.filename ? `attachment; filename="${options.filename}"` : undefined,
    });
    return getSignedUrl(this.client, command, { expiresIn: options.expiresInSeconds ?? 300 });
  }
}
