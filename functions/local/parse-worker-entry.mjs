// The parse pool's worker module. A worker thread does not inherit tsx's loader from `npm start`,
// so it registers tsx before importing the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
export const { parseJob, annotateJob, rosterJob } = await import('./parse-worker.ts');
