import { describe, expect, it } from 'vitest';
import type { Framework } from './framework.js';
import {
  builtInFrameworkIds,
  frameworkSchema,
  getBuiltInFramework,
  indicatorsOfDomain,
} from './framework.js';

function small(): Framework {
  return {
    id: 'test-fw',
    version: '1',
    name: { en: 'Test', id: 'Uji' },
    domains: [
      { id: '1', name: { en: 'One', id: 'Satu' } },
      { id: '2', name: { en: 'Two', id: 'Dua' } },
    ],
    indicators: [
      { id: '1.01', domainId: '1', text: { en: 'First', id: 'Pertama' } },
      { id: '1.02', domainId: '1', text: { en: 'Second', id: 'Kedua' }, guidance: { en: 'G', id: 'P' } },
      { id: '2.01', domainId: '2', text: { en: 'Third', id: 'Ketiga' } },
    ],
  };
}

/** The path and message of each problem zod reports for `input`. */
function problems(input: unknown): { path: string; message: string; code?: unknown }[] {
  const result = frameworkSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
    code: (issue as { params?: { code?: unknown } }).params?.code,
  }));
}

describe('frameworkSchema', () => {
  it('accepts a well-formed framework and trims texts', () => {
    const input = small();
    input.indicators[0]!.text.en = '  First  ';
    const parsed = frameworkSchema.parse(input);
    expect(parsed.indicators[0]!.text.en).toBe('First');
    expect(parsed.indicators[1]!.guidance).toEqual({ en: 'G', id: 'P' });
  });

  it('rejects duplicate domain and indicator ids, naming the second occurrence', () => {
    const input = small();
    input.domains.push({ id: '2', name: { en: 'Again', id: 'Lagi' } });
    input.indicators.push({ id: '1.02', domainId: '2', text: { en: 'Dup', id: 'Ganda' } });
    const found = problems(input);
    expect(found).toContainEqual(
      expect.objectContaining({ path: 'domains.2.id', code: 'framework.duplicate_domain' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ path: 'indicators.3.id', code: 'framework.duplicate_indicator' }),
    );
  });

  it('rejects an indicator whose domain does not exist and a domain without indicators', () => {
    const input = small();
    input.domains.push({ id: '3', name: { en: 'Three', id: 'Tiga' } });
    input.indicators[2]!.domainId = '9';
    const found = problems(input);
    expect(found).toContainEqual(
      expect.objectContaining({ path: 'indicators.2.domainId', code: 'framework.unknown_domain' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ path: 'domains.1.id', code: 'framework.empty_domain' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ path: 'domains.2.id', code: 'framework.empty_domain' }),
    );
  });

  it.each(['1.1', '1', '01', 'a.01', '1.01a', '1-01', ''])('rejects indicator id %j', (id) => {
    const input = small();
    input.indicators[0]!.id = id;
    expect(problems(input).map((p) => p.path)).toContain('indicators.0.id');
  });

  it.each(['1.01', '12.345', '2.10'])('accepts indicator id %j', (id) => {
    const input = small();
    input.indicators[0]!.id = id;
    expect(problems(input)).toEqual([]);
  });

  it('rejects empty or blank texts in either language, and reports them together with reference errors', () => {
    const input = small();
    input.indicators[0]!.text.id = '   ';
    input.domains[1]!.name.en = '';
    input.indicators[1]!.domainId = '7';
    const paths = problems(input).map((p) => p.path);
    expect(paths).toContain('indicators.0.text.id');
    expect(paths).toContain('domains.1.name.en');
    expect(paths).toContain('indicators.1.domainId');
  });

  it('rejects a framework id that is not lowercase-with-dashes, and missing parts', () => {
    expect(problems({ ...small(), id: 'Local MGI' }).map((p) => p.path)).toContain('id');
    const paths = problems({ id: 'x', version: '1', name: { en: 'a', id: 'b' } }).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['domains', 'indicators']));
  });
});

describe('built-in frameworks', () => {
  it('serves local-mgi and nothing else', () => {
    expect(builtInFrameworkIds()).toEqual(['local-mgi']);
    expect(getBuiltInFramework('local-mgi')?.indicators).toHaveLength(76);
    expect(getBuiltInFramework('national-mgi')).toBeUndefined();
  });

  it('cannot be altered by a caller', () => {
    const fw = getBuiltInFramework('local-mgi')!;
    expect(() => {
      fw.indicators[0]!.text.en = 'changed';
    }).toThrow(TypeError);
  });

  it('lists the indicators of one domain in order', () => {
    expect(indicatorsOfDomain(small(), '1').map((i) => i.id)).toEqual(['1.01', '1.02']);
  });
});
