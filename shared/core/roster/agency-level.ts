import { buildLookup, normalizeLabel } from '../answers.js';
import type { Lang } from '../types.js';

/** The kinds of agency a roster may register (stored canonical value). */
export const AGENCY_LEVELS = ['provincial', 'district', 'national', 'ngo', 'academic', 'other'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/** How each level is written in a roster or the tokens workbook, per language. */
export const AGENCY_LEVEL_LABELS: Record<Lang, Record<AgencyLevel, string>> = {
  en: {
    provincial: 'Provincial',
    district: 'District',
    national: 'National',
    ngo: 'NGO',
    academic: 'Academic',
    other: 'Other',
  },
  id: {
    provincial: 'Provinsi',
    district: 'Kabupaten/Kota',
    national: 'Nasional',
    ngo: 'LSM',
    academic: 'Akademisi',
    other: 'Lainnya',
  },
};

// Spellings coordinators actually type: regency/city for district, university for academic, etc.
const LEVEL_SYNONYMS: Record<AgencyLevel, string[]> = {
  provincial: ['provincial', 'province', 'provinsi', 'provinsial'],
  district: [
    'district',
    'regency',
    'city',
    'regency/city',
    'district/city',
    'kabupaten/kota',
    'kabupaten',
    'kota',
  ],
  national: ['national', 'nasional', 'pusat', 'central', 'ministry', 'kementerian'],
  ngo: [
    'ngo',
    'lsm',
    'non-governmental organisation',
    'non-governmental organization',
    'civil society',
    'ormas',
  ],
  academic: [
    'academic',
    'academia',
    'university',
    'akademisi',
    'akademik',
    'universitas',
    'perguruan tinggi',
  ],
  other: ['other', 'others', 'lainnya', 'lain-lain'],
};

const LEVEL_LOOKUP: ReadonlyMap<string, AgencyLevel> = buildLookup(LEVEL_SYNONYMS);

/** The agency level a typed label stands for (EN or ID, any case, spaces around "/" ignored), or undefined. */
export function matchAgencyLevel(raw: string): AgencyLevel | undefined {
  return LEVEL_LOOKUP.get(normalizeLabel(raw).replace(/\s*\/\s*/g, '/'));
}
