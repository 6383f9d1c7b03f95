import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoStore } from '../../../shared/adapters/dynamodb/dynamo-store.js';
import { generateToken, hashToken } from '../../app/auth/tokens.js';
import { type CliCommand, EXIT, parseCommandArgs, required } from '../cli-command.js';

const USAGE = `Usage: mgi admin-token --table NAME [--region R] [--endpoint URL]

Creates a coordinator (admin) token in a deployed table and prints it once; only its SHA-256 is
stored, so keep it safe. Earlier admin tokens keep working. Uses the usual AWS credentials
(environment, profile or role).

Options:
  --table NAME      the DynamoDB table of the deployed stack
  --region R        AWS region (default: from the AWS configuration)
  --endpoint URL    a DynamoDB-compatible endpoint instead of AWS (e.g. a local one)`;

const OPTIONS = {
  table: { type: 'string' },
  region: { type: 'string' },
  endpoint: { type: 'string' },
} as const;

/** `mgi admin-token`: issue an admin token for a deployed table. */
export const adminTokenCommand: CliCommand = {
  name: 'admin-token',
  summary: 'create a coordinator token in a deployed table and print it once',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, OPTIONS);
    const table = required(values.table, 'table');
    const client = new DynamoDBClient({
      ...(values.region ? { region: values.region } : {}),
      ...(values.endpoint ? { endpoint: values.endpoint } : {}),
    });
    try {
      const token = generateToken('admin');
      await new DynamoStore({ client, tableName: table }).putToken(hashToken(token), { role: 'admin' });
      io.out(`Admin token for table ${table} (shown only this once, keep it safe):\n${token}\n`);
      return EXIT.ok;
    } finally {
      client.destroy();
    }
  },
};
