import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { MgiStack, type MgiStackProps } from './mgi-stack.js';

/** Default stack name; the CloudFormation stack that `npm run deploy` creates. */
export const STACK_NAME = 'MgiCollect';

export interface CreateAppOptions {
  readonly appProps?: AppProps;
  readonly stackProps?: MgiStackProps;
  /** Register the cdk-nag packs (AwsSolutions, Serverless) as synth-time validation; default true. */
  readonly nag?: boolean;
}

/**
 * Builds the CDK app: the stack (configured from context `aggregateSchedule`, `logLevel`,
 * `alarmTopicArn`, `mailFrom`, `mailIdentity`, `publicUrl`, and the CLI's default account/region when present) and the cdk-nag checks.
 */
export function createApp(options: CreateAppOptions = {}): { app: App; stack: MgiStack } {
  const app = new App(options.appProps);
  const context = (key: string): string | undefined => {
    const value = app.node.tryGetContext(key);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const region = process.env.CDK_DEFAULT_REGION;
  const stack = new MgiStack(app, STACK_NAME, {
    description: 'mgi-collect: Local MGI assessments (API, aggregation, DynamoDB, S3)',
    ...(account || region ? { env: { account, region } } : {}),
    aggregateSchedule: context('aggregateSchedule'),
    logLevel: context('logLevel'),
    alarmTopicArn: context('alarmTopicArn'),
    mailFrom: context('mailFrom'),
    mailIdentity: context('mailIdentity'),
    publicUrl: context('publicUrl'),
    ...options.stackProps,
  });
  if (options.nag ?? true) {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  }
  return { app, stack };
}
