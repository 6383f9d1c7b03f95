import { describe, expect, it } from 'vitest';
import { plainText } from './sheet-stream.js';

describe('plainText', () => {
  it('puts an apostrophe before formula-like text, keeps other text exactly, and blank as null', () => {
    for (const text of ['=SUM(A1:A9)', '+cmd', '-1', '@A1', '\t=1', '\r\n=1']) {
      expect(plainText(text)).toBe(`'${text}`);
    }
    expect(plainText('Perda 5/2023 — “kutipan”')).toBe('Perda 5/2023 — “kutipan”');
    expect(plainText('')).toBeNull();
    expect(plainText(null)).toBeNull();
    expect(plainText(undefined)).toBeNull();
  });

  it('drops what XML cannot carry: control characters and lone surrogates, not emoji', () => {
    expect(plainText('a\u0000b\u0007c\u001Fd\uFFFEe')).toBe('abcde');
    expect(plainText('x\uD800y\uDC00z')).toBe('xyz');
    expect(plainText('ok 👍 done')).toBe('ok 👍 done');
    expect(plainText('👍\u0001')).toBe('👍');
  });
});
