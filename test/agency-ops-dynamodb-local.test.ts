import { describe } from 'vitest';
import { agencyOpsCases } from './support/agency-ops-cases.js';

describe('agency records over real HTTP on Amazon DynamoDB Local', () => {
  agencyOpsCases('dynamodb-local');
});
