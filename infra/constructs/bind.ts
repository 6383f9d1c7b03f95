import { Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';

/** What a function may do with the table. */
export type TableAccess = 'read' | 'readWrite';
/** What a function may do with a bucket: `readWrite` reads and adds objects but never deletes one. */
export type BucketAccess = 'read' | 'readWrite';

/**
 * Grants `fn` exactly `access` on the table and sets the variable that names it, in one call, so a
 * function can never know a table it may not use (or be allowed one it does not know).
 */
export function bindTable(
  fn: lambda.Function,
  table: dynamodb.ITableV2,
  access: TableAccess,
  envName = 'TABLE_NAME',
): void {
  if (access === 'read') table.grantReadData(fn);
  else table.grantReadWriteData(fn);
  fn.addEnvironment(envName, table.tableName);
}

/**
 * Grants `fn` exactly `access` on the bucket and sets the variable that names it. The actions are the
 * ones the S3 archive adapter sends: GetObject (also behind its presigned download URLs), PutObject
 * for `readWrite`, and ListBucket so that a missing key answers 404 (NoSuchKey) instead of 403.
 * Never DeleteObject: archived originals are the record ("nothing accepted is lost").
 */
export function bindBucket(
  fn: lambda.Function,
  bucket: s3.IBucket,
  access: BucketAccess,
  envName = 'ARCHIVE_BUCKET',
): void {
  const objects = bucket.arnForObjects('*');
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      actions: access === 'read' ? ['s3:GetObject'] : ['s3:GetObject', 's3:PutObject'],
      resources: [objects],
    }),
  );
  fn.addEnvironment(envName, bucket.bucketName);
  if (fn.role) {
    const bucketId = Stack.of(bucket).getLogicalId(bucket.node.defaultChild as s3.CfnBucket);
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/*]`,
      reason:
        'Object keys (content hashes, snapshot ids) are made at run time; the grant covers objects of this one bucket only, with named actions.',
    });
  }
}
