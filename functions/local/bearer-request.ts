/**
 * One HTTP request with a bearer token through node:http, the body read whole: what the local
 * warm-up and the upload benchmark send to the service. node:http rather than fetch, because both
 * run beside the service on the same cores (fetch costs ~1 ms of CPU per upload there).
 */
import { type Agent, request } from 'node:http';
import { XLSX_CONTENT_TYPE } from '../../shared/core/xlsx.js';

export interface BearerRequest {
  method: 'GET' | 'POST';
  token: string;
  /** A workbook to send as the body (sent as xlsx). */
  bytes?: Uint8Array;
  /** A keep-alive agent to reuse sockets; the global agent otherwise. */
  agent?: Agent;
}

export function bearerRequest(url: string, init: BearerRequest): Promise<{ status: number; body: string }> {
  const { bytes } = init;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: init.method,
        ...(init.agent ? { agent: init.agent } : {}),
        headers: {
          authorization: `Bearer ${init.token}`,
          ...(bytes ? { 'content-type': XLSX_CONTENT_TYPE, 'content-length': bytes.byteLength } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(bytes);
  });
}
