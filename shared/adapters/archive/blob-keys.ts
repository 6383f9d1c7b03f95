/** Archive keys of the blobs we keep; one place so adapters and readers agree. */

/** The original upload, content-addressed by its SHA-256 (the same bytes are stored once). */
export function originalFileKey(sha256: string): string {
  return `originals/${sha256.slice(0, 2)}/${sha256}.xlsx`;
}

/** A consolidated workbook written by an aggregation snapshot. */
export function snapshotWorkbookKey(assessmentId: string, snapshotId: string, lang: string): string {
  return `snapshots/${assessmentId}/${snapshotId}/consolidated-${lang}.xlsx`;
}

/** A draft report (Word) written by an aggregation snapshot. */
export function snapshotReportKey(assessmentId: string, snapshotId: string, lang: string): string {
  return `snapshots/${assessmentId}/${snapshotId}/report-${lang}.docx`;
}

/** A snapshot's summary JSON when it is too large for a table item. */
export function snapshotSummaryKey(assessmentId: string, snapshotId: string): string {
  return `snapshots/${assessmentId}/${snapshotId}/summary.json`;
}

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Rejects keys that could escape a folder or confuse S3 (`..`, absolute paths, odd characters). */
export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`unsafe archive key: ${key}`);
  }
}
