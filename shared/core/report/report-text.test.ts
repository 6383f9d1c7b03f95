import { describe, expect, it } from 'vitest';
import { documentText } from './report-text.js';

describe('documentText', () => {
  it('keeps markup, CDATA ends, tabs, line breaks, RTL text and emoji as they are', () => {
    const text = '<w:p>]]>&amp;\t\nمرحبا بالعالم 👍';
    expect(documentText(text)).toBe(text);
  });

  it('replaces characters XML 1.0 forbids with U+FFFD', () => {
    expect(documentText('a\u0000b\u0001c\u0008d\u000Be\u001Ff\uFFFEg\uD800h\uDC00')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFD',
    );
  });
});
