// Reads a package's ZIP archive from a file without trusting it, and without holding it in memory: the end
// record and the central directory are read by their offsets and parsed here (not by a library that
// believes the declared sizes); every entry is checked before any is unpacked (names, kind, count, declared
// sizes and ratios, a contiguous layout that leaves no room for overlapping or hidden data); then each entry
// is streamed from the file and inflated with its declared size as a hard cap, so a header that lies about
// sizes costs at most what it declared, within the limits. Parts the checks need whole (the manifest, the
// tables) are kept in memory; files/ parts (scans, up to a hundred megabytes each) are only hashed, and
// unpacked again from the file when they are stored (extractEntries, to the files it is told to write).
// Runs in the parser process only. Throws HandoverRefusal.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { type FileHandle, open, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { HANDOVER_MAX_BYTES } from '../../../shared/contract/handoverChannels';
import { IMPORT_MAX_BYTES } from '../../../shared/contract/documentChannels';
import { CEILING_BYTES } from '../../../shared/materials/limits';
import { entryNameProblem } from './entryNames';
import { FILES_FOLDER } from './manifest';
import { DEFLATED, STORED } from './zipFormat';
import { HandoverRefusal, refuse } from './refusal';

const MB = 1_000_000;

export interface ArchiveLimits {
  maxArchiveBytes: number;
  maxEntries: number;
  /** The central directory (names and headers of every entry): read whole, so bounded on its own. */
  maxDirectoryBytes: number;
  /** A part held in memory to be parsed (the manifest, a table), unpacked. */
  maxEntryBytes: number;
  /** All the parts held in memory together, unpacked. */
  maxInMemoryBytes: number;
  /** A files/ part (a scan, the official PDF), unpacked; streamed, never held whole. */
  maxFileEntryBytes: number;
  /** All parts together, unpacked. */
  maxTotalBytes: number;
  maxRatio: number;
  ratioFloorBytes: number;
}

export const ARCHIVE_LIMITS: Readonly<ArchiveLimits> = {
  maxArchiveBytes: HANDOVER_MAX_BYTES,
  maxEntries: 5_000,
  maxDirectoryBytes: 4 * MB,
  /** The largest table of a long-edited summary is a few megabytes. */
  maxEntryBytes: 32 * MB,
  maxInMemoryBytes: 256 * MB,
  /** The largest scan a user may allow (templates/attachments/limits.json), or the official PDF's limit. */
  maxFileEntryBytes: Math.max(CEILING_BYTES, IMPORT_MAX_BYTES),
  /** Scans hardly compress, so a real package unpacks to little more than itself. */
  maxTotalBytes: 1_500 * MB,
  /** Unpacked/packed: the most repetitive real part (500 daily snapshots' block lists) packs about 1:30; a bomb 1:1000. */
  maxRatio: 300,
  /** Below this unpacked size the ratio is not judged (a tiny, highly repetitive part is harmless). */
  ratioFloorBytes: 256 * 1024,
};

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const END_LENGTH = 22;
const CENTRAL_LENGTH = 46;
const LOCAL_LENGTH = 30;
const MAX_COMMENT = 0xffff;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
/** Deflate option bits (1, 2) and the UTF-8 name flag (11): all a package writer sets. */
const FLAGS_ALLOWED = 0x0006 | 0x0800;


const UNIX_TYPE_MASK = 0o170000;
const UNIX_REGULAR_FILE = 0o100000;
const DOS_DIRECTORY = 0x10;
const DOS_VOLUME_LABEL = 0x08;

/** How much of an entry is read from the file at once. */
const READ_BYTES = 1024 * 1024;

interface CentralEntry {
  name: string;
  nameBytes: Buffer;
  flags: number;
  method: number;
  crc: number;
  packedSize: number;
  unpackedSize: number;
  localOffset: number;
  /** Parsed, then checked: held in memory; otherwise streamed and hashed only. */
  inMemory: boolean;
}

interface LocatedEntry extends CentralEntry {
  dataStart: number;
}

export interface ArchiveEntry {
  name: string;
  /** Unpacked size. */
  bytes: number;
  sha256: string;
  /** The unpacked bytes of a part held in memory; null for a files/ part (read it with `readEntry`). */
  data: Buffer | null;
}

export interface CheckedArchive {
  path: string;
  archiveBytes: number;
  unpackedBytes: number;
  /** Every entry, checked and hashed, in the order of the central directory. */
  entries: Map<string, ArchiveEntry>;
  /**
   * Streams an entry again from the file, with every check of the first reading, to `onChunk`; refuses
   * (damaged) when its bytes are no longer those first checked.
   */
  streamEntry(name: string, onChunk: (chunk: Buffer) => void): Promise<void>;
  /** An entry's bytes, whole (for a files/ part that a row holds as a value, such as the official PDF). */
  readEntry(name: string): Promise<Buffer>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

const isInMemoryPart = (name: string) => !name.startsWith(FILES_FOLDER);

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** The end record's offset in the file, from the file's last bytes (`tail` starts at `tailStart`). */
function findEnd(tail: Buffer, tailStart: number, size: number, startsLikeZip: boolean): number {
  for (let offset = tail.length - END_LENGTH; offset >= 0; offset -= 1) {
    // The comment must end exactly at the end of the file: a signature inside a comment is not the record.
    if (tail.readUInt32LE(offset) === END_SIGNATURE && tailStart + offset + END_LENGTH + tail.readUInt16LE(offset + 20) === size) return tailStart + offset;
  }
  // A file that starts like a ZIP but has no end record was cut short.
  return startsLikeZip ? refuse('damaged', 'no end of central directory (truncated?)') : refuse('notZip', 'no ZIP end record');
}

/** The entry's kind from its external attributes: only regular files (or entries that say nothing) pass. */
function isRegularFile(versionMadeBy: number, externalAttributes: number): boolean {
  const unixMode = externalAttributes >>> 16;
  // Unix-made archives (and some others) keep the st_mode in the high half: symlinks, directories, devices.
  if (unixMode !== 0 && (unixMode & UNIX_TYPE_MASK) !== 0 && (unixMode & UNIX_TYPE_MASK) !== UNIX_REGULAR_FILE) return false;
  const dosAttributes = externalAttributes & 0xff;
  if ((versionMadeBy >> 8) !== 3 && (dosAttributes & (DOS_DIRECTORY | DOS_VOLUME_LABEL)) !== 0) return false;
  return true;
}

function decodeName(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return refuse('unsafeName', 'an entry name is not UTF-8', { name: bytes.toString('latin1').slice(0, 80) });
  }
}

async function readCentralDirectory(handle: FileHandle, size: number, limits: ArchiveLimits): Promise<{ entries: CentralEntry[]; centralStart: number }> {
  const head = await readAt(handle, 0, 4);
  const startsLikeZip = head.length === 4 && head.readUInt32LE(0) === LOCAL_SIGNATURE;
  if (size < END_LENGTH) refuse(startsLikeZip ? 'damaged' : 'notZip', 'too short');
  const tailStart = Math.max(0, size - END_LENGTH - MAX_COMMENT);
  const tail = await readAt(handle, tailStart, size - tailStart);
  const end = findEnd(tail, tailStart, size, startsLikeZip);
  const record = tail.subarray(end - tailStart);
  if (end - tailStart >= 20 && tail.readUInt32LE(end - tailStart - 20) === ZIP64_LOCATOR_SIGNATURE) refuse('unsupportedZip', 'ZIP64');
  const disk = record.readUInt16LE(4);
  const centralDisk = record.readUInt16LE(6);
  const onDisk = record.readUInt16LE(8);
  const count = record.readUInt16LE(10);
  const centralSize = record.readUInt32LE(12);
  const centralStart = record.readUInt32LE(16);
  if (disk !== 0 || centralDisk !== 0 || onDisk !== count) refuse('unsupportedZip', 'an archive split over several disks');
  if (count === 0xffff || centralSize === 0xffffffff || centralStart === 0xffffffff) refuse('unsupportedZip', 'ZIP64');
  if (count > limits.maxEntries) refuse('tooManyEntries', `${count} entries`, { count, max: limits.maxEntries });
  // The central directory ends where the end record begins: nothing hidden between them.
  if (centralStart + centralSize !== end) refuse('damaged', 'the central directory is not where the end record says');
  // Names of at most 200 characters and no extra fields: a package's directory is small; this one is not.
  if (centralSize > limits.maxDirectoryBytes) refuse('unsupportedZip', `a central directory of ${centralSize} bytes`);
  const directory = await readAt(handle, centralStart, centralSize);

  const entries: CentralEntry[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (let index = 0; index < count; index += 1) {
    if (offset + CENTRAL_LENGTH > centralSize || directory.readUInt32LE(offset) !== CENTRAL_SIGNATURE) refuse('damaged', `central entry ${index}`);
    const versionMadeBy = directory.readUInt16LE(offset + 4);
    const nameLength = directory.readUInt16LE(offset + 28);
    const extraLength = directory.readUInt16LE(offset + 30);
    const commentLength = directory.readUInt16LE(offset + 32);
    const next = offset + CENTRAL_LENGTH + nameLength + extraLength + commentLength;
    if (next > centralSize) refuse('damaged', `central entry ${index} runs past the directory`);
    const nameBytes = directory.subarray(offset + CENTRAL_LENGTH, offset + CENTRAL_LENGTH + nameLength);
    const name = decodeName(nameBytes);
    const problem = entryNameProblem(name);
    if (problem === 'directory') refuse('notRegularFile', `directory entry ${name}`, { name: name.slice(0, 80) });
    if (problem !== null) refuse('unsafeName', `${problem}: ${JSON.stringify(name.slice(0, 80))}`, { name: name.slice(0, 80) });
    if (!isRegularFile(versionMadeBy, directory.readUInt32LE(offset + 38))) refuse('notRegularFile', `special entry ${name}`, { name: name.slice(0, 80) });
    const folded = name.normalize('NFC').toLowerCase();
    if (seen.has(folded)) refuse('duplicateEntry', `two entries named ${name}`, { name: name.slice(0, 80) });
    seen.add(folded);
    const entry: CentralEntry = {
      name,
      nameBytes,
      flags: directory.readUInt16LE(offset + 8),
      method: directory.readUInt16LE(offset + 10),
      crc: directory.readUInt32LE(offset + 16),
      packedSize: directory.readUInt32LE(offset + 20),
      unpackedSize: directory.readUInt32LE(offset + 24),
      localOffset: directory.readUInt32LE(offset + 42),
      inMemory: isInMemoryPart(name),
    };
    if (directory.readUInt16LE(offset + 34) !== 0) refuse('unsupportedZip', 'an entry on another disk');
    if (entry.flags & FLAG_ENCRYPTED) refuse('unsupportedZip', `encrypted entry ${name}`);
    if (entry.flags & FLAG_DATA_DESCRIPTOR || (entry.flags & ~FLAGS_ALLOWED & 0xffff) !== 0) refuse('unsupportedZip', `flags ${entry.flags} of ${name}`);
    if (entry.method !== STORED && entry.method !== DEFLATED) refuse('unsupportedZip', `compression method ${entry.method} of ${name}`);
    if (entry.method === STORED && entry.packedSize !== entry.unpackedSize) refuse('sizeMismatch', `stored entry ${name} with two sizes`);
    entries.push(entry);
    offset = next;
  }
  if (offset !== centralSize) refuse('damaged', 'the central directory has bytes after its last entry');
  return { entries, centralStart };
}

/** The declared sizes, judged before anything is unpacked. */
function checkDeclaredSizes(entries: readonly CentralEntry[], limits: ArchiveLimits): number {
  let total = 0;
  let inMemory = 0;
  for (const entry of entries) {
    const max = entry.inMemory ? limits.maxEntryBytes : limits.maxFileEntryBytes;
    if (entry.unpackedSize > max) refuse('zipBomb', `${entry.name} declares ${entry.unpackedSize} bytes`, { maxMb: max / MB });
    if (entry.unpackedSize >= limits.ratioFloorBytes && entry.unpackedSize > limits.maxRatio * Math.max(1, entry.packedSize)) {
      refuse('zipBomb', `${entry.name} packs ${entry.unpackedSize} bytes into ${entry.packedSize}`, { maxMb: max / MB });
    }
    total += entry.unpackedSize;
    if (total > limits.maxTotalBytes) refuse('zipBomb', `over ${limits.maxTotalBytes} bytes unpacked`, { maxMb: limits.maxTotalBytes / MB });
    if (entry.inMemory) inMemory += entry.unpackedSize;
    if (inMemory > limits.maxInMemoryBytes) refuse('zipBomb', `over ${limits.maxInMemoryBytes} bytes of parts to parse`, { maxMb: limits.maxInMemoryBytes / MB });
  }
  return total;
}

/**
 * Where each entry's data is, checked against its local header. Entries must follow each other from the
 * first byte to the central directory with no gap and no overlap: one byte cannot belong to two entries
 * (the overlapping-entries bomb), and nothing can hide between them. In file order.
 */
async function locateData(handle: FileHandle, entries: readonly CentralEntry[], centralStart: number): Promise<LocatedEntry[]> {
  const ordered = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const located: LocatedEntry[] = [];
  let expected = 0;
  for (const entry of ordered) {
    const at = entry.localOffset;
    if (at !== expected) refuse('damaged', `${entry.name} does not start where the previous entry ends`);
    const header = at + LOCAL_LENGTH <= centralStart ? await readAt(handle, at, LOCAL_LENGTH + entry.nameBytes.length) : Buffer.alloc(0);
    if (header.length < LOCAL_LENGTH || header.readUInt32LE(0) !== LOCAL_SIGNATURE) refuse('damaged', `local header of ${entry.name}`);
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const sameHeader =
      header.readUInt16LE(6) === entry.flags &&
      header.readUInt16LE(8) === entry.method &&
      header.readUInt32LE(14) === entry.crc &&
      header.readUInt32LE(18) === entry.packedSize &&
      header.readUInt32LE(22) === entry.unpackedSize &&
      nameLength === entry.nameBytes.length &&
      header.subarray(LOCAL_LENGTH, LOCAL_LENGTH + nameLength).equals(entry.nameBytes);
    if (!sameHeader) refuse('damaged', `the local header of ${entry.name} differs from the central directory`);
    const dataStart = at + LOCAL_LENGTH + nameLength + extraLength;
    const stop = dataStart + entry.packedSize;
    if (stop > centralStart) refuse('damaged', `the data of ${entry.name} runs past the central directory`);
    located.push({ ...entry, dataStart });
    expected = stop;
  }
  if (expected !== centralStart) refuse('damaged', 'bytes between the last entry and the central directory');
  return located;
}

/** The packed bytes of an entry, read from the file a slice at a time. */
async function* packedSlices(handle: FileHandle, entry: LocatedEntry): AsyncGenerator<Buffer> {
  const stop = entry.dataStart + entry.packedSize;
  for (let position = entry.dataStart; position < stop; position += READ_BYTES) {
    const slice = await readAt(handle, position, Math.min(READ_BYTES, stop - position));
    if (slice.length === 0) refuse('damaged', `${entry.name} ends early`);
    yield slice;
  }
}

/**
 * Unpacks one entry from the file to `onChunk`, never past its declared size; checks its size and CRC.
 * Returns its SHA-256.
 */
async function unpack(handle: FileHandle, entry: LocatedEntry, onChunk: (chunk: Buffer) => void): Promise<string> {
  const hash = createHash('sha256');
  let unpacked = 0;
  let crc = 0;
  // The first refusal, kept: a stream pipeline may report its own error in its place when it is torn down.
  let refusal: HandoverRefusal | null = null;
  const take = (chunk: Buffer) => {
    unpacked += chunk.length;
    // The declared size is the cap: a lying header stops here, having cost at most what it declared.
    if (unpacked > entry.unpackedSize) {
      refusal = new HandoverRefusal('sizeMismatch', `${entry.name} unpacks to more than it declares`);
      throw refusal;
    }
    crc = crc32(chunk, crc);
    hash.update(chunk);
    onChunk(chunk);
  };
  if (entry.method === STORED) {
    for await (const slice of packedSlices(handle, entry)) take(slice);
  } else {
    try {
      await pipeline(Readable.from(packedSlices(handle, entry)), createInflateRaw({ chunkSize: 64 * 1024 }), async (output: AsyncIterable<Buffer>) => {
        for await (const chunk of output) take(chunk);
      });
    } catch (error) {
      if (refusal) throw refusal;
      if (error instanceof HandoverRefusal) throw error;
      refuse('damaged', `${entry.name} cannot be unpacked`);
    }
  }
  if (unpacked !== entry.unpackedSize) refuse('sizeMismatch', `${entry.name} unpacks to ${unpacked} bytes, not ${entry.unpackedSize}`);
  if (crc >>> 0 !== entry.crc) refuse('damaged', `the checksum of ${entry.name}`);
  return hash.digest('hex');
}

async function withFile<T>(path: string, use: (handle: FileHandle) => Promise<T>): Promise<T> {
  const handle = await open(path, 'r');
  try {
    return await use(handle);
  } finally {
    await handle.close();
  }
}

/** The archive's layout, every header checked, before anything is unpacked. */
async function layoutOf(handle: FileHandle, limits: ArchiveLimits): Promise<{ size: number; entries: CentralEntry[]; located: LocatedEntry[]; unpackedBytes: number }> {
  const { size } = await handle.stat();
  if (size > limits.maxArchiveBytes) refuse('tooLarge', `${size} bytes`, { maxGb: limits.maxArchiveBytes / 1_000_000_000 });
  const { entries, centralStart } = await readCentralDirectory(handle, size, limits);
  const unpackedBytes = checkDeclaredSizes(entries, limits);
  const located = await locateData(handle, entries, centralStart);
  return { size, entries, located, unpackedBytes };
}

/** Every entry of the archive in the file at `path`, checked and hashed; throws HandoverRefusal at the first problem. */
export async function readArchive(path: string, limits: ArchiveLimits = ARCHIVE_LIMITS): Promise<CheckedArchive> {
  return withFile(path, async (handle) => {
    const { size, entries, located, unpackedBytes } = await layoutOf(handle, limits);
    const checked = new Map<string, ArchiveEntry>();
    for (const entry of located) {
      const kept: Buffer[] = [];
      const sha256 = await unpack(handle, entry, (chunk) => {
        if (entry.inMemory) kept.push(chunk);
      });
      checked.set(entry.name, { name: entry.name, bytes: entry.unpackedSize, sha256, data: entry.inMemory ? Buffer.concat(kept) : null });
    }
    const byName = new Map(located.map((entry) => [entry.name, entry]));
    const inDirectoryOrder = new Map(entries.map((entry) => [entry.name, checked.get(entry.name) as ArchiveEntry]));

    const streamEntry = async (name: string, onChunk: (chunk: Buffer) => void) => {
      const entry = byName.get(name);
      const first = inDirectoryOrder.get(name);
      if (!entry || !first) throw new Error(`No entry ${name} in the checked archive`);
      const sha256 = await withFile(path, (again) => unpack(again, entry, onChunk));
      if (sha256 !== first.sha256) refuse('damaged', `${name} changed after it was checked`);
    };
    return {
      path,
      archiveBytes: size,
      unpackedBytes,
      entries: inDirectoryOrder,
      streamEntry,
      async readEntry(name) {
        // Into one buffer of the declared size (unpacking never goes past it): a 100 MB scan costs 100 MB
        // of the parser process's memory, not twice that while chunks are joined.
        const whole = Buffer.allocUnsafe(inDirectoryOrder.get(name)?.bytes ?? 0);
        let filled = 0;
        await streamEntry(name, (chunk) => {
          filled += chunk.copy(whole, filled);
        });
        return whole.subarray(0, filled);
      },
    };
  });
}

/** An entry to take out of an archive already checked whole: what its first reading found. */
export interface WantedEntry {
  name: string;
  sha256: string;
  bytes: number;
}

/**
 * Unpacks the `wanted` entries of the archive at `path` (checked whole before, by readArchive) each to the
 * file `target(entry)` names, with every check of the first reading again (the headers, the sizes, the
 * CRC) and its hash compared with the one first found: an archive changed meanwhile is refused (damaged)
 * and the files written so far are removed. Only the headers are read again, not the other entries.
 */
export async function extractEntries(path: string, wanted: readonly WantedEntry[], target: (entry: WantedEntry) => string, limits: ArchiveLimits = ARCHIVE_LIMITS): Promise<void> {
  const written: string[] = [];
  try {
    await withFile(path, async (handle) => {
      const { located } = await layoutOf(handle, limits);
      const byName = new Map(located.map((entry) => [entry.name, entry]));
      for (const want of wanted) {
        const entry = byName.get(want.name);
        if (!entry || entry.unpackedSize !== want.bytes) return refuse('damaged', `${want.name} changed after it was checked`);
        const file = target(want);
        written.push(file);
        // Written as it is unpacked, synchronously (this runs in the parser process, which does nothing
        // else meanwhile): the entry is never whole in memory.
        const fd = openSync(file, 'wx');
        let sha256: string;
        try {
          sha256 = await unpack(handle, entry, (chunk) => {
            for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
          });
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        if (sha256 !== want.sha256) refuse('damaged', `${want.name} changed after it was checked`);
      }
    });
  } catch (error) {
    for (const file of written) await rm(file, { force: true });
    throw error;
  }
}
