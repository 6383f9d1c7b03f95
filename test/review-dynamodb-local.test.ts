import { describe } from 'vitest';
import { reviewCases } from './support/review-cases.js';

describe('review, deadline and consultation over real HTTP on Amazon DynamoDB Local', () => {
  reviewCases('dynamodb-local');
});
