import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { API_RESERVED_CONCURRENCY } from '../infra/constructs/api-function.js';
import { createApp } from '../infra/create-app.js';

// Template assertions need no bundle: skip esbuild (the bundle has its own test).
const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

function build(context: Record<string, unknown> = {}) {
  const { stack } = createApp({ nag: false, appProps: { context: { ...NO_BUNDLING, ...context } } });
  return { stack, template: Template.fromStack(stack) };
}

const { stack, template } = build();
const resources = template.toJSON().Resources as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;
const id = (construct: IConstruct): string =>
  Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
const arn = (construct: IConstruct) => ({ 'Fn::GetAtt': [id(construct), 'Arn'] });
const ref = (construct: IConstruct) => ({ Ref: id(construct) });
const objectsOf = (construct: IConstruct) => ({ 'Fn::Join': ['', [arn(construct), '/*']] });

const s = stack;
const apiFn = s.apiFunction.function.fn;
const aggFn = s.aggregateFunction.function.fn;
const table = s.data.table;
const bucket = s.archive.bucket;

describe('DynamoDB table', () => {
  it('is on demand with PK/SK string keys, point-in-time recovery and deletion protection', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'PK', KeyType: 'HASH' },
        { AttributeName: 'SK', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'PK', AttributeType: 'S' },
        { AttributeName: 'SK', AttributeType: 'S' },
      ],
      Replicas: [
        Match.objectLike({
          DeletionProtectionEnabled: true,
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        }),
      ],
    });
  });

  it('survives stack deletion and replacement', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });
});

describe('archive bucket', () => {
  it('blocks public access, is encrypted, versioned and logs access to the logs bucket', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: {
          DestinationBucketName: ref(s.archive.accessLogsBucket),
          LogFilePrefix: 'archive/',
        },
      }),
    });
  });

  it('expires old versions and short-lived prefixes, tiers old snapshots; originals never expire', () => {
    const props = resources[id(bucket)]!.Properties as {
      LifecycleConfiguration: { Rules: Record<string, unknown>[] };
    };
    const rules = props.LifecycleConfiguration.Rules;
    expect(rules).toContainEqual(
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 90 }, Status: 'Enabled' }),
    );
    expect(rules).toContainEqual(
      expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
    );
    expect(rules).toContainEqual(
      expect.objectContaining({
        Prefix: 'snapshots/',
        Transitions: [{ StorageClass: 'INTELLIGENT_TIERING', TransitionInDays: 30 }],
      }),
    );
    // Only the short-lived prefixes expire; originals (sha256 keys) and snapshots never do.
    const expiring = rules.filter((rule) => 'ExpirationInDays' in rule);
    expect(expiring.map((rule) => [rule.Prefix, rule.ExpirationInDays])).toEqual([
      ['downloads/', 1],
      ['web/sessions/', 2],
      ['rejected/', 30],
    ]);
  });

  it('both buckets deny every request that is not TLS', () => {
    for (const b of [bucket, s.archive.accessLogsBucket]) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: ref(b),
        PolicyDocument: {
          Statement: Match.arrayWith([
            {
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Action: 's3:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              Resource: [arn(b), objectsOf(b)],
            },
          ]),
        },
      });
    }
  });
});

describe('functions', () => {
  const newestNode = lambda.Runtime.ALL.filter((r) => /^nodejs\d+\.x$/.test(r.name))
    .map((r) => r.name)
    .sort((a, b) => Number.parseInt(a.slice(6), 10) - Number.parseInt(b.slice(6), 10))
    .at(-1);

  it.each([
    ['API', () => apiFn, 1024, 29, {}],
    ['aggregation', () => aggFn, 1536, 300, {}],
    ['cleanup', () => s.cleanupFunction.function, 512, 300, { ORPHAN_GRACE_HOURS: '24' }],
  ] as const)(
    '%s: newest Node runtime, arm64, sized, traced, logging to its own group',
    (_, fn, memory, timeout, extra) => {
      const f = fn();
      template.hasResourceProperties('AWS::Lambda::Function', {
        Role: arn(f.role!),
        Runtime: newestNode,
        Architectures: ['arm64'],
        Handler: 'index.handler',
        MemorySize: memory,
        Timeout: timeout,
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: ref(f.logGroup) },
        Environment: {
          Variables: {
            TABLE_NAME: ref(table),
            ARCHIVE_BUCKET: ref(bucket),
            LOG_LEVEL: 'info',
            NODE_OPTIONS: '--enable-source-maps',
            ...extra,
          },
        },
      });
    },
  );

  it('the API function has reserved concurrency (a burst of uploads cannot take the account), the aggregation none', () => {
    expect(
      (resources[id(apiFn)]!.Properties as { ReservedConcurrentExecutions?: number })
        .ReservedConcurrentExecutions,
    ).toBe(API_RESERVED_CONCURRENCY);
    expect(
      (resources[id(aggFn)]!.Properties as { ReservedConcurrentExecutions?: number })
        .ReservedConcurrentExecutions,
    ).toBeUndefined();
  });

  it('the API timeout stays under the HTTP API integration limit of 30 s', () => {
    expect((resources[id(apiFn)]!.Properties as { Timeout: number }).Timeout).toBeLessThan(30);
  });

  it('takes LOG_LEVEL from context', () => {
    const { template: t } = build({ logLevel: 'debug' });
    t.allResourcesProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ LOG_LEVEL: 'debug' }) },
    });
  });
});
