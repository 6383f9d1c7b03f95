import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../infra/create-app.js';

const { stack } = createApp({ nag: false, appProps: { context: { 'aws:cdk:bundling-stacks': [] } } });
const resources = Template.fromStack(stack).toJSON().Resources as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}
const id = (construct: IConstruct): string =>
  Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
const arn = (construct: IConstruct) => ({ 'Fn::GetAtt': [id(construct), 'Arn'] });
const list = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);

/** Every statement of every inline policy attached to the role (by logical id). */
function statementsOf(roleId: string): Statement[] {
  return Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy')
    .filter((r) => JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}
/** action → resources it is allowed on, for a role. */
function grants(role: IConstruct): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const st of statementsOf(id(role))) {
    expect(st.Effect).toBe('Allow');
    for (const action of list(st.Action)) out.set(action, [...(out.get(action) ?? []), ...list(st.Resource)]);
  }
  return out;
}

const table = stack.data.table;
const bucket = stack.archive.bucket;
const objects = { 'Fn::Join': ['', [arn(bucket), '/*']] };
// What the DynamoDB store sends (GetItem, Query, PutItem, UpdateItem, DeleteItem, Batch*), through CDK's grant.
const TABLE_ACTIONS = [
  'BatchGetItem',
  'BatchWriteItem',
  'DeleteItem',
  'GetItem',
  'PutItem',
  'Query',
  'UpdateItem',
];

describe('least privilege', () => {
  it.each([
    ['API', () => stack.apiFunction.function],
    ['aggregation', () => stack.aggregateFunction.function],
  ] as const)(
    '%s function: its own log group, the table, objects of the archive bucket, X-Ray',
    (_, fnOf) => {
      const fn = fnOf();
      const g = grants(fn.role);
      expect(g.get('logs:CreateLogStream')).toEqual([arn(fn.logGroup)]);
      expect(g.get('logs:PutLogEvents')).toEqual([arn(fn.logGroup)]);
      for (const action of TABLE_ACTIONS) expect(g.get(`dynamodb:${action}`)).toEqual([arn(table)]);
      expect(g.get('s3:ListBucket')).toEqual([arn(bucket)]);
      expect(g.get('s3:GetObject')).toEqual([objects]);
      expect(g.get('s3:PutObject')).toEqual([objects]);
      expect(g.get('xray:PutTraceSegments')).toEqual(['*']);
      // Nothing else: every dynamodb action is on the table alone, no s3 action beyond those three.
      for (const [action, on] of g) {
        if (action.startsWith('dynamodb:')) expect(on).toEqual([arn(table)]);
        if (action.startsWith('s3:'))
          expect(['s3:ListBucket', 's3:GetObject', 's3:PutObject']).toContain(action);
      }
      expect(
        [...g.keys()].filter((a) => /Delete(Object|Bucket|Table)|CreateTable|UpdateTable/.test(a)),
      ).toEqual([]);
    },
  );

  it('only the aggregation function may send to the dead-letter queue (its on-failure destination)', () => {
    const dlq = arn(stack.aggregateFunction.deadLetterQueue);
    expect(grants(stack.aggregateFunction.function.role).get('sqs:SendMessage')).toEqual([dlq]);
    expect(grants(stack.apiFunction.function.role).has('sqs:SendMessage')).toBe(false);
  });

  it('the scheduler role may invoke only the aggregation function and dead-letter to its queue', () => {
    const [roleId] = Object.entries(resources).find(
      ([, r]) =>
        r.Type === 'AWS::IAM::Role' &&
        JSON.stringify(r.Properties.AssumeRolePolicyDocument).includes('scheduler.amazonaws.com'),
    )!;
    const statements = statementsOf(roleId);
    const fn = arn(stack.aggregateFunction.function.fn);
    expect(statements).toEqual([
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [fn, { 'Fn::Join': ['', [fn, ':*']] }] },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arn(stack.aggregateFunction.deadLetterQueue) },
    ]);
  });

  it('the cleanup function: scan and put on the table, list under originals/, delete only originals', () => {
    const fn = stack.cleanupFunction.function;
    const g = grants(fn.role);
    expect(g.get('logs:CreateLogStream')).toEqual([arn(fn.logGroup)]);
    expect(g.get('dynamodb:Scan')).toEqual([arn(table)]);
    expect(g.get('dynamodb:PutItem')).toEqual([arn(table)]);
    expect(g.get('s3:ListBucket')).toEqual([arn(bucket)]);
    expect(g.get('s3:DeleteObject')).toEqual([{ 'Fn::Join': ['', [arn(bucket), '/originals/*']] }]);
    expect(g.get('sqs:SendMessage')).toEqual([arn(stack.cleanupFunction.deadLetterQueue)]);
    const listing = statementsOf(id(fn.role)).find((st) => list(st.Action).includes('s3:ListBucket')) as
      | (Statement & { Condition?: unknown })
      | undefined;
    expect(listing?.Condition).toEqual({ StringLike: { 's3:prefix': ['originals/*'] } });
    const allowed = [...g.keys()].filter((a) => /^(dynamodb|s3):/.test(a)).sort();
    expect(allowed).toEqual(['dynamodb:PutItem', 'dynamodb:Scan', 's3:DeleteObject', 's3:ListBucket']);
    // No other function may delete an object.
    for (const other of [stack.apiFunction.function, stack.aggregateFunction.function]) {
      expect(grants(other.role).has('s3:DeleteObject')).toBe(false);
    }
  });

  it("the cleanup's scheduler role may invoke only the cleanup function and dead-letter to its queue", () => {
    const role = stack.cleanupFunction.node.findChild('SchedulerRole');
    const fn = arn(stack.cleanupFunction.function.fn);
    expect(statementsOf(id(role))).toEqual([
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [fn, { 'Fn::Join': ['', [fn, ':*']] }] },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arn(stack.cleanupFunction.deadLetterQueue) },
    ]);
  });

  it('no policy allows a wildcard action, and "*" resources are only for X-Ray', () => {
    const all = Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    expect(all.length).toBeGreaterThan(0);
    for (const st of all) {
      for (const action of list(st.Action)) expect(action).not.toMatch(/\*/);
      if (list(st.Resource).includes('*')) {
        expect(list(st.Action).every((a) => a.startsWith('xray:'))).toBe(true);
      }
    }
  });

  it('no role carries an AWS-managed policy', () => {
    const roles = Object.values(resources).filter((r) => r.Type === 'AWS::IAM::Role');
    // API, aggregation and its scheduler, cleanup and its scheduler.
    expect(roles.length).toBe(5);
    for (const role of roles) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });
});
