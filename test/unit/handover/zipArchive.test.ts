// The archive reader against hostile files: each is refused with its own reason before anything is
// unpacked beyond what its headers declared, and honest archives (fflate's, and the export's own writer)
// pass. The reader works on a file, as the import receives it.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { HandoverRefusal, type RefusalReason } from '../../../electron/backend/handover/refusal';
import { ARCHIVE_LIMITS, type ArchiveLimits, readArchive } from '../../../electron/backend/handover/zipArchive';
import { createZipWriter } from '../../../electron/backend/handover/zipWriter';
import { makeTempDir } from '../../support/tempDir';
import { DIRECTORY_ATTRIBUTES, REGULAR_FILE_ATTRIBUTES, SYMLINK_ATTRIBUTES, UNIX, rawZip } from './rawZip';

const MEBIBYTE = 1024 * 1024;
const folder = makeTempDir('titleprep-zip-');
afterAll(() => folder.remove());

function fileOf(zip: Buffer): string {
  const path = join(folder.path, `${randomUUID()}.titleprep`);
  writeFileSync(path, zip);
  return path;
}

async function reasonOfFile(path: string, limits: ArchiveLimits = ARCHIVE_LIMITS): Promise<RefusalReason | 'accepted'> {
  try {
    await readArchive(path, limits);
    return 'accepted';
  } catch (error) {
    if (error instanceof HandoverRefusal) return error.reason;
    throw error;
  }
}

const reasonOf = (zip: Buffer, limits: ArchiveLimits = ARCHIVE_LIMITS) => reasonOfFile(fileOf(zip), limits);

const small = (name: string, text = '{}') => ({ name, data: Buffer.from(text) });

describe('an honest archive', () => {
  it('is read whole, entry by entry, as fflate wrote it', async () => {
    const zip = Buffer.from(zipSync({ 'manifest.json': strToU8('{"a":1}'), 'tables/x.json': strToU8('字'.repeat(5000)) }, { level: 6 }));
    const { entries, unpackedBytes, archiveBytes } = await readArchive(fileOf(zip));
    expect([...entries.keys()]).toEqual(['manifest.json', 'tables/x.json']);
    expect(entries.get('tables/x.json')?.data?.toString()).toBe('字'.repeat(5000));
    expect(unpackedBytes).toBe(7 + 15000);
    expect(archiveBytes).toBe(zip.length);
  });

  it('accepts stored entries and Unix regular-file attributes', async () => {
    expect(await reasonOf(rawZip([{ ...small('a.json'), method: 0, versionMadeBy: UNIX | 20, externalAttributes: REGULAR_FILE_ATTRIBUTES }]))).toBe('accepted');
  });

  it('keeps files/ parts out of memory: hashed on the first reading, streamed again on demand', async () => {
    const scan = Buffer.from(Array.from({ length: 3 * MEBIBYTE }, (_, index) => (index * 7919 + (index >> 11)) % 251));
    const sha256 = createHash('sha256').update(scan).digest('hex');
    const zip = Buffer.from(zipSync({ 'manifest.json': strToU8('{}'), [`files/${sha256}`]: scan }, { level: 0 }));
    const archive = await readArchive(fileOf(zip));
    expect(archive.entries.get(`files/${sha256}`)).toEqual({ name: `files/${sha256}`, bytes: scan.length, sha256, data: null });
    const chunks: Buffer[] = [];
    await archive.streamEntry(`files/${sha256}`, (chunk) => chunks.push(chunk));
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(scan)).toBe(true);
  });

  it('refuses, on the second reading, an entry changed in the file after it was checked', async () => {
    const path = fileOf(Buffer.from(zipSync({ 'files/a': Buffer.alloc(4096, 1) }, { level: 0 })));
    const archive = await readArchive(path);
    const changed = readFileSync(path);
    changed[changed.indexOf(1)] = 2;
    writeFileSync(path, changed);
    await expect(archive.readEntry('files/a')).rejects.toMatchObject({ reason: 'damaged' });
  });

  it('reads what the export’s writer writes, and any ZIP tool reads it too', async () => {
    const path = join(folder.path, `${randomUUID()}.titleprep`);
    const writer = createZipWriter(path);
    const scan = Buffer.alloc(5 * MEBIBYTE + 3, 0x5a);
    writer.addDeflated('manifest.json', Buffer.from('{"format":"x"}'));
    const { crc32 } = await import('node:zlib');
    async function* slices() {
      for (let start = 0; start < scan.length; start += MEBIBYTE) yield scan.subarray(start, start + MEBIBYTE);
    }
    await writer.addStored('files/scan', { crc: crc32(scan) >>> 0, bytes: scan.length }, slices());
    const written = writer.finish();
    const bytes = readFileSync(path);
    expect(written).toEqual({ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    const archive = await readArchive(path);
    expect(archive.entries.get('manifest.json')?.data?.toString()).toBe('{"format":"x"}');
    expect((await archive.readEntry('files/scan')).equals(scan)).toBe(true);
    expect(Object.keys(unzipSync(bytes))).toEqual(['manifest.json', 'files/scan']);
  });
});

describe('not a package archive at all', () => {
  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 251))],
  ])('%s is not a ZIP', async (_what, bytes) => {
    expect(await reasonOf(bytes)).toBe('notZip');
  });

  it('a ZIP cut short is damaged', async () => {
    const zip = rawZip([small('manifest.json', 'x'.repeat(2000)), small('b.json')]);
    expect(await reasonOf(zip.subarray(0, Math.floor(zip.length / 2)))).toBe('damaged');
    expect(await reasonOf(zip.subarray(0, zip.length - 1))).toBe('damaged');
  });

  it('a file over the import limit is refused before it is parsed (a sparse file of 1 GB and a byte)', async () => {
    const path = fileOf(Buffer.alloc(0));
    truncateSync(path, ARCHIVE_LIMITS.maxArchiveBytes + 1);
    expect(await reasonOfFile(path)).toBe('tooLarge');
  });

  it('a central directory far larger than any package’s is refused before it is read', async () => {
    const zip = rawZip([small('manifest.json')]);
    expect(await reasonOf(zip, { ...ARCHIVE_LIMITS, maxDirectoryBytes: 10 })).toBe('unsupportedZip');
  });
});

describe('names that could leave their folder', () => {
  it.each(['../x', 'files/../../etc/passwd', '/etc/passwd', 'tables\\..\\x.json', 'C:/Windows/win.ini', 'C:x', 'a\u0000.json'])('refuses %j', async (name) => {
    expect(await reasonOf(rawZip([small('manifest.json'), small(name)]))).toBe('unsafeName');
  });

  it('refuses a name that is not UTF-8', async () => {
    const zip = rawZip([small('manifest.json'), small('zz.json')]);
    const at = zip.lastIndexOf(Buffer.from('zz.json'));
    zip[at] = 0xff;
    // The local header keeps the old name: either check refuses; the name check comes first.
    expect(await reasonOf(zip)).toBe('unsafeName');
  });
});

describe('entries that are not regular files', () => {
  it('refuses a symbolic link (Unix attributes)', async () => {
    const link = { name: 'files/link', data: Buffer.from('/etc/passwd'), method: 0, versionMadeBy: UNIX | 20, externalAttributes: SYMLINK_ATTRIBUTES };
    expect(await reasonOf(rawZip([small('manifest.json'), link]))).toBe('notRegularFile');
  });

  it('refuses a directory, by its name or by its attributes', async () => {
    expect(await reasonOf(rawZip([small('manifest.json'), { name: 'tables/', data: Buffer.alloc(0), method: 0 }]))).toBe('notRegularFile');
    expect(await reasonOf(rawZip([small('manifest.json'), { name: 'tables', data: Buffer.alloc(0), method: 0, versionMadeBy: UNIX | 20, externalAttributes: DIRECTORY_ATTRIBUTES }]))).toBe('notRegularFile');
    expect(await reasonOf(rawZip([small('manifest.json'), { name: 'tables', data: Buffer.alloc(0), method: 0, externalAttributes: 0x10 }]))).toBe('notRegularFile');
  });
});

describe('duplicates and counts', () => {
  it('refuses two entries of the same name, or of names differing only in case', async () => {
    expect(await reasonOf(rawZip([small('manifest.json'), small('manifest.json', '{"b":2}')]))).toBe('duplicateEntry');
    expect(await reasonOf(rawZip([small('tables/a.json'), small('TABLES/A.json')]))).toBe('duplicateEntry');
  });

  it('refuses more entries than the limit, from the end record alone', async () => {
    const entries = Array.from({ length: ARCHIVE_LIMITS.maxEntries + 1 }, (_, index) => ({ name: `files/${index}`, data: Buffer.alloc(0), method: 0 }));
    expect(await reasonOf(rawZip(entries))).toBe('tooManyEntries');
  });
});

describe('zip bombs', () => {
  const zeros = Buffer.alloc(40 * MEBIBYTE);
  const packedZeros = deflateRawSync(zeros);

  it('refuses a part whose declared size is over the limit, without unpacking it', async () => {
    expect(await reasonOf(rawZip([small('manifest.json'), { name: 'tables/x.json', data: zeros, packed: packedZeros }]))).toBe('zipBomb');
  });

  it('refuses parts that together declare more than the total limit', async () => {
    const twenty = Buffer.alloc(20 * MEBIBYTE, 0x61);
    const packed = deflateRawSync(twenty);
    // The rule, with a total limit small enough to test (the real one is 1.5 GB).
    const limits = { ...ARCHIVE_LIMITS, maxRatio: 100_000, maxFileEntryBytes: 32 * MEBIBYTE, maxTotalBytes: 64 * MEBIBYTE };
    const entries = [0, 1, 2, 3].map((index) => ({ name: `files/${index}`, data: twenty, packed }));
    expect(await reasonOf(rawZip(entries), limits)).toBe('zipBomb');
  });

  it('refuses parts to parse (held in memory) that together declare more than their own limit', async () => {
    const part = Buffer.from(Array.from({ length: MEBIBYTE }, (_, index) => (index * 7919) % 251));
    const limits = { ...ARCHIVE_LIMITS, maxInMemoryBytes: 2 * MEBIBYTE };
    expect(await reasonOf(rawZip([0, 1].map((index) => ({ name: `tables/${index}.json`, data: part }))), limits)).toBe('accepted');
    expect(await reasonOf(rawZip([0, 1, 2].map((index) => ({ name: `tables/${index}.json`, data: part }))), limits)).toBe('zipBomb');
    // Scans are streamed, not held: they do not count here.
    expect(await reasonOf(rawZip([0, 1, 2].map((index) => ({ name: `files/${index}`, data: part }))), limits)).toBe('accepted');
  });

  it('refuses a compression ratio no real package has (about 1:1000 for zeros)', async () => {
    const ten = Buffer.alloc(10 * MEBIBYTE);
    expect(await reasonOf(rawZip([small('manifest.json'), { name: 'tables/x.json', data: ten }]))).toBe('zipBomb');
  });

  it('stops a part that unpacks to more than it declares at its declared size, quickly', async () => {
    const started = performance.now();
    const liar = { name: 'tables/x.json', data: zeros, packed: packedZeros, unpackedSize: 1000 };
    expect(await reasonOf(rawZip([small('manifest.json'), liar]))).toBe('sizeMismatch');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a part that unpacks to less than it declares', async () => {
    expect(await reasonOf(rawZip([small('manifest.json'), { ...small('tables/x.json', 'x'.repeat(100)), unpackedSize: 5000 }]))).toBe('sizeMismatch');
  });

  it('refuses a stored part whose two sizes differ', async () => {
    expect(await reasonOf(rawZip([{ ...small('a.json'), method: 0, packedSize: 2, unpackedSize: 3 }]))).toBe('sizeMismatch');
  });

  it('refuses two entries sharing the same bytes (overlapping entries)', async () => {
    const zip = rawZip([small('a.json', 'x'.repeat(500)), small('b.json', 'x'.repeat(500))]);
    // Point the second central entry at the first entry's local header.
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0, central + 42);
    expect(await reasonOf(zip)).toBe('damaged');
  });

  it('refuses bytes hidden between entries', async () => {
    expect(await reasonOf(rawZip([small('a.json'), small('b.json')], { gapAfterFirst: 64 }))).toBe('damaged');
  });
});

describe('corrupt or unsupported entries', () => {
  it('refuses a part whose checksum is wrong', async () => {
    expect(await reasonOf(rawZip([{ ...small('a.json'), crc: 12345 }]))).toBe('damaged');
  });

  it('refuses a local header that differs from the central directory', async () => {
    const zip = rawZip([small('a.json')]);
    zip.write('b', 30, 'latin1');
    expect(await reasonOf(zip)).toBe('damaged');
  });

  it('refuses encryption, data descriptors and other compression methods', async () => {
    expect(await reasonOf(rawZip([{ ...small('a.json'), flags: 0x0801 }]))).toBe('unsupportedZip');
    expect(await reasonOf(rawZip([{ ...small('a.json'), flags: 0x0808 }]))).toBe('unsupportedZip');
    expect(await reasonOf(rawZip([{ ...small('a.json'), method: 12, packed: Buffer.from('BZh9') }]))).toBe('unsupportedZip');
  });

  it('refuses deflate data that is not deflate', async () => {
    expect(await reasonOf(rawZip([{ ...small('a.json'), packed: Buffer.from([0xff, 0xff, 0xff, 0xff]) }]))).toBe('damaged');
  });
});
