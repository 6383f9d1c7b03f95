import { describe, expect, it } from 'vitest';
import { LOCAL_MGI_FRAMEWORK as FW } from '../frameworks/local-mgi.js';
import { discussionOrder, domainProgress } from './discussion-order.js';

const line = (id: string, split: number) => ({
  id,
  domainId: id.split('.')[0]!,
  split,
  contested: split >= 0.2,
});

describe('discussionOrder', () => {
  it('contested first by split descending (ties by domain and id), then the rest by domain and id', () => {
    const lines = [
      line('2.01', 0.1),
      line('1.02', 0),
      line('3.04', 0.3),
      line('1.10', 0.45),
      line('1.09', 0.3),
      line('1.01', 0.19),
      line('2.10', 0.2),
    ];
    expect(discussionOrder(FW, lines)).toEqual(['1.10', '1.09', '3.04', '2.10', '1.01', '1.02', '2.01']);
  });

  it('orders domains as the framework lists them and ids numerically', () => {
    const fw = { ...FW, domains: [...FW.domains].reverse() };
    expect(discussionOrder(fw, [line('1.10', 0), line('6.01', 0), line('1.9', 0)])).toEqual([
      '6.01',
      '1.9',
      '1.10',
    ]);
  });
});

describe('domainProgress', () => {
  it('counts validated indicators per domain, ignoring unknown ids', () => {
    const progress = domainProgress(FW, ['1.01', '1.02', '6.13', 'x.99']);
    expect(progress.map((p) => [p.domainId, p.validated, p.total])).toEqual([
      ['1', 2, 14],
      ['2', 0, 16],
      ['3', 0, 10],
      ['4', 0, 13],
      ['5', 0, 10],
      ['6', 1, 13],
    ]);
  });
});
