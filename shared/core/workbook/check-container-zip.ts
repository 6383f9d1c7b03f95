import type { AppError } from '../app-error.js';
import { type ErrorCode, fail } from '../errors/index.js';

/** The AppError of a container check; `detail` goes to the cause (logs), not to the user. */
export function containerError(code: ErrorCode, detail?: string, cause?: unknown): AppError {
  return fail(
    code,
    {},
    {
      cause: detail === undefined ? cause : new Error(detail, cause === undefined ? undefined : { cause }),
    },
  );
}

/** One entry of a zip central directory, with where its compressed bytes lie in the file. */
export interface ZipEntry {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  compressedSize: number;
  /** As declared by the writer: never trusted for limits, only compared with the real size. */
  declaredSize: number;
  dataStart: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number =>
  (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;
/** 64-bit little-endian as a number; values beyond 2^53 are nonsense for a ≤ 4 MB upload anyway. */
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 0x100000000;

const corrupt = (detail: string) => containerError('upload.corrupt_zip', detail);

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes[i] === 0x50 && u32(bytes, i) === SIG_EOCD) return i;
  }
  throw corrupt('no end of central directory record');
}

/**
 * Reads the entry count and central-directory bounds, following the ZIP64 record when the classic
 * one says so. Exposed so the entry limit can be applied before a single entry is walked.
 */
export function readDirectoryBounds(bytes: Uint8Array): { count: number; offset: number; size: number } {
  const eocd = findEndOfCentralDirectory(bytes);
  let count = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 6) !== 0) throw corrupt('multi-disk archive');
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== SIG_ZIP64_LOCATOR) throw corrupt('missing zip64 locator');
    const z = u64(bytes, loc + 8);
    if (z + 56 > bytes.length || u32(bytes, z) !== SIG_ZIP64_EOCD) throw corrupt('bad zip64 record');
    count = u64(bytes, z + 32);
    size = u64(bytes, z + 40);
    offset = u64(bytes, z + 48);
  }
  if (offset + size > bytes.length) throw corrupt('central directory outside the file');
  return { count, offset, size };
}

const utf8 = new TextDecoder('utf-8', { fatal: false });
const latin1 = new TextDecoder('latin1');

/** Walks `count` central-directory headers and checks each local header; throws `upload.corrupt_zip`. */
export function readCentralDirectory(
  bytes: Uint8Array,
  bounds: { count: number; offset: number; size: number },
): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const end = bounds.offset + bounds.size;
  let p = bounds.offset;
  for (let i = 0; i < bounds.count; i++) {
    if (p + 46 > end || u32(bytes, p) !== SIG_CENTRAL) throw corrupt(`bad central header ${i}`);
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let declaredSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const extraEnd = p + 46 + nameLen + extraLen;
    if (extraEnd + commentLen > end) throw corrupt(`central header ${i} overruns the directory`);
    if (declaredSize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extended information: only the saturated fields are present, in this order.
      for (let x = p + 46 + nameLen; x + 4 <= extraEnd; ) {
        const id = u16(bytes, x);
        const len = u16(bytes, x + 2);
        if (id === 0x0001) {
          let q = x + 4;
          if (declaredSize === 0xffffffff) {
            declaredSize = u64(bytes, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(bytes, q);
            q += 8;
          }
          if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
          break;
        }
        x += 4 + len;
      }
    }
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== SIG_LOCAL) {
      throw corrupt(`bad local header ${i}`);
    }
    const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw corrupt(`entry ${i} data outside the file`);
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    entries.push({ name, nameBytes, flags, method, compressedSize, declaredSize, dataStart });
    p = extraEnd + commentLen;
  }
  return entries;
}
