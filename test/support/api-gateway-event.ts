/** Realistic API Gateway HTTP API (payload format 2.0) events, as Lambda receives them. */
import { randomUUID } from 'node:crypto';

export interface HttpApiEvent {
  version: '2.0';
  routeKey: string;
  rawPath: string;
  rawQueryString: string;
  headers: Record<string, string>;
  queryStringParameters?: Record<string, string>;
  requestContext: {
    accountId: string;
    apiId: string;
    domainName: string;
    domainPrefix: string;
    http: { method: string; path: string; protocol: string; sourceIp: string; userAgent: string };
    requestId: string;
    routeKey: string;
    stage: string;
    time: string;
    timeEpoch: number;
  };
  body?: string;
  isBase64Encoded: boolean;
}

export interface HttpApiResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}

/** An event for `method path?query`; binary bodies are base64-encoded as API Gateway does. */
export function httpApiEvent(
  method: string,
  pathAndQuery: string,
  options: { headers?: Record<string, string>; body?: string | Uint8Array } = {},
): HttpApiEvent {
  const [rawPath = '/', rawQueryString = ''] = pathAndQuery.split('?');
  const headers: Record<string, string> = {
    host: 'abc123.execute-api.ap-southeast-3.amazonaws.com',
    'user-agent': 'vitest',
    'x-forwarded-proto': 'https',
    ...Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
  };
  const binary = options.body instanceof Uint8Array;
  const event: HttpApiEvent = {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: headers.host!,
      domainPrefix: 'abc123',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'vitest' },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    isBase64Encoded: binary,
  };
  if (rawQueryString) event.queryStringParameters = Object.fromEntries(new URLSearchParams(rawQueryString));
  if (options.body !== undefined) {
    event.body = binary
      ? Buffer.from(options.body as Uint8Array).toString('base64')
      : (options.body as string);
    if (binary) headers['content-length'] = String((options.body as Uint8Array).byteLength);
  }
  return event;
}
