import { describe, expect, it } from 'vitest';
import { compareIds } from './compare-ids.js';

describe('compareIds', () => {
  it('orders digit runs as numbers', () => {
    expect(['1.10', '10.01', '1.09', '9.01', '1.1', '2.01'].sort(compareIds)).toEqual([
      '1.1',
      '1.09',
      '1.10',
      '2.01',
      '9.01',
      '10.01',
    ]);
    expect(['DINKES-10', 'DINKES-2', 'BAPPEDA', 'A'].sort(compareIds)).toEqual([
      'A',
      'BAPPEDA',
      'DINKES-2',
      'DINKES-10',
    ]);
  });

  it('is a total order: numerically equal runs still compare unequal', () => {
    expect(compareIds('1.01', '1.1')).not.toBe(0);
    expect(Math.sign(compareIds('1.01', '1.1'))).toBe(-Math.sign(compareIds('1.1', '1.01')));
    expect(compareIds('3.07', '3.07')).toBe(0);
  });
});
