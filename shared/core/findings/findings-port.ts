export type { FindingsStore, SaveFindingsInput } from './findings-types.js';
