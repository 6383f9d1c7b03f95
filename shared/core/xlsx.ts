/** The media type of an .xlsx workbook: uploads, downloads, archived originals and snapshots. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
