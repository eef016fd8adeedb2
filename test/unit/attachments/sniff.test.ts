// The type of a scan comes from its bytes: each disguise is refused with its own reason whatever the name,
// a cut-off file is refused as damaged, and a real PNG, JPEG or PDF is recognised.
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAD_BYTES, TAIL_BYTES, sniffFile, sniffHead, tailFits } from '../../../electron/backend/attachments/sniff';
import { jpegBytes, pdfScan, pngScan, webPage, windowsProgram, zipArchive } from '../../support/scans';

const whole = (bytes: Buffer) => sniffFile(bytes.subarray(0, HEAD_BYTES), bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)), bytes.length);

let pdf: Buffer;
beforeAll(async () => {
  pdf = await pdfScan(1);
});

describe('what a scan is, by its bytes', () => {
  it('recognises a PDF, a PNG and a JPEG', () => {
    expect(whole(pdf)).toEqual({ ok: true, kind: 'pdf' });
    expect(whole(pngScan())).toEqual({ ok: true, kind: 'png' });
    expect(whole(jpegBytes())).toEqual({ ok: true, kind: 'jpeg' });
  });

  it('refuses a Windows program whatever it is called (the name plays no part)', () => {
    expect(whole(windowsProgram())).toEqual({ ok: false, reason: 'executable' });
    expect(sniffHead(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 8)).toEqual({ ok: false, reason: 'executable' });
  });

  it('refuses a web page, even after a byte-order mark and spaces', () => {
    expect(whole(webPage())).toEqual({ ok: false, reason: 'html' });
    expect(whole(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ ok: false, reason: 'html' });
  });

  it('refuses a ZIP archive (a .docx too) and an old Office file', () => {
    expect(whole(zipArchive())).toEqual({ ok: false, reason: 'archive' });
    expect(whole(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]))).toEqual({ ok: false, reason: 'office' });
  });

  it('refuses other image formats (GIF, HEIC) with their own reason', () => {
    expect(whole(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'))).toEqual({ ok: false, reason: 'otherImage' });
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(12)]);
    expect(whole(heic)).toEqual({ ok: false, reason: 'otherImage' });
  });

  it('refuses an empty file', () => {
    expect(whole(Buffer.alloc(0))).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses a truncated PNG: its IEND chunk is missing', () => {
    const png = pngScan();
    expect(whole(png.subarray(0, png.length - 20))).toEqual({ ok: false, reason: 'damaged' });
    expect(whole(png.subarray(0, 12))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('refuses a PNG signature not followed by an IHDR chunk', () => {
    const png = Buffer.from(pngScan());
    png.write('XXXX', 12, 'latin1');
    expect(whole(png)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('refuses a truncated PDF: no %%EOF in its last 1024 bytes', () => {
    expect(whole(pdf.subarray(0, Math.floor(pdf.length / 2)))).toEqual({ ok: false, reason: 'damaged' });
    expect(tailFits('pdf', Buffer.concat([Buffer.from('%%EOF'), Buffer.alloc(2000, 0x20)]))).toBe(false);
  });

  it('accepts a JPEG with data after its end marker (a phone’s motion photo)', () => {
    expect(whole(Buffer.concat([jpegBytes(), Buffer.alloc(5000, 1)]))).toEqual({ ok: true, kind: 'jpeg' });
  });

  it('refuses text and anything unknown', () => {
    expect(whole(Buffer.from('Just some text pretending to be a PDF'))).toEqual({ ok: false, reason: 'unknown' });
    expect(whole(Buffer.from(' %PDF-1.7 with a leading space'))).toEqual({ ok: false, reason: 'unknown' });
  });
});
