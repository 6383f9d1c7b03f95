/** A path into parsed JSON, as zod issues report it. */
export type ValuePath = readonly PropertyKey[];

/** The value at `path` inside `root`, or undefined where the path leaves objects and arrays. */
export function valueAt(root: unknown, path: ValuePath): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
