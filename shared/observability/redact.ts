/**
 * Scrubbing of secrets and file contents before anything reaches a log line. Applied to every
 * message string and every field value, whatever key it sits under: a token pasted into an error
 * message or a query string is caught as well as one under `authorization`.
 */

/** Bearer tokens we issue (`mgi_…`) and any `Bearer …` credential. */
const TOKEN_PATTERNS: [RegExp, string][] = [
  [/\bmgi_[A-Za-z0-9_-]+/g, 'mgi_[redacted]'],
  [/\b(Bearer)\s+[^\s"',;]+/gi, '$1 [redacted]'],
  // ?token=… or "token": "…" inside a text (e.g. a logged URL or a serialised body)
  [/\b(token|access_token|admin_token)=([^&\s"']+)/gi, '$1=[redacted]'],
];

/** Keys whose value is never logged: credentials and the contents of uploaded files. */
const SECRET_KEYS = new Set([
  'authorization',
  'cookie',
  'set-cookie',
  'token',
  'admintoken',
  'x-api-key',
  'password',
  'secret',
  'body',
  'bytes',
  'file',
  'content',
  'contents',
  'buffer',
]);

const REDACTED = '[redacted]';
const MAX_DEPTH = 6;
const MAX_STRING = 2000;

/** The text with every token-looking part replaced, and cut to a bounded length. */
export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TOKEN_PATTERNS) out = out.replace(pattern, replacement);
  return out.length > MAX_STRING
    ? `${out.slice(0, MAX_STRING)}…[${out.length - MAX_STRING} more chars]`
    : out;
}

/** True for a key whose value must not be logged (case-insensitive, `adminToken` included). */
function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase());
}

/**
 * A copy of a value that is safe to log: secret keys replaced, token patterns scrubbed from
 * every string, binary data reduced to its size, errors to name/message/code/stack.
 */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer)
    return `[binary ${value.byteLength} bytes]`;
  if (depth >= MAX_DEPTH) return '[depth limit]';
  if (value instanceof Error) {
    const err = value as Error & { code?: unknown; status?: unknown };
    return {
      type: err.name,
      message: redactText(err.message),
      ...(err.code === undefined ? {} : { code: err.code }),
      ...(err.status === undefined ? {} : { status: err.status }),
      ...(err.stack ? { stack: redactText(err.stack) } : {}),
      ...(err.cause === undefined ? {} : { cause: redactValue(err.cause, depth + 1) }),
    };
  }
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactValue(v, depth + 1));
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    out[key] = isSecretKey(key) ? REDACTED : redactValue(v, depth + 1);
  return out;
}
