// A .docx is a ZIP archive, and mammoth unpacks it whole in memory. Before it does, this reads the central
// directory itself and really inflates every part mammoth will read (XML and relationships), with a cap on
// the output: a zip bomb or a header that lies about sizes is refused here, at a bounded cost. Pictures are
// never unpacked (the import drops them without reading them).
// mammoth follows the package's relationships, which may name any part (a main document called
// `word/doc.bin`): so mammoth is never given the file itself, only a new archive holding the parts
// unpacked here, stored uncompressed. A part the check did not unpack does not exist for mammoth.
import { inflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { ImportRefusal, MEGABYTE } from './refusal';

export const ZIP_LIMITS = {
  /** All the XML parts together, unpacked. A 20,000-字 summary's document.xml is about 1 MB. */
  maxUnpackedBytes: 32 * MEGABYTE,
  maxEntries: 2_000,
} as const;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  unpackedSize: number;
  localOffset: number;
}

const corrupt = (why: string) => new ImportRefusal('documents.import.corruptZip', `Corrupt ZIP: ${why}`);
const bomb = () =>
  new ImportRefusal('documents.import.zipBomb', `Unpacked parts exceed ${ZIP_LIMITS.maxUnpackedBytes} bytes`, {
    maxMb: ZIP_LIMITS.maxUnpackedBytes / MEGABYTE,
  });

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let offset = zip.length - 22; offset >= earliest; offset -= 1) {
    if (zip.readUInt32LE(offset) === EOCD_SIGNATURE) return offset;
  }
  throw corrupt('no end of central directory');
}

/** The entries of the central directory, checked to lie inside the file. */
export function readCentralDirectory(zip: Buffer): ZipEntry[] {
  if (zip.length < 22) throw corrupt('too short');
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const start = zip.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) throw corrupt('ZIP64 is not expected in a document this small');
  if (count > ZIP_LIMITS.maxEntries) throw bomb();
  if (start + size > end) throw corrupt('central directory outside the file');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let offset = start;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > end || zip.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw corrupt(`bad central entry ${index}`);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const entry: ZipEntry = {
      flags: zip.readUInt16LE(offset + 8),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      unpackedSize: zip.readUInt32LE(offset + 24),
      localOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
    };
    if (names.has(entry.name)) throw corrupt(`duplicate entry ${entry.name}`);
    names.add(entry.name);
    if (entry.localOffset + 30 + entry.compressedSize > zip.length) throw corrupt(`entry ${entry.name} outside the file`);
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (zip.readUInt32LE(at) !== LOCAL_SIGNATURE) throw corrupt(`bad local header for ${entry.name}`);
  const dataStart = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (dataStart + entry.compressedSize > zip.length) throw corrupt(`data of ${entry.name} outside the file`);
  return zip.subarray(dataStart, dataStart + entry.compressedSize);
}

/** Parts mammoth reads: the XML of the document, its styles, numbering, notes, and the relationships. */
const isReadByMammoth = (name: string) => /\.(xml|rels)$/i.test(name);

/**
 * Throws an ImportRefusal unless the archive is a readable Word document whose parts, unpacked, stay
 * within the limits. Returns the number of pictures (media entries), which the import leaves out.
 */
export function checkDocxArchive(zip: Buffer): { mediaEntries: number; checkedParts: Map<string, Uint8Array> } {
  const entries = readCentralDirectory(zip);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new ImportRefusal('documents.import.notWordDocument', 'No word/document.xml in the archive');
  }
  let budget = ZIP_LIMITS.maxUnpackedBytes;
  const checkedParts = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (!isReadByMammoth(entry.name)) continue;
    if (entry.flags & 0x1) throw new ImportRefusal('documents.import.legacyDoc', `Encrypted entry ${entry.name}`);
    // The declared size is a cheap first check; the inflation below checks the truth.
    if (entry.unpackedSize > budget) throw bomb();
    const data = entryData(zip, entry);
    let unpacked: Buffer;
    if (entry.method === 0) unpacked = data;
    else if (entry.method === 8) {
      try {
        unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
        throw corrupt(`cannot inflate ${entry.name}`);
      }
    } else throw corrupt(`compression method ${entry.method} in ${entry.name}`);
    budget -= unpacked.length;
    if (budget < 0) throw bomb();
    checkedParts.set(entry.name, unpacked);
  }
  return { mediaEntries: entries.filter((entry) => /^word\/media\//.test(entry.name)).length, checkedParts };
}

/**
 * The archive mammoth reads: the checked parts only, stored (level 0), so reading it costs no more than the
 * budget above. Relationships naming a part outside it (a picture, a bomb) find nothing there.
 */
export function checkedDocx(zip: Buffer): { mediaEntries: number; archive: Buffer } {
  const { mediaEntries, checkedParts } = checkDocxArchive(zip);
  const archive = zipSync(Object.fromEntries(checkedParts), { level: 0 });
  return { mediaEntries, archive: Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength) };
}
