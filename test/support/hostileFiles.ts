// Files built to exhaust memory, made in the test itself (none is stored in the repository): deflate bombs
// that unpack to a gigabyte from about a megabyte, a .docx with a bomb in a part of any name, PDFs whose
// object stream or content stream is a bomb, and PNG/JPEG headers declaring absurd dimensions.
import { randomBytes } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { craftZip } from './zipWriter';

const MEGABYTE_CHUNK = 1024 * 1024;

/**
 * Raw deflate data unpacking to `unpackedBytes` of `fill`, built without ever holding them: one megabyte
 * deflated with a full flush (a self-contained, non-final block run) repeated, then an empty final block.
 */
export function rawDeflateBomb(unpackedBytes: number, fill = 0x20): Buffer {
  const block = deflateRawSync(Buffer.alloc(MEGABYTE_CHUNK, fill), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const count = Math.ceil(unpackedBytes / MEGABYTE_CHUNK);
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: count }, () => block), end]);
}

/** The same as a zlib stream (what a PDF's FlateDecode holds); the checksum is left zero, as a bomb's would be. */
export function zlibDeflateBomb(unpackedBytes: number, fill = 0x20): Buffer {
  return Buffer.concat([Buffer.from([0x78, 0x9c]), rawDeflateBomb(unpackedBytes, fill), Buffer.alloc(4)]);
}

const WORD_XML = Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>');
const CONTENT_TYPES = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
const rels = (target: string) =>
  Buffer.from(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`);

/**
 * A .docx whose part `part` is a deflate bomb of `unpackedBytes`. With `part` not `word/document.xml`,
 * the package relationship points the main document at it (mammoth follows relationships).
 */
export function docxWithBomb(part: string, unpackedBytes = 1024 * MEGABYTE_CHUNK): Buffer {
  const pointsElsewhere = part !== 'word/document.xml' && part !== '_rels/.rels' && part !== '[Content_Types].xml';
  const parts = [
    { name: '[Content_Types].xml', data: CONTENT_TYPES, deflate: true },
    { name: '_rels/.rels', data: rels(pointsElsewhere ? part : 'word/document.xml'), deflate: true },
    { name: 'word/document.xml', data: WORD_XML, deflate: true },
  ].filter((entry) => entry.name !== part);
  return craftZip([...parts, { name: part, data: Buffer.alloc(0), deflatedBody: rawDeflateBomb(unpackedBytes), declaredSize: 2_000 }]);
}

/** A PDF written by hand (objects in order, a classic cross-reference table). `streams` maps object → data. */
function handWrittenPdf(objects: readonly (string | { dict: string; data: Buffer })[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((object, index) => {
    offsets.push(length);
    const body =
      typeof object === 'string'
        ? Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, 'latin1')
        : Buffer.concat([Buffer.from(`${index + 1} 0 obj\n${object.dict.replace('>>', ` /Length ${object.data.length} >>`)}\nstream\n`, 'latin1'), object.data, Buffer.from('\nendstream\nendobj\n')]);
    parts.push(body);
    length += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const PAGES = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';

/**
 * One A4 page whose content stream unpacks to `unpackedBytes` of spaces. `noiseBytes` of random data in an
 * unused stream make the file incompressible as a whole (a package's ZIP check then does not see a bomb).
 */
export function pdfWithContentStreamBomb(unpackedBytes = 1024 * MEGABYTE_CHUNK, noiseBytes = 0): Buffer {
  return handWrittenPdf([
    CATALOG,
    PAGES,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Contents 4 0 R >>',
    { dict: '<< /Filter /FlateDecode >>', data: zlibDeflateBomb(unpackedBytes) },
    ...(noiseBytes > 0 ? [{ dict: '<< >>', data: randomBytes(noiseBytes) }] : []),
  ]);
}

/** One A4 page, plus an object stream of spaces unpacking to `unpackedBytes` (pdf-lib inflates it at load). */
export function pdfWithObjectStreamBomb(unpackedBytes = 1024 * MEGABYTE_CHUNK, noiseBytes = 0): Buffer {
  return handWrittenPdf([
    CATALOG,
    PAGES,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] >>',
    { dict: '<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>', data: zlibDeflateBomb(unpackedBytes) },
    ...(noiseBytes > 0 ? [{ dict: '<< >>', data: randomBytes(noiseBytes) }] : []),
  ]);
}

/** A small, valid one-page PDF of the same hand (the control). */
export function plainHandWrittenPdf(): Buffer {
  return handWrittenPdf([
    CATALOG,
    PAGES,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Contents 4 0 R >>',
    { dict: '<< /Filter /FlateDecode >>', data: Buffer.concat([Buffer.from([0x78, 0x9c]), deflateRawSync(Buffer.from('BT ET')), Buffer.alloc(4)]) },
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG declaring `width` × `height` (RGBA), whose one IDAT is a bomb of `unpackedBytes`; `noiseBytes` as above. */
export function pngDeclaring(width: number, height: number, unpackedBytes = 64 * MEGABYTE_CHUNK, noiseBytes = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    ...(noiseBytes > 0 ? [pngChunk('noIs', randomBytes(noiseBytes))] : []),
    pngChunk('IDAT', zlibDeflateBomb(unpackedBytes, 0)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A baseline JPEG's markers declaring `width` × `height` (the scan data is a few bytes). */
export function jpegDeclaring(width: number, height: number): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'), sof, Buffer.from([0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x00, 0x00, 0xff, 0xd9])]);
}
