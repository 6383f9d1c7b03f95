/**
 * Aggregation snapshots: the summary JSON in the table (or in the archive when it outgrows an
 * item), the consolidated workbooks in the blob archive.
 */
import { randomBytes } from 'node:crypto';
import { type DynamoDBClient, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { Lang } from '../../core/types.js';
import { XLSX_CONTENT_TYPE } from '../../core/xlsx.js';
import type { BlobArchive, Snapshot, SnapshotMeta, SnapshotStore } from '../../ports.js';
import { snapshotReportKey, snapshotSummaryKey, snapshotWorkbookKey } from '../archive/blob-keys.js';
import { type Item, readOptS, readS } from './attribute-values.js';
import { keys, PREFIX, snapshotMetaFromItem, snapshotToItem } from './keys.js';
import { putItemParams, queryPrefixParams } from './params.js';

/** The Word report's content type. */
const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A snapshot's meta with the report keys of snapshots that kept reports. */
function metaOf(item: Item): SnapshotMeta {
  const reportKeys = readOptS(item, 'reportKeys');
  return { ...snapshotMetaFromItem(item), ...(reportKeys ? { reportKeys: JSON.parse(reportKeys) } : {}) };
}

/** Larger summaries go to the archive, leaving room in the 400 KB item. */
const INLINE_SUMMARY_BYTES = 300_000;

export class DynamoSnapshotStore implements SnapshotStore {
  constructor(
    readonly client: DynamoDBClient,
    readonly table: string,
    readonly archive: BlobArchive,
  ) {}

  async putSnapshot(input: {
    assessmentId: string;
    generatedAt: string;
    summary: unknown;
    workbooks: Partial<Record<Lang, Uint8Array>>;
    reports?: Partial<Record<Lang, Uint8Array>>;
  }): Promise<SnapshotMeta> {
    const id = randomBytes(6).toString('hex');
    const workbookKeys: SnapshotMeta['workbookKeys'] = {};
    for (const [lang, bytes] of Object.entries(input.workbooks) as [Lang, Uint8Array][]) {
      const key = snapshotWorkbookKey(input.assessmentId, id, lang);
      await this.archive.put(key, bytes, XLSX_CONTENT_TYPE);
      workbookKeys[lang] = key;
    }
    const reportKeys: NonNullable<SnapshotMeta['reportKeys']> = {};
    for (const [lang, bytes] of Object.entries(input.reports ?? {}) as [Lang, Uint8Array][]) {
      const key = snapshotReportKey(input.assessmentId, id, lang);
      await this.archive.put(key, bytes, DOCX_CONTENT_TYPE);
      reportKeys[lang] = key;
    }
    const meta: SnapshotMeta = {
      assessmentId: input.assessmentId,
      id,
      generatedAt: input.generatedAt,
      workbookKeys,
      ...(input.reports ? { reportKeys } : {}),
    };
    const json = JSON.stringify(input.summary);
    let item: Item;
    if (Buffer.byteLength(json, 'utf8') > INLINE_SUMMARY_BYTES) {
      const summaryKey = snapshotSummaryKey(input.assessmentId, id);
      await this.archive.put(summaryKey, new TextEncoder().encode(json), 'application/json');
      item = { ...snapshotToItem(meta, null), summaryKey: { S: summaryKey } };
    } else {
      item = snapshotToItem(meta, input.summary);
    }
    if (meta.reportKeys) item.reportKeys = { S: JSON.stringify(meta.reportKeys) };
    // Written last: a snapshot is listed only once its blobs exist.
    await this.client.send(new PutItemCommand(putItemParams(this.table, item)));
    return meta;
  }

  async getLatestSnapshot(assessmentId: string): Promise<Snapshot | null> {
    const out = await this.client.send(
      new QueryCommand(
        queryPrefixParams(this.table, keys.assessmentPartition(assessmentId), PREFIX.snapshot, {
          descending: true,
          limit: 1,
        }),
      ),
    );
    const item = out.Items?.[0] as Item | undefined;
    if (!item) return null;
    return { ...metaOf(item), summary: await this.readSummary(item) };
  }

  private async readSummary(item: Item): Promise<unknown> {
    const summaryKey = readOptS(item, 'summaryKey');
    if (summaryKey === undefined) return JSON.parse(readS(item, 'summary'));
    const bytes = await this.archive.get(summaryKey);
    if (!bytes) throw new Error(`snapshot summary ${summaryKey} is missing from the archive`);
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  async listSnapshots(assessmentId: string, options: { limit?: number } = {}): Promise<SnapshotMeta[]> {
    const limit = options.limit ?? 100;
    const metas: SnapshotMeta[] = [];
    let startKey: Item | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          ...queryPrefixParams(this.table, keys.assessmentPartition(assessmentId), PREFIX.snapshot, {
            descending: true,
            limit: Math.min(limit - metas.length, 100),
            startKey,
          }),
          ProjectionExpression: 'assessmentId, id, generatedAt, workbookKeys, reportKeys',
        }),
      );
      metas.push(...((out.Items as Item[] | undefined) ?? []).map(metaOf));
      startKey = out.LastEvaluatedKey as Item | undefined;
    } while (startKey && metas.length < limit);
    return metas;
  }

  async getSnapshotWorkbook(meta: SnapshotMeta, lang: Lang): Promise<Uint8Array | null> {
    const key = meta.workbookKeys[lang];
    return key ? this.archive.get(key) : null;
  }
}
