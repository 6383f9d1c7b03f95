/**
 * Rejected uploads are kept so the agency can download its own file with the problems marked:
 * in the blob archive under `rejected/<assessment>/<agency>/<sha256>.xlsx` (content-addressed, so
 * the same bad file is stored once; scoped by agency, so one agency cannot fetch another's).
 * They are not submissions and are never read by the summary.
 */

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Archive key of a rejected upload. */
export function rejectedFileKey(assessmentId: string, agencyCode: string, sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new Error('rejected file key needs a sha256');
  return `rejected/${assessmentId}/${agencyCode}/${sha256}.xlsx`;
}
