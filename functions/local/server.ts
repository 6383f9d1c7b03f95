/**
 * `npm start`: the whole service on this machine. Prints the URL and, on the first start, the
 * admin token (once: only its hash is stored). Ctrl-C or SIGTERM shuts down cleanly; data stays
 * under DATA_DIR for the next start.
 */
import { loadConfig } from '../config.js';
import { startLocalService } from './start-local.js';

const config = loadConfig();
const service = await startLocalService(config);

process.stdout.write(
  [
    `mgi-collect is running (data in ${config.DATA_DIR}, scheduled aggregation every ${config.AGGREGATE_INTERVAL_MINUTES} min)`,
    `  web pages: ${service.url}/   (sign in with a token)`,
    `  HTTP API:  ${service.url}/api   (Authorization: Bearer <token>)`,
    '  try it:    MGI_TOKEN=<admin token> npm run demo   (in another terminal)',
    '',
  ].join('\n'),
);
if (service.generatedAdminToken) {
  process.stdout.write(
    `Admin token (shown only this once, keep it safe):\n  ${service.generatedAdminToken}\n`,
  );
} else if (config.ADMIN_TOKEN) {
  process.stdout.write('Admin token: the value of ADMIN_TOKEN\n');
} else {
  process.stdout.write('Admin token: the one printed on the first start (set ADMIN_TOKEN to choose one)\n');
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`${signal}: shutting down\n`);
  try {
    await service.close();
    process.exit(0);
  } catch (error) {
    process.stderr.write(`shutdown failed: ${String(error)}\n`);
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
