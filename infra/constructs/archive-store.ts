import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface ArchiveStoreProps {
  /** Key prefix of the aggregation snapshots (the lifecycle rules apply to it). */
  readonly snapshotPrefix?: string;
  /**
   * Snapshots older than this are deleted; default never (they are the progress history, and the
   * table's snapshot items point at them). Uploaded originals never expire.
   */
  readonly snapshotRetention?: Duration;
  /** Overwritten or deleted object versions are kept this long. */
  readonly noncurrentVersionRetention?: Duration;
}

/**
 * The archive bucket (original uploads, content-addressed, and aggregation snapshots) and the bucket
 * that receives its server access logs. Both: public access blocked, TLS only, SSE-S3, retained.
 */
export class ArchiveStore extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogsBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: ArchiveStoreProps = {}) {
    super(scope, id);
    const common = {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
    } as const;
    this.accessLogsBucket = new s3.Bucket(this, 'AccessLogs', {
      ...common,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
    });
    Validations.of(this.accessLogsBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket is the server-access-log destination; logging it into itself would loop.',
    });
    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...common,
      versioned: true,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'archive/',
      lifecycleRules: [
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: props.noncurrentVersionRetention ?? Duration.days(90),
        },
        // A Lambda killed mid-upload leaves multipart parts nobody will complete: gone after a day.
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        {
          // Old snapshots are rarely read again: let S3 move them to cheaper tiers.
          id: 'tier-old-snapshots',
          prefix: props.snapshotPrefix ?? 'snapshots/',
          transitions: [
            { storageClass: s3.StorageClass.INTELLIGENT_TIERING, transitionAfter: Duration.days(30) },
          ],
          ...(props.snapshotRetention ? { expiration: props.snapshotRetention } : {}),
        },
        // Short-lived objects the app writes beside the archive (key prefixes in functions/):
        // large consolidated workbooks handed out by presigned URL, web sessions (12 h), and
        // rejected uploads kept only so the agency can download its annotated copy.
        { id: 'expire-downloads', prefix: 'downloads/', expiration: Duration.days(1) },
        { id: 'expire-web-sessions', prefix: 'web/sessions/', expiration: Duration.days(2) },
        { id: 'expire-rejected-uploads', prefix: 'rejected/', expiration: Duration.days(30) },
      ],
    });
  }
}
