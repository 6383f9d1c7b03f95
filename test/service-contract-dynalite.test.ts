import { describe } from 'vitest';
import { accessCases } from './support/contract-access-cases.js';
import { atomicityCases } from './support/contract-atomicity-cases.js';
import { useContractContext } from './support/contract-context.js';
import { submissionCases } from './support/contract-submission-cases.js';

describe('HTTP API contract over real HTTP on dynalite', () => {
  const ctx = useContractContext('dynalite');
  accessCases(ctx);
  submissionCases(ctx);
  atomicityCases(ctx);
});
