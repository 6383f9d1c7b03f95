/** The consultation comments as a workbook: one row per comment, every user text written as text. */
import type { Framework } from '../framework.js';
import type { Lang } from '../types.js';
import { loadExcelJs } from '../workbook/exceljs.js';
import { safeText } from '../workbook/safe-text.js';
import type { ConsultationComment } from './consultation-types.js';

const HEADERS: Record<Lang, string[]> = {
  en: ['Time (UTC)', 'Agency code', 'Agency', 'Domain', 'Indicator', 'Comment'],
  id: ['Waktu (UTC)', 'Kode instansi', 'Instansi', 'Domain', 'Indikator', 'Komentar'],
};

/** Writes the comments of an assessment in `lang` (column headers and domain names). */
export async function writeCommentsWorkbook(
  framework: Framework,
  comments: ConsultationComment[],
  lang: Lang,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(lang === 'id' ? 'Komentar' : 'Comments');
  sheet.columns = [22, 14, 36, 28, 12, 80].map((width) => ({ width }));
  const header = sheet.addRow(HEADERS[lang]);
  header.font = { bold: true };
  const domains = new Map(framework.domains.map((d) => [d.id, `${d.id}. ${d.name[lang]}`]));
  for (const c of comments) {
    const row = sheet.addRow([]);
    const values = [
      c.at,
      c.agencyCode,
      c.agencyName,
      c.domainId ? (domains.get(c.domainId) ?? c.domainId) : '',
      c.indicatorId ?? '',
      c.text,
    ];
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      // A string cell (never a formula object): a leading "=" or "+" typed by people stays text.
      cell.value = safeText(value);
      cell.numFmt = '@';
      cell.alignment = { wrapText: i === 5, vertical: 'top' };
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
