/**
 * The validator of every JSON route. Hono's json validator reads a body only when its content type
 * is JSON and otherwise validates `{}`, so a text/plain or form body came back as "every field is
 * required". Here the body is checked first: empty is a 400 `request.malformed`, a non-JSON content
 * type a 415 `request.unsupported_media_type`; then the schema runs through `validationHook`.
 */
import { zValidator } from '@hono/zod-validator';
import type { Context, MiddlewareHandler } from 'hono';
import type * as z from 'zod';
import { fail } from '../../shared/core/errors/index.js';
import type { AppEnv } from './app-env.js';
import { validationHook } from './errors.js';

/** JSON media types as Hono's validator recognises them: application/json and application/*+json. */
const JSON_MEDIA_TYPE = /^application\/([a-z-.]+\+)?json(\s*;.*)?$/i;

async function checkJsonBody(c: Context<AppEnv>): Promise<void> {
  // Read once as text: Hono caches it, and the validator's json() then parses the cached text.
  const text = await c.req.text();
  if (text.trim() === '') throw fail('request.malformed');
  if (!JSON_MEDIA_TYPE.test(c.req.header('content-type') ?? '')) {
    throw fail('request.unsupported_media_type');
  }
}

/** `zValidator('json', schema)` behind the body checks above, failures in the user's language. */
export function jsonValidator<T extends z.ZodType>(schema: T) {
  const validate = zValidator('json', schema, validationHook('json'));
  const guarded: typeof validate = async (c, next) => {
    await checkJsonBody(c as unknown as Context<AppEnv>);
    return validate(c, next);
  };
  return guarded satisfies MiddlewareHandler;
}
