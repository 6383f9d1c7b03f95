import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { Lang } from '../../shared/core/types.js';
import { requestIssues } from './validation-issues.js';

const schema = z.object({
  id: z
    .string()
    .min(1)
    .max(8)
    .regex(/^[a-z]+$/, 'rule.assessment_id'),
  name: z.string().trim().min(1).max(5),
  tags: z.array(z.string()).max(1),
  lang: z.enum(['en', 'id']).optional(),
});

function messages(input: unknown, lang: Lang): [string | null, string][] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return requestIssues(result.error.issues, lang, input).map((i) => [i.field, i.message]);
}

describe('request issues in the user language', () => {
  it('says a field is missing, or of the wrong type, naming it', () => {
    const input = { name: 3, tags: [] };
    expect(messages(input, 'en')).toEqual([
      ['id', '"id" is required.'],
      ['name', '"name" must be text.'],
    ]);
    expect(messages(input, 'id')).toEqual([
      ['id', '"id" wajib diisi.'],
      ['name', '"name" harus berupa teks.'],
    ]);
  });

  it('gives bounds in characters and items, and empty as empty', () => {
    const input = { id: 'abcdefghij', name: ' ', tags: ['a', 'b'], lang: 'fr' };
    expect(messages(input, 'en')).toEqual([
      ['id', '"id" has at most 8 character(s).'],
      ['name', '"name" must not be empty.'],
      ['tags', '"tags" has at most 1 item(s).'],
      ['lang', '"lang" must be one of "en", "id".'],
    ]);
    expect(messages(input, 'id')).toEqual([
      ['id', '"id" paling banyak 8 karakter.'],
      ['name', '"name" tidak boleh kosong.'],
      ['tags', '"tags" paling banyak 1 butir.'],
      ['lang', '"lang" harus salah satu dari "en", "id".'],
    ]);
  });

  it('resolves our rule keys per language and names the body when it is not an object', () => {
    expect(messages({ id: 'A-1', name: 'x', tags: [] }, 'id')).toEqual([
      ['id', '"id" harus memakai huruf kecil, angka dan tanda hubung tunggal, misalnya jatim-2026.'],
    ]);
    expect(messages([], 'en')).toEqual([[null, 'The request body must be an object.']]);
    expect(messages('x', 'id')).toEqual([[null, 'Isi permintaan harus berupa objek.']]);
  });
});
