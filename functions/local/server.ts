/**
 * `npm start`: the whole service on this machine. Prints the URL and, on the first start, the
 * admin token (once: only its hash is stored). Ctrl-C or SIGTERM shuts down cleanly; data stays
 * under DATA_DIR for the next start.
 */
import { loadConfig } from '../config.js';
import { startHint } from './start-hint.js';
import { startLocalService } from './start-local.js';

const config = loadConfig();
const service = await startLocalService(config);

process.stdout.write(
  startHint({
    url: service.url,
    dataDir: config.DATA_DIR,
    aggregateIntervalMinutes: config.AGGREGATE_INTERVAL_MINUTES,
    generatedAdminToken: service.generatedAdminToken,
    adminTokenConfigured: Boolean(config.ADMIN_TOKEN),
  }),
);

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
