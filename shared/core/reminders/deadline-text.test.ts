import { describe, expect, it } from 'vitest';
import { formatDeadlineWib } from './deadline-text.js';

describe('formatDeadlineWib', () => {
  it('shows the instant in WIB with English or Indonesian day and month names', () => {
    expect(formatDeadlineWib('2026-12-12T10:00:00Z', 'en')).toBe('Saturday 12 December 2026, 17:00 WIB');
    expect(formatDeadlineWib('2026-12-11T17:00:00+07:00', 'en')).toBe('Friday 11 December 2026, 17:00 WIB');
    expect(formatDeadlineWib('2026-12-11T17:00:00+07:00', 'id')).toBe(
      'Jumat, 11 Desember 2026, pukul 17.00 WIB',
    );
  });

  it('moves to the next WIB day when UTC is still on the previous one', () => {
    expect(formatDeadlineWib('2026-08-16T18:30:00Z', 'id')).toBe('Senin, 17 Agustus 2026, pukul 01.30 WIB');
  });

  it('returns null for a value that is not a date', () => {
    expect(formatDeadlineWib('next friday', 'en')).toBeNull();
  });
});
