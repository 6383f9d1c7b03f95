import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';

/** The SES identity (domain or address) a `MAIL_FROM` like `Name <mgi@example.org>` sends as. */
export function mailIdentityOf(mailFrom: string): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  const domain = address.split('@')[1];
  if (!domain) throw new Error(`mailFrom "${mailFrom}" has no e-mail address`);
  return domain.toLowerCase();
}

/**
 * Lets `fn` send reminders through Amazon SES as one verified identity and sets `MAIL_FROM`, in
 * one call: `ses:SendEmail` (the v2 API the SES mailer calls, raw content included) on that
 * identity's ARN only, never `*`. `identity` defaults to the domain of `from`.
 */
export function bindMailSender(fn: lambda.Function, options: { from: string; identity?: string }): void {
  const identity = options.identity ?? mailIdentityOf(options.from);
  const arn = Stack.of(fn).formatArn({ service: 'ses', resource: 'identity', resourceName: identity });
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources: [arn] }));
  fn.addEnvironment('MAIL_FROM', options.from);
}
