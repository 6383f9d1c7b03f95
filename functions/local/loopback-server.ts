/** A Hono fetch handler served by @hono/node-server on 127.0.0.1: what `npm start` and the integration tests run. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export interface LoopbackServer {
  port: number;
  /** Stops listening and ends open keep-alive connections, so it settles at once. */
  close(): Promise<void>;
}

/** Serves `fetch` on 127.0.0.1 (`port` 0 picks a free one); resolves once it listens. */
export async function serveOnLoopback(
  fetch: Parameters<typeof serve>[0]['fetch'],
  port = 0,
): Promise<LoopbackServer> {
  const server = serve({ fetch, port, hostname: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    if (server.listening) resolve();
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
