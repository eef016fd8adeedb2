// Writes ZIP archives byte by byte, so that a test can make any header say anything: a size that lies, a
// symbolic link's attributes, a name with `..`, two entries of the same name, a bomb. Honest by default.
import { crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  data: Buffer;
  /** 8 (deflate, the default) or 0 (stored); another number is written as given. */
  method?: number;
  /** What the headers claim, instead of the truth. */
  unpackedSize?: number;
  packedSize?: number;
  crc?: number;
  flags?: number;
  /** Upper byte: the system that made the entry (3 = Unix); lower: the ZIP version. */
  versionMadeBy?: number;
  externalAttributes?: number;
  /** Compressed bytes to store instead of deflating `data`. */
  packed?: Buffer;
}

export const UNIX = 3 << 8;
export const SYMLINK_ATTRIBUTES = (0o120777 << 16) >>> 0;
export const DIRECTORY_ATTRIBUTES = ((0o040755 << 16) | 0x10) >>> 0;
export const REGULAR_FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;

export function rawZip(entries: readonly RawEntry[], options: { comment?: string; gapAfterFirst?: number } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, index) => {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.method ?? 8;
    const packed = entry.packed ?? (method === 8 ? deflateRawSync(entry.data) : entry.data);
    const crc = entry.crc ?? crc32(entry.data) >>> 0;
    const unpackedSize = entry.unpackedSize ?? entry.data.length;
    const packedSize = entry.packedSize ?? packed.length;
    const flags = entry.flags ?? 0x0800;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packedSize, 18);
    local.writeUInt32LE(unpackedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const gap = index === 0 && options.gapAfterFirst ? Buffer.alloc(options.gapAfterFirst, 0x41) : Buffer.alloc(0);
    locals.push(local, name, packed, gap);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.versionMadeBy ?? 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packedSize, 20);
    central.writeUInt32LE(unpackedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(entry.externalAttributes ?? 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length + gap.length;
  });
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, directory, end, comment]);
}
