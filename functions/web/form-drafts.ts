/**
 * The web form's saved draft, one per agency: the raw fields as typed, kept server-side so a clerk
 * can continue on another device. A draft is never a submission (no rules run, nothing counts); a
 * successful submission clears it. It lives in the blob archive beside the web sessions (the local
 * folder or S3), which every door already has; the archive has no delete, so clearing overwrites
 * the record with an empty one.
 */
import type { Framework } from '../../shared/core/framework.js';
import type { BlobArchive } from '../../shared/ports.js';
import type { FormValues } from './form-fields.js';

export interface FormDraft {
  savedAt: string;
  values: FormValues;
}

const FIELDS = ['answer', 'justificationType', 'justification', 'evidence'] as const;

/** Archive key of an agency's draft (codes and ids are already limited to safe characters). */
export function draftKey(assessmentId: string, agencyCode: string): string {
  return `web-drafts/${assessmentId}/${agencyCode}.json`;
}

/** Stores the typed values (only indicators of the framework, only text) as the agency's draft. */
export async function saveDraft(
  archive: BlobArchive,
  assessmentId: string,
  agencyCode: string,
  values: FormValues,
  savedAt: string,
): Promise<void> {
  const record = { savedAt, values: Object.fromEntries(values) };
  const bytes = new TextEncoder().encode(JSON.stringify(record));
  await archive.put(draftKey(assessmentId, agencyCode), bytes, 'application/json');
}

/** The agency's draft, or null when there is none (never saved, cleared, or unreadable). */
export async function readDraft(
  archive: BlobArchive,
  framework: Framework,
  assessmentId: string,
  agencyCode: string,
): Promise<FormDraft | null> {
  const bytes = await archive.get(draftKey(assessmentId, agencyCode));
  if (!bytes || bytes.byteLength === 0) return null;
  let record: { savedAt?: unknown; values?: Record<string, Record<string, unknown>> };
  try {
    record = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  if (typeof record.savedAt !== 'string' || !record.values) return null;
  const values: FormValues = new Map();
  // Only the framework's indicators and text fields come back: a draft is input, never trusted data.
  for (const { id } of framework.indicators) {
    const stored = record.values[id];
    if (!stored) continue;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    values.set(
      id,
      Object.fromEntries(FIELDS.map((f) => [f, text(stored[f])])) as Record<(typeof FIELDS)[number], string>,
    );
  }
  return { savedAt: record.savedAt, values };
}

/** Forgets the agency's draft (after a successful submission, or when the clerk discards it). */
export async function clearDraft(
  archive: BlobArchive,
  assessmentId: string,
  agencyCode: string,
): Promise<void> {
  await archive.put(draftKey(assessmentId, agencyCode), new Uint8Array(), 'application/json');
}
