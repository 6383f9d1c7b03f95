import { describe, expect, it } from 'vitest';
import {
  ANSWER_LABELS,
  JUSTIFICATION_LABELS,
  matchAnswer,
  matchJustificationType,
  normalizeLabel,
} from './answers.js';
import { ANSWERS, JUSTIFICATION_TYPES, LANGS } from './types.js';

describe('normalizeLabel', () => {
  it('trims, lower-cases, turns NBSP into a space and collapses inner whitespace', () => {
    expect(normalizeLabel('  \u00A0Not\u00A0\u00A0 Applicable \t')).toBe('not applicable');
    expect(normalizeLabel('Tidak\n  tahu')).toBe('tidak tahu');
  });

  it('straightens typographic apostrophes and drops zero-width characters', () => {
    expect(normalizeLabel('Don\u2019t know')).toBe("don't know");
    expect(normalizeLabel('\uFEFFYes\u200B')).toBe('yes');
  });
});

describe('matchAnswer', () => {
  const accepted: [string, string][] = [
    ['Yes', 'yes'],
    ['Y', 'yes'],
    ['ya', 'yes'],
    ['Partially', 'partially'],
    ['Partial', 'partially'],
    ['SEBAGIAN', 'partially'],
    ['No', 'no'],
    ['n', 'no'],
    ['Tidak', 'no'],
    ["Don't know", 'dont_know'],
    ['Don\u2019t know', 'dont_know'],
    ['Dont know', 'dont_know'],
    ['Unknown', 'dont_know'],
    ['Tidak tahu', 'dont_know'],
    ['dont_know', 'dont_know'],
    ['Not applicable', 'not_applicable'],
    ['N/A', 'not_applicable'],
    ['na', 'not_applicable'],
    ['Bukan kewenangan', 'not_applicable'],
    ['Tidak berlaku', 'not_applicable'],
    ['not_applicable', 'not_applicable'],
    ['\u00A0 yes \u00A0', 'yes'],
    ['  bukan   KEWENANGAN ', 'not_applicable'],
  ];

  it.each(accepted)('reads %j as %s', (label, value) => {
    expect(matchAnswer(label)).toBe(value);
  });

  it.each(['', '  ', 'maybe', 'yess', 'tidak tau', 'no!', '1', 'not applicable yet'])(
    'rejects %j',
    (label) => {
      expect(matchAnswer(label)).toBeUndefined();
    },
  );

  it('reads every dropdown label of both languages back as its own value', () => {
    for (const lang of LANGS) {
      for (const value of ANSWERS) {
        expect(matchAnswer(ANSWER_LABELS[lang][value])).toBe(value);
      }
    }
  });
});

describe('matchJustificationType', () => {
  const accepted: [string, string][] = [
    ['Regulation', 'regulation'],
    ['regulasi', 'regulation'],
    ['Peraturan', 'regulation'],
    ['Programme', 'programme'],
    ['Program', 'programme'],
    ['Kegiatan', 'programme'],
    ['Best practice', 'practice'],
    ['Practice', 'practice'],
    ['Praktik baik', 'practice'],
    ['Praktik\u00A0terbaik', 'practice'],
    [' BEST  PRACTICE ', 'practice'],
  ];

  it.each(accepted)('reads %j as %s', (label, value) => {
    expect(matchJustificationType(label)).toBe(value);
  });

  it.each(['', 'law', 'yes', 'good practice'])('rejects %j', (label) => {
    expect(matchJustificationType(label)).toBeUndefined();
  });

  it('reads every dropdown label of both languages back as its own value', () => {
    for (const lang of LANGS) {
      for (const value of JUSTIFICATION_TYPES) {
        expect(matchJustificationType(JUSTIFICATION_LABELS[lang][value])).toBe(value);
      }
    }
  });

  it('shows the agreed dropdown labels', () => {
    expect(Object.values(ANSWER_LABELS.en)).toEqual([
      'Yes',
      'Partially',
      'No',
      "Don't know",
      'Not applicable',
    ]);
    expect(Object.values(ANSWER_LABELS.id)).toEqual([
      'Ya',
      'Sebagian',
      'Tidak',
      'Tidak tahu',
      'Bukan kewenangan',
    ]);
    expect(Object.values(JUSTIFICATION_LABELS.en)).toEqual(['Regulation', 'Programme', 'Best practice']);
    expect(Object.values(JUSTIFICATION_LABELS.id)).toEqual(['Regulasi', 'Program', 'Praktik baik']);
  });
});
