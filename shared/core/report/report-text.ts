/**
 * Whether a UTF-16 code unit at `i` may appear in an XML 1.0 document: not a C0 control other than
 * tab, line feed and carriage return, not U+FFFE/U+FFFF, not half of a surrogate pair. Word refuses
 * a document that contains one.
 */
function allowedAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d;
  if (c === 0xfffe || c === 0xffff) return false;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const previous = text.charCodeAt(i - 1);
    return previous >= 0xd800 && previous <= 0xdbff;
  }
  return true;
}

/** Text an agency typed, made safe for a Word document: forbidden characters become U+FFFD. */
export function documentText(text: string): string {
  let out: string | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (allowedAt(text, i)) continue;
    out = `${out ?? ''}${text.slice(from, i)}\uFFFD`;
    from = i + 1;
  }
  return out === null ? text : out + text.slice(from);
}
