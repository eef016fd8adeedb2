// Files that stand in for scans in the attachment tests: real PNGs (pngjs) and PDFs (pdf-lib), a JPEG's
// first bytes, and the disguises a user might pick by mistake (a program, a web page, an archive).
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';

/** A PNG of `width` × `height`; `noise` fills it with pseudo-random pixels, which hardly compress (big files). */
export function pngScan(width = 40, height = 30, noise = false): Buffer {
  const png = new PNG({ width, height });
  let seed = 2463534242;
  for (let index = 0; index < png.data.length; index += 4) {
    // xorshift32: cheap, deterministic and random enough that deflate cannot shrink it.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    png.data[index] = noise ? seed & 0xff : 30;
    png.data[index + 1] = noise ? (seed >>> 8) & 0xff : 95;
    png.data[index + 2] = noise ? (seed >>> 16) & 0xff : 191;
    png.data[index + 3] = 255;
  }
  return PNG.sync.write(png);
}

export async function pdfScan(pages = 2, text = 'scan'): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page += 1) document.addPage([595, 842]).drawText(`${text} ${page}`, { x: 50, y: 780, size: 14, font });
  return Buffer.from(await document.save());
}

/** A JPEG's start (SOI and a JFIF APP0 segment) and end marker: enough for the byte check, not an image. */
export function jpegBytes(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]),
    Buffer.alloc(200, 0x55),
    Buffer.from([0xff, 0xd9]),
  ]);
}

export const windowsProgram = () => Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(300, 0x90)]);
export const webPage = () => Buffer.from('\ufeff  <!DOCTYPE html><html><body><script>alert(1)</script></body></html>', 'utf8');
/** The start of a ZIP archive (a local file header), as any .zip or .docx begins. */
export const zipArchive = () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('scan.pdf%PDF-1.7 not really', 'latin1')]);
