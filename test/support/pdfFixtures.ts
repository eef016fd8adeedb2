// PDFs made for the print tests: an "official" form drawn by pdf-lib in one flat colour with a black corner
// mark (so a rendered page shows where its content and its top-left corner went), and the broken files an
// import must refuse: truncated, random bytes, an HTML page, an encrypted PDF written by hand.
import { PDFDocument, StandardFonts, degrees, rgb } from 'pdf-lib';
import { PNG } from 'pngjs';

export const OFFICIAL_BLUE: [number, number, number] = [51, 102, 255];

export interface OfficialPageSpec {
  width: number;
  height: number;
  /** /Rotate of the page, clockwise. */
  rotate?: number;
}

export const A4_PORTRAIT: OfficialPageSpec = { width: 595.28, height: 841.89 };
export const A4_LANDSCAPE: OfficialPageSpec = { width: 841.89, height: 595.28 };
export const LETTER: OfficialPageSpec = { width: 612, height: 792 };

/** A grey noise picture that does not compress: it stands for a scanned signature or seal (tens of KB). */
function noisePng(size = 160): Buffer {
  const png = new PNG({ width: size, height: size });
  let state = 7;
  for (let index = 0; index < size * size; index += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const grey = 96 + (state % 128);
    png.data.set([grey, grey, grey, 255], index * 4);
  }
  return PNG.sync.write(png);
}

/**
 * Pages filled edge to edge in blue, a black square in the top-left corner, "Official form page N" in white;
 * with `photo`, a noise picture on each page, so that the file's size is mostly content.
 */
export async function officialPdf(pages: readonly OfficialPageSpec[] = [A4_PORTRAIT, A4_PORTRAIT], options: { javascript?: boolean; photo?: boolean } = {}): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const photo = options.photo ? await document.embedPng(noisePng()) : null;
  pages.forEach((spec, index) => {
    const page = document.addPage([spec.width, spec.height]);
    const [r, g, b] = OFFICIAL_BLUE.map((value) => value / 255) as [number, number, number];
    page.drawRectangle({ x: 0, y: 0, width: spec.width, height: spec.height, color: rgb(r, g, b) });
    page.drawRectangle({ x: 0, y: spec.height - 60, width: 60, height: 60, color: rgb(0, 0, 0) });
    page.drawText(`Official form page ${index + 1}`, { x: 80, y: spec.height - 45, size: 18, font, color: rgb(1, 1, 1) });
    if (photo) page.drawImage(photo, { x: spec.width / 2 - 80, y: spec.height / 2 - 80, width: 160, height: 160 });
    if (spec.rotate) page.setRotation(degrees(spec.rotate));
  });
  if (options.javascript) document.addJavaScript('hello', 'app.alert("hello");');
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/** A minimal PDF whose trailer names an /Encrypt dictionary (RC4, revision 2), as a password-protected file has. */
export function encryptedPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 8 >>\nstream\n\u00b7\u00a3\u00c4\u00f1\u0012\u0093\u0047\u00e0\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O <${'6b'.repeat(32)}> /U <${'5f'.repeat(32)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export function htmlNamedPdf(): Buffer {
  return Buffer.from('<!DOCTYPE html>\n<html lang="zh-CN"><head><title>职称服务系统</title></head><body>考核认定表</body></html>\n', 'utf8');
}

/** Bytes from a fixed generator: no %PDF- anywhere. */
export function randomBytes(length = 4096): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 12345;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[index] = state & 0xff;
  }
  return bytes;
}
