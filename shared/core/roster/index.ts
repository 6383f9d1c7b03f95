export { AGENCY_LEVEL_LABELS, AGENCY_LEVELS, type AgencyLevel, matchAgencyLevel } from './agency-level.js';
export {
  AGENCY_CODE_PATTERN,
  MAX_AGENCY_NAME,
  type ParsedRoster,
  parseRosterWorkbook,
  type RosterAgency,
} from './parse-roster.js';
export { ROSTER_HEADER_LABELS } from './roster-headers.js';
export { type RosterRowInput, writeRosterWorkbook } from './write-roster.js';
export { type TokenSheetEntry, templateDownloadUrl, writeTokensWorkbook } from './write-tokens.js';
