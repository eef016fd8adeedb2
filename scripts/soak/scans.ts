// Scans the soak's saver uploads: real PNGs (pngjs) and PDFs (pdf-lib) that pass the backend's byte check.
// Each one is different (seeded noise, a unique line of text), so no upload is ever a duplicate of an
// earlier one and an attachment id stands for exactly one acknowledged file.
import { randomUUID } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';
import type { RandomSource } from './random';

/**
 * A PNG of `width` × `height` noise pixels; deflate cannot shrink noise, so the size is about w × h × 4.
 * No row filter: noise gains nothing from one, and trying all five took most of a large scan's time.
 */
export function noisePng(random: RandomSource, width: number, height: number, deflateLevel = 6): Buffer {
  const png = new PNG({ width, height });
  // xorshift32 from the seeded source: cheap per pixel, and a different picture every time.
  let state = random.integer(1, 2 ** 32 - 1);
  for (let index = 0; index < png.data.length; index += 4) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    png.data[index] = state & 0xff;
    png.data[index + 1] = (state >>> 8) & 0xff;
    png.data[index + 2] = (state >>> 16) & 0xff;
    png.data[index + 3] = 255;
  }
  return PNG.sync.write(png, { deflateLevel, filterType: 0 });
}

export async function textPdf(pages: number, text: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page += 1) document.addPage([595, 842]).drawText(`${text} p${page}`, { x: 50, y: 780, size: 12, font });
  return Buffer.from(await document.save());
}

export interface Scan {
  fileName: string;
  bytes: Buffer;
}

/** Past the backend's 2 MiB download chunk, so that reading it back takes more than one `attachments.get`. */
const LARGE_SCAN_BYTES = { min: 2_200_000, max: 2_600_000 };

/** Mostly small scans (1–80 kB); one in 12 is a PNG of 2.2–2.6 MB, stored without compression. */
export async function randomScan(random: RandomSource, label: string): Promise<Scan> {
  if (random.next() < 1 / 12) {
    const width = 800;
    const height = Math.ceil(random.integer(LARGE_SCAN_BYTES.min, LARGE_SCAN_BYTES.max) / (width * 4));
    return { fileName: `${label}-large.png`, bytes: noisePng(random, width, height, 0) };
  }
  if (random.next() < 0.5) {
    return { fileName: `${label}.png`, bytes: noisePng(random, random.integer(8, 140), random.integer(8, 140)) };
  }
  // A user's file name in Chinese now and then: it is only shown, never a path.
  const fileName = random.next() < 0.3 ? `学位证书-${label}.pdf` : `${label}.pdf`;
  return { fileName, bytes: await textPdf(random.integer(1, 3), `TitlePrep soak ${label} ${randomUUID()}`) };
}
