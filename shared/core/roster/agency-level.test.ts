import { describe, expect, it } from 'vitest';
import { AGENCY_LEVEL_LABELS, AGENCY_LEVELS, matchAgencyLevel } from './agency-level.js';

describe('matchAgencyLevel', () => {
  it('accepts every English and Indonesian label and the canonical value', () => {
    for (const level of AGENCY_LEVELS) {
      expect(matchAgencyLevel(level)).toBe(level);
      expect(matchAgencyLevel(AGENCY_LEVEL_LABELS.en[level])).toBe(level);
      expect(matchAgencyLevel(AGENCY_LEVEL_LABELS.id[level])).toBe(level);
    }
  });

  it('ignores case, NBSP and spaces around the slash', () => {
    expect(matchAgencyLevel('\u00a0KABUPATEN / Kota ')).toBe('district');
    expect(matchAgencyLevel('lsm')).toBe('ngo');
    expect(matchAgencyLevel('Perguruan  Tinggi')).toBe('academic');
  });

  it('knows nothing else', () => {
    expect(matchAgencyLevel('kecamatan')).toBeUndefined();
    expect(matchAgencyLevel('')).toBeUndefined();
  });
});
