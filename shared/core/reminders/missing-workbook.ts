import { AGENCY_LEVEL_LABELS, type AgencyLevel } from '../roster/agency-level.js';
import type { Lang } from '../types.js';
import { safeText } from '../workbook/safe-text.js';
import { textListWorkbook } from '../workbook/text-sheet.js';

/** One agency that has not submitted, with its contacts. */
export interface MissingAgencyRow {
  code: string;
  name: string;
  level: string;
  contactName: string | null;
  email: string | null;
  phone: string | null;
}

const TEXT = {
  en: {
    sheet: 'Missing',
    title: (a: string, n: number) => `${a}: ${n} agencies have not submitted`,
    headers: ['code', 'name', 'level', 'contact name', 'e-mail', 'phone'],
  },
  id: {
    sheet: 'Belum mengirim',
    title: (a: string, n: number) => `${a}: ${n} instansi belum mengirim`,
    headers: ['kode', 'nama', 'tingkat', 'narahubung', 'e-mail', 'telepon'],
  },
} as const;

/**
 * The "who is missing" workbook: enabled agencies without a current submission and their contacts.
 * Every cell is a string (a name typed as `=HYPERLINK(...)` stays text, a phone keeps its zero).
 */
export async function writeMissingWorkbook(input: {
  assessmentName: string;
  rows: readonly MissingAgencyRow[];
  lang: Lang;
  now?: Date;
}): Promise<Uint8Array> {
  const t = TEXT[input.lang];
  const { workbook, sheet } = await textListWorkbook({
    sheetName: t.sheet,
    widths: [18, 48, 16, 28, 34, 20],
    title: t.title(input.assessmentName, input.rows.length),
    headerRow: 3,
    headers: t.headers,
    now: input.now,
  });
  input.rows.forEach((a, i) => {
    const row = sheet.getRow(4 + i);
    const level = AGENCY_LEVEL_LABELS[input.lang][a.level as AgencyLevel] ?? a.level;
    [a.code, a.name, level, a.contactName ?? '', a.email ?? '', a.phone ?? ''].forEach((value, c) => {
      row.getCell(c + 1).value = safeText(String(value));
    });
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  sheet.autoFilter = { from: 'A3', to: 'F3' };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
