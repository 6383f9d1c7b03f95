import { signInAddress } from '../reminders/sign-in-address.js';
import type { Issue, Lang } from '../types.js';
import { safeText } from '../workbook/safe-text.js';
import { textListWorkbook } from '../workbook/text-sheet.js';
import { AGENCY_LEVEL_LABELS, type AgencyLevel } from './agency-level.js';

/** One agency of an import, as the coordinator distributes it. */
export interface TokenSheetEntry {
  code: string;
  name: string;
  level: AgencyLevel;
  /** The new agency's token; null for an agency that already existed (its token is unchanged). */
  token: string | null;
}

const TEXT = {
  en: {
    sheet: 'Tokens',
    title: (a: string) => `Agency tokens — assessment ${a}`,
    note: 'Give each agency only its own token. The clerk opens the sign-in address in a browser and pastes the token. A token is shown once: keep this file safe, and issue a new one for a lost token.',
    headers: ['code', 'name', 'level', 'token', 'sign-in address'],
    unchanged: '(already registered — token unchanged; rotate it to issue a new one)',
    problems: 'Problems',
    problemHeaders: ['sheet', 'cell', 'field', 'code', 'message'],
  },
  id: {
    sheet: 'Token',
    title: (a: string) => `Token instansi — asesmen ${a}`,
    note: 'Berikan kepada setiap instansi hanya tokennya sendiri. Petugas membuka alamat masuk di peramban lalu menempelkan token. Token hanya ditampilkan sekali: simpan berkas ini dengan aman, dan terbitkan token baru untuk token yang hilang.',
    headers: ['kode', 'nama', 'tingkat', 'token', 'alamat masuk'],
    unchanged: '(sudah terdaftar — token tidak berubah; ganti token untuk menerbitkan yang baru)',
    problems: 'Masalah',
    problemHeaders: ['lembar', 'sel', 'kolom', 'kode', 'pesan'],
  },
} as const;

/** Where an agency downloads its template: absolute when the service URL is known, else the API path. */
export function templateDownloadUrl(
  baseUrl: string | null,
  assessmentId: string,
  code: string,
  lang: Lang,
): string {
  const path = `/api/assessments/${encodeURIComponent(assessmentId)}/template.xlsx?agency=${encodeURIComponent(code)}&lang=${lang}`;
  return baseUrl ? `${baseUrl.replace(/\/+$/, '')}${path}` : path;
}

/**
 * Writes the tokens workbook a coordinator distributes after a roster import: one row per agency
 * with code, name, level, token and the web sign-in address a clerk opens in a browser. Every cell is written as text
 * (a name typed as `=HYPERLINK(...)` stays text), in the requested language. Roster rows that were
 * not registered are listed on a second sheet with their cell and message.
 */
export async function writeTokensWorkbook(input: {
  assessmentId: string;
  entries: TokenSheetEntry[];
  lang: Lang;
  /** The web pages' public base URL: the link column is its sign-in address, not an API URL. */
  publicUrl: string;
  issues?: Issue[];
  now?: Date;
}): Promise<Uint8Array> {
  const t = TEXT[input.lang];
  const { workbook, sheet } = await textListWorkbook({
    sheetName: t.sheet,
    widths: [18, 48, 16, 50, 90],
    title: t.title(input.assessmentId),
    note: t.note,
    headerRow: 4,
    headers: t.headers,
    now: input.now,
  });
  let r = 5;
  for (const entry of input.entries) {
    const row = sheet.getRow(r++);
    const values = [
      entry.code,
      entry.name,
      AGENCY_LEVEL_LABELS[input.lang][entry.level],
      entry.token ?? t.unchanged,
      signInAddress(input.publicUrl, input.lang),
    ];
    // Plain string values are stored as shared strings: no cell can become a formula.
    values.forEach((value, i) => {
      row.getCell(i + 1).value = safeText(String(value));
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  if (input.issues?.length) {
    const problems = workbook.addWorksheet(t.problems);
    problems.columns = [{ width: 18 }, { width: 8 }, { width: 10 }, { width: 24 }, { width: 100 }];
    problems.addRow([...t.problemHeaders]).font = { bold: true };
    for (const issue of input.issues) {
      problems.addRow(
        [issue.sheet ?? '', issue.cell ?? '', issue.field ?? '', issue.code, issue.message].map((v) =>
          safeText(String(v)),
        ),
      );
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
