import type { S3Client } from '@aws-sdk/client-s3';
import type { ListedOriginal, OriginalsArchive } from '../../core/cleanup/orphan-originals.js';
import type { BlobArchive } from '../../ports.js';
import type { S3Archive } from './s3-archive.js';

/**
 * The S3 archive, with the S3 SDK loaded on first use. Most API requests (health, auth, form,
 * summary) never touch S3; loading `@aws-sdk/client-s3` at cold start cost ~85 ms of Lambda init.
 * Nothing but types may be imported from the S3 SDK or `s3-archive.ts` statically here (or by
 * the AWS composition root): `test/infra-bundle.test.ts` checks that init loads neither.
 */
export class LazyS3Archive implements BlobArchive, OriginalsArchive {
  private archive: Promise<S3Archive> | undefined;

  /** `client`: the caller's S3 client (tests, the CLI with its region); default one made on first use. */
  constructor(
    readonly bucket: string,
    private readonly client?: S3Client,
  ) {}

  private load(): Promise<S3Archive> {
    this.archive ??= Promise.all([import('@aws-sdk/client-s3'), import('./s3-archive.js')]).then(
      ([sdk, module]) => new module.S3Archive(this.client ?? new sdk.S3Client({}), this.bucket),
    );
    return this.archive;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    return (await this.load()).put(key, bytes, contentType);
  }

  async get(key: string): Promise<Uint8Array | null> {
    return (await this.load()).get(key);
  }

  async presignedUrl(
    key: string,
    options?: { expiresInSeconds?: number; filename?: string },
  ): Promise<string | null> {
    return (await this.load()).presignedUrl(key, options);
  }

  async *listOriginals(): AsyncIterable<ListedOriginal> {
    yield* (await this.load()).listOriginals();
  }

  async lastModified(key: string): Promise<Date | null> {
    return (await this.load()).lastModified(key);
  }

  async remove(key: string): Promise<void> {
    return (await this.load()).remove(key);
  }
}
