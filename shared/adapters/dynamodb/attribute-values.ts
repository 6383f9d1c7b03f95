import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** A raw DynamoDB item. */
export type Item = Record<string, AttributeValue>;

/** String attribute. */
export const S = (value: string): AttributeValue => ({ S: value });
/** Number attribute. */
export const N = (value: number): AttributeValue => ({ N: String(value) });
/** JSON stored as a string attribute (compact, order-preserving, no nested-map size games). */
export const J = (value: unknown): AttributeValue => ({ S: JSON.stringify(value) });

/** Reads a required string attribute; throws when the stored item is malformed. */
export function readS(item: Item, name: string): string {
  const value = item[name]?.S;
  if (value === undefined) throw new Error(`item attribute ${name} is missing or not a string`);
  return value;
}

/** Reads an optional string attribute. */
export function readOptS(item: Item, name: string): string | undefined {
  return item[name]?.S;
}

/** Reads a required number attribute. */
export function readN(item: Item, name: string): number {
  const value = item[name]?.N;
  if (value === undefined) throw new Error(`item attribute ${name} is missing or not a number`);
  return Number(value);
}

/** Reads a required JSON string attribute. */
export function readJ<T>(item: Item, name: string): T {
  return JSON.parse(readS(item, name)) as T;
}
