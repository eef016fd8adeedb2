// The archive check that runs before mammoth: a bomb, a lying header, a damaged file or a ZIP that is not a
// Word document is refused with its own key, at a bounded cost.
import { describe, expect, it } from 'vitest';
import { ZIP_LIMITS, checkDocxArchive, checkedDocx, readCentralDirectory } from '../../../electron/backend/documents/import/zipCheck';
import { craftZip } from './zipWriter';

const xml = (text: string) => Buffer.from(`<?xml version="1.0"?><w:document>${text}</w:document>`);
const refusal = (zip: Buffer) => {
  try {
    checkDocxArchive(zip);
  } catch (error) {
    return (error as { key?: string }).key;
  }
  return 'accepted';
};

describe('the archive check before mammoth', () => {
  it('accepts a small Word archive and counts its pictures without unpacking them', () => {
    const zip = craftZip([
      { name: 'word/document.xml', data: xml('正文'), deflate: true },
      { name: 'word/media/image1.png', data: Buffer.alloc(1000, 7) },
    ]);
    expect(checkDocxArchive(zip).mediaEntries).toBe(1);
  });

  it('refuses a zip bomb: document.xml inflating past the limit', () => {
    const bomb = Buffer.alloc(ZIP_LIMITS.maxUnpackedBytes + 1_000_000, 0x20);
    const zip = craftZip([{ name: 'word/document.xml', data: bomb, deflate: true }]);
    expect(zip.length).toBeLessThan(100_000); // small on disk, huge unpacked
    expect(refusal(zip)).toBe('documents.import.zipBomb');
  });

  it('refuses a bomb whose header lies about its size (the inflation is capped, not trusted)', () => {
    const bomb = Buffer.alloc(ZIP_LIMITS.maxUnpackedBytes + 1_000_000, 0x20);
    const zip = craftZip([{ name: 'word/document.xml', data: bomb, deflate: true, declaredSize: 1_000 }]);
    expect(refusal(zip)).toBe('documents.import.zipBomb');
  });

  it('refuses many parts that are each small but together too large', () => {
    const part = Buffer.alloc(ZIP_LIMITS.maxUnpackedBytes / 4, 0x20);
    const entries = [0, 1, 2, 3, 4].map((index) => ({ name: `word/part${index}.xml`, data: part, deflate: true }));
    expect(refusal(craftZip([{ name: 'word/document.xml', data: xml('x') }, ...entries]))).toBe('documents.import.zipBomb');
  });

  it('refuses a truncated archive and random bytes after the ZIP signature', () => {
    const zip = craftZip([{ name: 'word/document.xml', data: xml('正文'), deflate: true }]);
    expect(refusal(zip.subarray(0, zip.length - 10))).toBe('documents.import.corruptZip');
    expect(refusal(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(500, 0x41)]))).toBe('documents.import.corruptZip');
  });

  it('refuses a deflated part whose data is garbage', () => {
    const zip = craftZip([{ name: 'word/document.xml', data: xml('正文'), deflate: true }]);
    const damaged = Buffer.from(zip);
    damaged.fill(0xff, 30 + 'word/document.xml'.length, 30 + 'word/document.xml'.length + 8);
    expect(refusal(damaged)).toBe('documents.import.corruptZip');
  });

  it('hands mammoth only the parts it unpacked, stored: a relationship to any other part finds nothing', () => {
    // The package's relationship may point the main document at `word/doc.bin`: the check does not unpack
    // it (not XML), so it must not reach mammoth either, however it is compressed.
    const bomb = Buffer.alloc(ZIP_LIMITS.maxUnpackedBytes * 4, 0x20);
    const zip = craftZip([
      { name: '_rels/.rels', data: Buffer.from('<Relationships><Relationship Id="r" Type="officeDocument" Target="word/doc.bin"/></Relationships>'), deflate: true },
      { name: 'word/document.xml', data: xml('正文'), deflate: true },
      { name: 'word/doc.bin', data: bomb, deflate: true },
      { name: 'word/media/image1.png', data: Buffer.alloc(1000, 7) },
    ]);
    const { archive, mediaEntries } = checkedDocx(zip);
    expect(mediaEntries).toBe(1);
    const entries = readCentralDirectory(archive);
    expect(entries.map((entry) => entry.name).sort()).toEqual(['_rels/.rels', 'word/document.xml']);
    expect(entries.every((entry) => entry.method === 0)).toBe(true);
    expect(archive.length).toBeLessThan(2_000);
  });

  it('refuses a ZIP without a Word body (a spreadsheet, say)', () => {
    expect(refusal(craftZip([{ name: 'xl/workbook.xml', data: xml('') }]))).toBe('documents.import.notWordDocument');
  });
});
