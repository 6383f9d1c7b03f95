import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { newAccountSchema } from '../../../shared/core/accounts/account.js';
import type { AccountStore } from '../../../shared/core/accounts/account-port.js';
import { isAppError } from '../../../shared/core/app-error.js';
import { type Actor, SYSTEM_ACTOR } from '../../../shared/core/audit/audit-entry.js';
import { generateToken, hashToken } from '../../app/auth/tokens.js';
import { buildAwsDeps } from '../../composition/aws.js';
import { openLocalDeps } from '../../composition/local.js';
import { type CliCommand, EXIT, parseCommandArgs, UsageError } from '../cli-command.js';

const USAGE = `Usage: mgi admin-token [where] [--name N --email E --role R --assessments A,B|*]
       mgi admin-token [where] --list
       mgi admin-token [where] --revoke ID

Creates a coordinator account and prints its token once (only its SHA-256 is stored, keep it
safe); --list shows the accounts (never a token); --revoke ends an account and its token (the
last owner cannot be revoked). Each change is in the audit log, done by "system".

Where (one of):
  --data-dir DIR    the local service's data folder, while that service is stopped
  --table NAME      a deployed stack's DynamoDB table, with the usual AWS credentials
    --region R      AWS region (default: from the AWS configuration)
    --endpoint URL  a DynamoDB-compatible endpoint instead of AWS

New account (defaults: an owner of every assessment named "Owner (CLI)"):
  --name N  --email E  --role owner|editor|viewer  --assessments A,B or *`;

const OPTIONS = {
  'data-dir': { type: 'string' },
  table: { type: 'string' },
  region: { type: 'string' },
  endpoint: { type: 'string' },
  list: { type: 'boolean' },
  revoke: { type: 'string' },
  name: { type: 'string' },
  email: { type: 'string' },
  role: { type: 'string' },
  assessments: { type: 'string' },
} as const;

const CLI_ACTOR: Actor = { ...SYSTEM_ACTOR, name: 'mgi admin-token' };

/** Opens the accounts of a data dir or a table; `close` releases what was opened. */
async function openAccounts(values: {
  'data-dir'?: string;
  table?: string;
  region?: string;
  endpoint?: string;
}): Promise<{ accounts: AccountStore; where: string; close(): Promise<void> }> {
  if (values['data-dir'] && values.table) throw new UsageError('give --data-dir or --table, not both');
  if (values['data-dir']) {
    const local = await openLocalDeps(
      { DATA_DIR: values['data-dir'], LOG_LEVEL: 'silent' },
      { storeInWorker: false },
    );
    return { accounts: local.deps.accounts, where: `data folder ${values['data-dir']}`, close: local.close };
  }
  if (!values.table) throw new UsageError('missing --table or --data-dir');
  const client = new DynamoDBClient({
    ...(values.region ? { region: values.region } : {}),
    ...(values.endpoint ? { endpoint: values.endpoint } : {}),
  });
  const deps = buildAwsDeps(
    { LOG_LEVEL: 'silent', TABLE_NAME: values.table, ARCHIVE_BUCKET: 'unused' },
    { dynamo: client },
  );
  return { accounts: deps.accounts, where: `table ${values.table}`, close: async () => client.destroy() };
}

/** `mgi admin-token`: create, list or revoke coordinator accounts, locally or in a deployed table. */
export const adminTokenCommand: CliCommand = {
  name: 'admin-token',
  summary: 'create, list (--list) or revoke (--revoke ID) coordinator accounts and their tokens',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, OPTIONS);
    const input = newAccountSchema.safeParse({
      name: values.name ?? 'Owner (CLI)',
      email: values.email ?? 'owner@localhost.invalid',
      role: values.role ?? 'owner',
      assessments:
        values.assessments === undefined || values.assessments === '*'
          ? '*'
          : values.assessments
              .split(',')
              .map((a) => a.trim())
              .filter(Boolean),
    });
    if (!values.list && !values.revoke && !input.success) {
      const issue = input.error.issues[0];
      throw new UsageError(`--${String(issue?.path[0] ?? 'name')}: ${issue?.message ?? 'invalid'}`);
    }
    const { accounts, where, close } = await openAccounts(values);
    try {
      if (values.list) {
        for (const a of await accounts.list()) {
          const scope = a.assessments === '*' ? '*' : a.assessments.join(',');
          const state = a.revokedAt ? `revoked ${a.revokedAt}` : 'active';
          io.out(`${a.id}\t${a.role}\t${scope}\t${a.name}\t${a.email}\t${state}\n`);
        }
        return EXIT.ok;
      }
      if (values.revoke) {
        const account = await accounts.revoke(values.revoke, CLI_ACTOR);
        io.out(`Revoked ${account.id} (${account.name}) in ${where}; its token no longer works.\n`);
        return EXIT.ok;
      }
      if (!input.success) return EXIT.usage;
      const token = generateToken('admin');
      const account = await accounts.create(input.data, hashToken(token), CLI_ACTOR);
      io.out(
        `Account ${account.id} (${account.role}) in ${where}. Its token, shown only this once, keep it safe:\n${token}\n`,
      );
      return EXIT.ok;
    } catch (error) {
      if (isAppError(error) && error.status < 500) {
        io.err(`${error.message}\n`);
        return EXIT.problems;
      }
      throw error;
    } finally {
      await close();
    }
  },
};
