/**
 * The sha256 of every committed upload, read from the table for the sweep of orphan originals.
 * The sha marks have attribute names of their own (one per sha), so nothing can be projected: a
 * full Scan, page by page, with strongly consistent reads so a commit acknowledged before the
 * scan started is seen.
 */
import { type DynamoDBClient, paginateScan } from '@aws-sdk/client-dynamodb';
import type { Item } from './attribute-values.js';
import { shaMarksFromItem } from './keys.js';

/**
 * The sha256 of every committed upload: the marks the one conditional commit write puts on the
 * agency item, and submissions of the earlier protocol that say `committed` themselves.
 */
export async function committedOriginalShas(client: DynamoDBClient, tableName: string): Promise<Set<string>> {
  const shas = new Set<string>();
  for await (const page of paginateScan({ client }, { TableName: tableName, ConsistentRead: true })) {
    for (const item of (page.Items ?? []) as Item[]) {
      for (const sha of shaMarksFromItem(item).keys()) shas.add(sha);
      if (item.status?.S === 'committed' && item.sha256?.S) shas.add(item.sha256.S);
    }
  }
  return shas;
}
