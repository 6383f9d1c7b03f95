import { describe, expect, it } from 'vitest';
import { frameworkSchema, indicatorsOfDomain } from '../framework.js';
import { LOCAL_MGI_FRAMEWORK } from './local-mgi.js';

describe('LOCAL_MGI_FRAMEWORK', () => {
  it('passes the framework schema unchanged', () => {
    expect(frameworkSchema.parse(LOCAL_MGI_FRAMEWORK)).toEqual(LOCAL_MGI_FRAMEWORK);
    expect(LOCAL_MGI_FRAMEWORK.id).toBe('local-mgi');
    expect(LOCAL_MGI_FRAMEWORK.version).toBe('2026.1');
  });

  it('has the six domains of PRODUCT.md with their names in both languages', () => {
    expect(LOCAL_MGI_FRAMEWORK.domains.map((d) => [d.id, d.name.en, d.name.id])).toEqual([
      ['1', "Migrants' rights", 'Hak-hak migran'],
      ['2', 'Whole-of-government approach', 'Pendekatan seluruh pemerintahan'],
      ['3', 'Partnerships', 'Kemitraan'],
      ['4', 'Well-being of migrants', 'Kesejahteraan migran'],
      ['5', 'Mobility dimensions of crises', 'Dimensi mobilitas dalam krisis'],
      ['6', 'Safe, orderly and regular migration', 'Migrasi yang aman, tertib dan teratur'],
    ]);
  });

  it('has 76 indicators split 14/16/10/13/10/13 with ids D.NN numbered from 01 in each domain', () => {
    expect(LOCAL_MGI_FRAMEWORK.indicators).toHaveLength(76);
    const sizes = LOCAL_MGI_FRAMEWORK.domains.map(
      (d) => indicatorsOfDomain(LOCAL_MGI_FRAMEWORK, d.id).length,
    );
    expect(sizes).toEqual([14, 16, 10, 13, 10, 13]);
    for (const domain of LOCAL_MGI_FRAMEWORK.domains) {
      indicatorsOfDomain(LOCAL_MGI_FRAMEWORK, domain.id).forEach((indicator, index) => {
        expect(indicator.id).toBe(`${domain.id}.${String(index + 1).padStart(2, '0')}`);
      });
    }
    expect(LOCAL_MGI_FRAMEWORK.indicators[0]!.id).toBe('1.01');
    expect(LOCAL_MGI_FRAMEWORK.indicators.at(-1)!.id).toBe('6.13');
  });

  it('has unique ids and distinct, non-empty texts in both languages', () => {
    const ids = LOCAL_MGI_FRAMEWORK.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(76);
    for (const lang of ['en', 'id'] as const) {
      const texts = LOCAL_MGI_FRAMEWORK.indicators.map((i) => i.text[lang].trim());
      expect(texts.every((t) => t.length >= 20)).toBe(true);
      expect(new Set(texts).size).toBe(76);
    }
    // The Indonesian text is a translation, not a copy of the English one.
    expect(LOCAL_MGI_FRAMEWORK.indicators.every((i) => i.text.en !== i.text.id)).toBe(true);
  });

  it('gives guidance in both languages where it gives any', () => {
    const guided = LOCAL_MGI_FRAMEWORK.indicators.filter((i) => i.guidance);
    expect(guided.length).toBeGreaterThan(0);
    for (const indicator of guided) {
      expect(indicator.guidance!.en.length).toBeGreaterThan(0);
      expect(indicator.guidance!.id.length).toBeGreaterThan(0);
    }
  });
});
