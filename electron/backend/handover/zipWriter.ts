// Writes a package's ZIP archive to a file, entry by entry, never holding a scan whole: exactly the subset
// of ZIP that zipArchive.ts accepts (no ZIP64, no data descriptors, no extra fields, UTF-8 names, regular
// files, a fixed time in the headers). The CRC and size of each entry are known before its header is
// written, so the archive is written front to back once, hashed as it goes.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { DEFLATED, STORED } from './zipFormat';

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const VERSION = 20;
const FLAG_UTF8 = 0x0800;
/** 2000-01-01 00:00 in MS-DOS form: the manifest says when; no local clock or time zone leaks into the headers. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
/** Offsets and sizes are 32-bit without ZIP64. */
const MAX_OFFSET = 0xffffffff;
const MAX_ENTRIES = 0xffff;

interface Written {
  nameBytes: Buffer;
  method: number;
  crc: number;
  packedSize: number;
  unpackedSize: number;
  offset: number;
}

export interface ZipWriter {
  /** A part held in memory (JSON), deflated. */
  addDeflated(name: string, data: Buffer): void;
  /**
   * A part stored as it is (a scan: compressing it again gains nothing), whose CRC-32 and size the caller
   * computed; `slices` yields its bytes. Throws when they differ from what was announced.
   */
  addStored(name: string, announced: { crc: number; bytes: number }, slices: AsyncIterable<Buffer>): Promise<void>;
  /** Writes the central directory, flushes and closes the file; its size and SHA-256. */
  finish(): { bytes: number; sha256: string };
  /** Closes and removes the file. */
  abort(): void;
}

export function createZipWriter(path: string): ZipWriter {
  let fd: number | null = openSync(path, 'wx');
  const hash = createHash('sha256');
  const written: Written[] = [];
  let position = 0;

  function write(bytes: Buffer): void {
    if (fd === null) throw new Error('The archive is closed');
    if (position + bytes.length > MAX_OFFSET) throw new Error('The archive would need ZIP64');
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    hash.update(bytes);
    position += bytes.length;
  }

  function localHeader(entry: Omit<Written, 'offset'>): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_SIGNATURE, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAG_UTF8, 6);
    header.writeUInt16LE(entry.method, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(entry.crc, 14);
    header.writeUInt32LE(entry.packedSize, 18);
    header.writeUInt32LE(entry.unpackedSize, 22);
    header.writeUInt16LE(entry.nameBytes.length, 26);
    return Buffer.concat([header, entry.nameBytes]);
  }

  function begin(entry: Omit<Written, 'offset'>): void {
    if (written.length >= MAX_ENTRIES) throw new Error('Too many entries for a ZIP without ZIP64');
    written.push({ ...entry, offset: position });
    write(localHeader(entry));
  }

  return {
    addDeflated(name, data) {
      const packed = deflateRawSync(data, { level: 6 });
      begin({ nameBytes: Buffer.from(name, 'utf8'), method: DEFLATED, crc: crc32(data) >>> 0, packedSize: packed.length, unpackedSize: data.length });
      write(packed);
    },

    async addStored(name, announced, slices) {
      begin({ nameBytes: Buffer.from(name, 'utf8'), method: STORED, crc: announced.crc >>> 0, packedSize: announced.bytes, unpackedSize: announced.bytes });
      let crc = 0;
      let bytes = 0;
      for await (const slice of slices) {
        bytes += slice.length;
        if (bytes > announced.bytes) break;
        crc = crc32(slice, crc);
        write(slice);
      }
      if (bytes !== announced.bytes || crc >>> 0 !== announced.crc >>> 0) throw new Error(`${name} changed while it was being written`);
    },

    finish() {
      const start = position;
      for (const entry of written) {
        const header = Buffer.alloc(46);
        header.writeUInt32LE(CENTRAL_SIGNATURE, 0);
        header.writeUInt16LE(VERSION, 4);
        header.writeUInt16LE(VERSION, 6);
        header.writeUInt16LE(FLAG_UTF8, 8);
        header.writeUInt16LE(entry.method, 10);
        header.writeUInt16LE(DOS_TIME, 12);
        header.writeUInt16LE(DOS_DATE, 14);
        header.writeUInt32LE(entry.crc, 16);
        header.writeUInt32LE(entry.packedSize, 20);
        header.writeUInt32LE(entry.unpackedSize, 24);
        header.writeUInt16LE(entry.nameBytes.length, 28);
        header.writeUInt32LE(entry.offset, 42);
        write(Buffer.concat([header, entry.nameBytes]));
      }
      const end = Buffer.alloc(22);
      end.writeUInt32LE(END_SIGNATURE, 0);
      end.writeUInt16LE(written.length, 8);
      end.writeUInt16LE(written.length, 10);
      end.writeUInt32LE(position - start, 12);
      end.writeUInt32LE(start, 16);
      write(end);
      if (fd !== null) {
        fsyncSync(fd);
        closeSync(fd);
        fd = null;
      }
      return { bytes: position, sha256: hash.digest('hex') };
    },

    abort() {
      if (fd !== null) closeSync(fd);
      fd = null;
      rmSync(path, { force: true });
    },
  };
}
