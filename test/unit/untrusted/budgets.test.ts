// The readers' own bounds, below the parser process's limits: PDF streams decoded only up to a cap (with
// pdf-lib's decoders, filter chains included), and images judged by their declared size.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkImageDimensions } from '../../../electron/backend/untrusted/imageDimensions';
import { PDF_STREAM_LIMITS, checkPdfStreamBudget } from '../../../electron/backend/untrusted/pdfStreamBudget';
import { jpegDeclaring, pdfWithContentStreamBomb, pdfWithObjectStreamBomb, plainHandWrittenPdf, pngDeclaring } from '../../support/hostileFiles';
import { officialPdf } from '../../support/pdfFixtures';
import { pngScan } from '../../support/scans';

const small = { maxStreamBytes: 1_000_000, maxTotalBytes: 1_500_000, maxStreams: 100 };

describe('the PDF stream budget', () => {
  it('passes normal files: the official form of the tests and a hand-written page', async () => {
    expect(checkPdfStreamBudget(await officialPdf()).ok).toBe(true);
    expect(checkPdfStreamBudget(plainHandWrittenPdf())).toMatchObject({ ok: true, streams: 1, decodedBytes: 5 });
  });

  it('stops an object-stream bomb and a content-stream bomb at the cap, not at their size', () => {
    const started = performance.now();
    expect(checkPdfStreamBudget(pdfWithObjectStreamBomb(PDF_STREAM_LIMITS.maxStreamBytes * 8)).ok).toBe(false);
    expect(checkPdfStreamBudget(pdfWithContentStreamBomb(2_000_000), small)).toMatchObject({ ok: false });
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('adds every stream to the file\'s total', () => {
    const two = Buffer.concat([Buffer.from('%PDF-1.7\n'), ...[1, 2].map((n) => Buffer.concat([Buffer.from(`${n} 0 obj\n<< /Filter /FlateDecode >>\nstream\n`), deflateSync(Buffer.alloc(900_000, 0x20)), Buffer.from('\nendstream\nendobj\n')]))]);
    expect(checkPdfStreamBudget(two, small)).toMatchObject({ ok: false, reason: expect.stringContaining('the streams decode') });
  });

  it('decodes a filter chain as pdf-lib would (a bomb inside ASCIIHex is still a bomb)', () => {
    const hex = Buffer.from(deflateSync(Buffer.alloc(2_000_000, 0x20)).toString('hex') + '>');
    const file = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Filter [/ASCIIHexDecode /FlateDecode] >>\nstream\n'), hex, Buffer.from('\nendstream\nendobj\n')]);
    expect(checkPdfStreamBudget(file, small).ok).toBe(false);
  });

  it('finds the dictionary even when a name in it ends in obj, and reads a /Filter given by reference as Flate', () => {
    const bomb = deflateSync(Buffer.alloc(2_000_000, 0x20));
    const named = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Xobj 1 /Filter /FlateDecode >>\nstream\n'), bomb, Buffer.from('\nendstream\nendobj\n')]);
    const byReference = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Filter 9 0 R >>\nstream\n'), bomb, Buffer.from('\nendstream\nendobj\n')]);
    expect(checkPdfStreamBudget(named, small).ok).toBe(false);
    expect(checkPdfStreamBudget(byReference, small).ok).toBe(false);
  });
});

describe('the declared size of an image', () => {
  it('passes ordinary scans and refuses absurd ones', () => {
    expect(checkImageDimensions('png', pngScan(40, 30))).toEqual({ ok: true, width: 40, height: 30 });
    expect(checkImageDimensions('jpeg', jpegDeclaring(4000, 3000))).toEqual({ ok: true, width: 4000, height: 3000 });
    expect(checkImageDimensions('png', pngDeclaring(100_000, 100_000, 1024)).ok).toBe(false);
    expect(checkImageDimensions('png', pngDeclaring(20_000, 20_000, 1024)).ok).toBe(false); // 400 MP
    expect(checkImageDimensions('jpeg', jpegDeclaring(65_000, 65_000)).ok).toBe(false);
    expect(checkImageDimensions('png', pngDeclaring(0, 10, 1024)).ok).toBe(false);
  });
});
