import { describe } from 'vitest';
import { accessCases } from './support/contract-access-cases.js';
import { atomicityCases } from './support/contract-atomicity-cases.js';
import { useContractContext } from './support/contract-context.js';
import { submissionCases } from './support/contract-submission-cases.js';

describe('HTTP API contract over real HTTP on Amazon DynamoDB Local', () => {
  const ctx = useContractContext('dynamodb-local');
  accessCases(ctx);
  submissionCases(ctx);
  atomicityCases(ctx);
});
