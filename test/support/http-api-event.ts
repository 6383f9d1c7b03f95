/** The parts of an API Gateway HTTP API (payload 2.0) event a test or bench sets. */
export interface HttpApiRequest {
  readonly method: string;
  /** Path with an optional query string, e.g. `/api/x?lang=en`. */
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array | string;
}

/** An API Gateway HTTP API (payload format 2.0) event, as Lambda receives it. */
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

/**
 * Builds the event API Gateway HTTP API sends to a Lambda integration (payload format 2.0) for the
 * `$default` route, the way it does for a real request: lower-case headers, parsed query string,
 * binary bodies base64-encoded with `isBase64Encoded: true`.
 */
export function httpApiEvent(request: HttpApiRequest): HttpApiEvent {
  const [rawPath = '/', rawQueryString = ''] = request.path.split('?', 2);
  const headers: Record<string, string> = { host: 'example.execute-api.eu-west-1.amazonaws.com' };
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  const host = headers.host!;
  // The API id is the first label of its execute-api host name.
  const apiId = host.split('.')[0]!;
  const query = new URLSearchParams(rawQueryString);
  const queryStringParameters = rawQueryString ? Object.fromEntries(query.entries()) : undefined;
  const binary = request.body instanceof Uint8Array;
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId,
      domainName: host,
      domainPrefix: apiId,
      http: {
        method: request.method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: '192.0.2.10',
        userAgent: headers['user-agent'] ?? 'mgi-sandbox',
      },
      requestId: `req-${now.getTime()}`,
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(request.body === undefined
      ? { isBase64Encoded: false }
      : binary
        ? { body: Buffer.from(request.body as Uint8Array).toString('base64'), isBase64Encoded: true }
        : { body: request.body, isBase64Encoded: false }),
  };
}
