import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';

/** `GET /api/health`: no token needed. */
export function healthRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/health', (c) => c.json({ ok: true }));
}
