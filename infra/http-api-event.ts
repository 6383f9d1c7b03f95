/** The parts of an API Gateway HTTP API (payload 2.0) event a test or bench sets. */
export interface HttpApiRequest {
  readonly method: string;
  /** Path with an optional query string, e.g. `/api/x?lang=en`. */
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array | string;
}

/**
 * Builds the event API Gateway HTTP API sends to a Lambda integration (payload format 2.0) for the
 * `$default` route, the way it does for a real request: lower-case headers, parsed query string,
 * binary bodies base64-encoded with `isBase64Encoded: true`.
 */
export function httpApiEvent(request: HttpApiRequest): Record<string, unknown> {
  const [rawPath = '/', rawQueryString = ''] = request.path.split('?', 2);
  const headers: Record<string, string> = { host: 'example.execute-api.eu-west-1.amazonaws.com' };
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
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
      apiId: 'example',
      domainName: headers.host,
      domainPrefix: 'example',
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
