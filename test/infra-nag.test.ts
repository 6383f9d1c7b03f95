import { Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../infra/create-app.js';

const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

/** Every acknowledgement recorded in the tree: rule id, reason, where. */
function acknowledgements(root: IConstruct): { id: string; reason: string; path: string }[] {
  return root.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) =>
        Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({
          id,
          reason,
          path: c.node.path,
        })),
      ),
  );
}

describe('cdk-nag', () => {
  it('AwsSolutions and Serverless find nothing unacknowledged (errors or warnings)', () => {
    const { stack } = createApp({ nag: false, appProps: { context: NO_BUNDLING } });
    for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
      const report = pack.validateScope(stack);
      expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources[0]?.constructPath}`)).toEqual(
        [],
      );
      expect(report.success).toBe(true);
    }
  });

  it('every acknowledgement names one rule and gives a written reason', () => {
    const { stack } = createApp({ nag: false, appProps: { context: NO_BUNDLING } });
    const acks = acknowledgements(stack);
    expect(acks.map((a) => a.id.replace(/^Annotation::/i, '')).sort()).toEqual(
      [
        'AwsSolutions-APIG4',
        'AwsSolutions-IAM5[Resource::*]',
        'AwsSolutions-IAM5[Resource::*]',
        'AwsSolutions-S1',
        'AwsSolutions-SQS3',
        'Serverless-LambdaAsyncFailureDestination',
        'Serverless-LambdaDLQ',
        'Serverless-LambdaDLQ',
        'Serverless-SQSRedrivePolicy',
        `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(stack.archive.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/*]`,
        `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(stack.archive.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/*]`,
        `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(stack.aggregateFunction.function.fn.node.defaultChild as never)}.Arn>:*]`,
        // The cleanup function: the same kinds as the aggregation's, and DeleteObject on originals/ only.
        'AwsSolutions-IAM5[Resource::*]',
        'AwsSolutions-SQS3',
        'Serverless-LambdaDLQ',
        'Serverless-SQSRedrivePolicy',
        `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(stack.archive.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/originals/*]`,
        `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(stack.cleanupFunction.function.fn.node.defaultChild as never)}.Arn>:*]`,
      ].sort(),
    );
    for (const ack of acks) expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThan(40);
  });

  it('the checks run at synth through the app (`npm run synth`), and fail it on a finding', () => {
    const clean = createApp({ appProps: { context: NO_BUNDLING } });
    expect(() => clean.app.synth()).not.toThrow();

    const { app, stack } = createApp({ appProps: { context: NO_BUNDLING } });
    new s3.Bucket(stack, 'Careless'); // no TLS enforcement, no access logs
    expect(() => app.synth()).toThrow(/AwsSolutions-S1[\s\S]*MgiCollect\/Careless/);
  });
});
