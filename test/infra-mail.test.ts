import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { mailIdentityOf } from '../infra/constructs/mail-sender.js';
import { createApp } from '../infra/create-app.js';

const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

function sesStatements(template: Template): Statement[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as {
    Properties: { PolicyDocument: { Statement: Statement[] } };
  }[];
  return policies
    .flatMap((p) => p.Properties.PolicyDocument.Statement)
    .filter((s) => [s.Action].flat().some((a) => a.startsWith('ses:')));
}

describe('reminder e-mail through Amazon SES', () => {
  it('grants the API function ses:SendEmail on the configured identity only and sets MAIL_FROM and PUBLIC_URL', () => {
    const { stack } = createApp({
      nag: false,
      appProps: {
        context: {
          ...NO_BUNDLING,
          mailFrom: 'MGI Jawa Tengah <mgi@mgi.example.org>',
          publicUrl: 'https://mgi.example.org',
        },
      },
    });
    const template = Template.fromStack(stack);
    const statements = sesStatements(template);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.Action).toBe('ses:SendEmail');
    expect(JSON.stringify(statements[0]!.Resource)).toContain(':identity/mgi.example.org');
    expect(JSON.stringify(statements[0]!.Resource)).not.toContain('*');
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: {
          MAIL_FROM: 'MGI Jawa Tengah <mgi@mgi.example.org>',
          PUBLIC_URL: 'https://mgi.example.org',
        },
      },
    });
    // Only the API function's role may send: the aggregation function sends no mail.
    const apiRole = stack.getLogicalId(stack.apiFunction.function.role.node.defaultChild as CfnElement);
    const withSes = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p).includes('ses:SendEmail'),
    );
    expect(withSes.map((p) => (p as { Properties: { Roles: unknown } }).Properties.Roles)).toEqual([
      [{ Ref: apiRole }],
    ]);
  });

  it('uses an explicit identity (a verified address) when given', () => {
    const { stack } = createApp({
      nag: false,
      appProps: { context: { ...NO_BUNDLING, mailFrom: 'mgi@example.org', mailIdentity: 'mgi@example.org' } },
    });
    const [statement] = sesStatements(Template.fromStack(stack));
    expect(JSON.stringify(statement!.Resource)).toContain(':identity/mgi@example.org');
  });

  it('grants nothing for mail without mailFrom', () => {
    const { stack } = createApp({ nag: false, appProps: { context: NO_BUNDLING } });
    expect(sesStatements(Template.fromStack(stack))).toEqual([]);
  });

  it('stays cdk-nag clean with mail configured', () => {
    const { stack } = createApp({
      nag: false,
      appProps: { context: { ...NO_BUNDLING, mailFrom: 'MGI <mgi@mgi.example.org>' } },
    });
    for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
      const report = pack.validateScope(stack);
      expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources[0]?.constructPath}`)).toEqual(
        [],
      );
    }
  });

  it('reads the identity from MAIL_FROM', () => {
    expect(mailIdentityOf('MGI <Mgi@Example.ORG>')).toBe('example.org');
    expect(mailIdentityOf('mgi@example.org')).toBe('example.org');
    expect(() => mailIdentityOf('nobody')).toThrow(/no e-mail address/);
  });
});
