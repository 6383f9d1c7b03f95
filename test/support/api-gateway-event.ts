/** Realistic API Gateway HTTP API (payload format 2.0) events, as Lambda receives them over https. */
import { httpApiEvent as buildHttpApiEvent, type HttpApiEvent } from './http-api-event.js';

export type { HttpApiEvent };

export interface HttpApiResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}

/**
 * An event for `method path?query` on an https execute-api host, from the infra builder (which
 * base64-encodes binary bodies as API Gateway does), plus a user agent and the body's length.
 */
export function httpApiEvent(
  method: string,
  pathAndQuery: string,
  options: { headers?: Record<string, string>; body?: string | Uint8Array } = {},
): HttpApiEvent {
  const { body } = options;
  const headers: Record<string, string> = {
    host: 'abc123.execute-api.ap-southeast-3.amazonaws.com',
    'user-agent': 'vitest',
    'x-forwarded-proto': 'https',
    ...options.headers,
    ...(body instanceof Uint8Array ? { 'content-length': String(body.byteLength) } : {}),
  };
  return buildHttpApiEvent({ method, path: pathAndQuery, headers, ...(body === undefined ? {} : { body }) });
}
