/**
 * The API Lambda: the same Hono app as `npm start`, behind API Gateway HTTP API (payload v2).
 * Config is parsed and clients are created once per process, at cold start.
 */
import { handle } from 'hono/aws-lambda';
import { buildAwsDeps } from '../composition/aws.js';
import { loadLambdaConfig } from '../config.js';
import { createApp } from '../create-app.js';

export const handler = handle(createApp(buildAwsDeps(loadLambdaConfig())));
