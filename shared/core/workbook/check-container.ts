import { constants, inflateRawSync } from 'node:zlib';
import {
  containerError,
  readCentralDirectory,
  readDirectoryBounds,
  type ZipEntry,
} from './check-container-zip.js';

/**
 * Limits of the container checks. A filled template is ~16 KB zipped and ~60 KB inflated in ~20
 * entries, so these leave two orders of magnitude of headroom while keeping a hostile upload from
 * costing more than ~50 MB of memory or ~100 ms before it is refused.
 */
export const CONTAINER_LIMITS = {
  maxEntries: 500,
  maxTotalInflated: 50 * 1024 * 1024,
  /** The ratio limit applies only once a part has inflated past this size (small parts compress well). */
  ratioCheckFrom: 100 * 1024,
  maxRatio: 100,
} as const;

/** The inflated parts of a workbook that passed every check, by entry name. */
export interface ContainerContents {
  entries: Map<string, Uint8Array>;
  totalInflated: number;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isCfb = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/**
 * Checks an uploaded file before exceljs sees it and throws the first failure as an AppError
 * (`upload.*`, 413/415/422). exceljs has no zip-bomb guard (it inflates every part whole) and parses
 * whatever XML it is given, so anything it should not see is refused here.
 */
export function checkContainer(bytes: Uint8Array): void {
  inspectContainer(bytes);
}

/** The container checks both readers start with: a zip (not CFB, not empty) whose directory passes. */
function readCheckedDirectory(bytes: Uint8Array): ReturnType<typeof readCentralDirectory> {
  if (bytes.length === 0) throw containerError('upload.empty');
  if (isCfb(bytes)) throw containerError('upload.encrypted_or_legacy', 'CFB header');
  if (bytes.length < 4 || !isZip(bytes)) throw containerError('upload.not_a_workbook', 'not a zip file');
  const bounds = readDirectoryBounds(bytes);
  if (bounds.count > CONTAINER_LIMITS.maxEntries) {
    throw containerError('upload.too_many_entries', `${bounds.count} entries`);
  }
  const list = readCentralDirectory(bytes, bounds);
  checkEntries(list);
  return list;
}

/**
 * Runs every check of `checkContainer` and returns the inflated entries, so a caller can read
 * parts (workbook.xml, the metadata sheet) without inflating the file a second time.
 */
export function inspectContainer(bytes: Uint8Array): ContainerContents {
  const list = readCheckedDirectory(bytes);

  const entries = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of list) {
    const data = inflateEntry(bytes, entry, CONTAINER_LIMITS.maxTotalInflated - total);
    total += data.length;
    if (data.length !== entry.declaredSize) {
      // More than declared is the signature of a bomb built to slip past size-based checks.
      const code = data.length > entry.declaredSize ? 'upload.zip_bomb' : 'upload.corrupt_zip';
      throw containerError(code, `${entry.name}: ${data.length} bytes, declared ${entry.declaredSize}`);
    }
    if (!entry.name.toLowerCase().startsWith('xl/media/') && hasDtdDeclaration(data)) {
      throw containerError('upload.xml_entities', entry.name);
    }
    entries.set(entry.name, data);
  }
  const contentTypes = list.find((e) => e.name.toLowerCase() === '[content_types].xml');
  if (
    contentTypes &&
    /macroEnabled|vbaProject/i.test(new TextDecoder().decode(entries.get(contentTypes.name)))
  ) {
    throw containerError('upload.macros', 'macro content type');
  }
  return { entries, totalInflated: total };
}

/** Compressed size from which a part is probed before it is inflated whole. */
const PROBE_FROM = 256 * 1024;
/** A probe stops once its inflated prefix reaches this size. */
const PROBE_UP_TO = 8 * 1024 * 1024;

/**
 * Runs the checks that need no inflating (type, directory, names, flags), then hands `probe` the
 * inflated beginnings of every large deflated part, growing (128 KB, 256 KB, 512 KB… compressed)
 * until the prefix reaches 8 MB or the part ends, so a bound counted on the XML (the element
 * budget) can refuse a part after a few MB instead of after inflating all of it. A prefix that
 * does not inflate is left to `inspectContainer`, which reports it.
 */
export function probeLargeParts(bytes: Uint8Array, probe: (name: string, prefix: Uint8Array) => void): void {
  const list = readCheckedDirectory(bytes);
  for (const entry of list) {
    if (entry.method !== 8 || entry.compressedSize < PROBE_FROM) continue;
    const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    for (let n = 128 * 1024; ; n *= 2) {
      let prefix: Buffer;
      try {
        prefix = inflateRawSync(raw.subarray(0, n), {
          finishFlush: constants.Z_SYNC_FLUSH,
          maxOutputLength: 2 * PROBE_UP_TO,
          // One output buffer, sliced: no second copy of the beginning (the default joins 16 KB pieces).
          chunkSize: 2 * PROBE_UP_TO,
        });
      } catch {
        break;
      }
      probe(entry.name, new Uint8Array(prefix.buffer, prefix.byteOffset, prefix.byteLength));
      if (n >= raw.length || prefix.length >= PROBE_UP_TO) break;
    }
  }
}

/** Name, flag and shape checks on the directory alone, before any byte is inflated. */
function checkEntries(list: ZipEntry[]): void {
  const seen = new Set<string>();
  let declaredTotal = 0;
  for (const entry of list) {
    if (entry.flags & 0x41)
      throw containerError('upload.encrypted_or_legacy', `encrypted entry ${entry.name}`);
    if (!isSafeName(entry)) throw containerError('upload.unsafe_entry_name', JSON.stringify(entry.name));
    const key = entry.name.toLowerCase();
    // OPC part names are case-insensitive: two spellings of one part make the reader's choice ambiguous.
    if (seen.has(key))
      throw containerError('upload.unsafe_entry_name', `duplicate ${JSON.stringify(entry.name)}`);
    seen.add(key);
    if (/(^|\/)vbaproject(signature)?\.bin$|^xl\/(macrosheets|dialogsheets)\//.test(key)) {
      throw containerError('upload.macros', entry.name);
    }
    if (entry.method !== 0 && entry.method !== 8) {
      throw containerError('upload.corrupt_zip', `compression method ${entry.method}`);
    }
    declaredTotal += entry.declaredSize;
  }
  // Honest declarations of too much data are refused without inflating; dishonest ones are caught
  // while inflating, where only actual bytes count.
  if (declaredTotal > CONTAINER_LIMITS.maxTotalInflated) {
    throw containerError('upload.zip_bomb', `declared ${declaredTotal} bytes`);
  }
  if (!seen.has('[content_types].xml') || !seen.has('xl/workbook.xml')) {
    throw containerError('upload.not_a_workbook', 'missing [Content_Types].xml or xl/workbook.xml');
  }
}

function isSafeName(entry: ZipEntry): boolean {
  const { name, nameBytes } = entry;
  if (name.length === 0 || nameBytes.includes(0) || nameBytes.includes(0x5c)) return false;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  return !name.split('/').some((segment) => segment === '..');
}

/**
 * Inflates one entry with a hard cap on its real output: the remaining total budget, and for parts
 * past 100 KB, 100 × their compressed size. zlib stops as soon as its output passes the cap, so a
 * bomb costs at most the cap in time and memory, whatever its headers declare.
 */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: number): Uint8Array {
  const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (raw.length > budget) throw containerError('upload.zip_bomb', `${entry.name}: total over limit`);
    return raw;
  }
  const ratioCap = Math.max(CONTAINER_LIMITS.ratioCheckFrom, CONTAINER_LIMITS.maxRatio * raw.length);
  const cap = Math.min(budget, ratioCap);
  try {
    const out = inflateRawSync(raw, { maxOutputLength: Math.max(cap, 1) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      const why = cap === budget ? 'total over limit' : `ratio over ${CONTAINER_LIMITS.maxRatio}:1`;
      throw containerError('upload.zip_bomb', `${entry.name}: ${why}`, error);
    }
    throw containerError('upload.corrupt_zip', `${entry.name}: bad deflate data`, error);
  }
}

const LT = 0x3c;
const BANG = 0x21;
const DOCTYPE = [0x44, 0x4f, 0x43, 0x54, 0x59, 0x50, 0x45];
const ENTITY = [0x45, 0x4e, 0x54, 0x49, 0x54, 0x59];

/**
 * True when the part declares a DTD (`<!DOCTYPE`, `<!ENTITY`): the door to XXE and entity
 * expansion ("billion laughs"). Scans for the rare `!` byte natively; UTF-16 parts are decoded.
 */
export function hasDtdDeclaration(data: Uint8Array): boolean {
  if (data.length >= 2 && (data[0] === 0 || data[1] === 0 || (data[0]! & 0xfe) === 0xfe)) {
    const be = data[0] === 0xfe || data[0] === 0;
    const text = new TextDecoder(be ? 'utf-16be' : 'utf-16le').decode(data);
    return /<!\s*(DOCTYPE|ENTITY)/i.test(text);
  }
  for (let i = data.indexOf(BANG); i !== -1; i = data.indexOf(BANG, i + 1)) {
    if (
      i > 0 &&
      data[i - 1] === LT &&
      (matchesUpper(data, i + 1, DOCTYPE) || matchesUpper(data, i + 1, ENTITY))
    ) {
      return true;
    }
  }
  return false;
}

function matchesUpper(data: Uint8Array, at: number, word: number[]): boolean {
  for (let k = 0; k < word.length; k++) {
    if (((data[at + k] ?? 0) & 0xdf) !== word[k]) return false;
  }
  return true;
}
