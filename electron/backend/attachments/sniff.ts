// What a scan is, by its bytes: a PDF, a JPEG or a PNG, or a refusal that says what it is instead. The
// file's name plays no part (a PNG named .jpg is a PNG); a program, a web page or an archive renamed .pdf
// is refused whatever its name says. Pure: the caller reads the first and last bytes of the file.
import type { AttachmentKind } from '../../../shared/materials/attachmentTypes';

/** Bytes of the file's start the head check needs (PNG: signature + IHDR chunk header). */
export const HEAD_BYTES = 16;
/** Bytes of the file's end the tail check reads (a PDF's %%EOF must be within its last 1024 bytes). */
export const TAIL_BYTES = 1024;

export const REFUSAL_REASONS = ['empty', 'executable', 'html', 'archive', 'office', 'otherImage', 'damaged', 'unknown', 'hostile'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type Sniffed = { ok: true; kind: AttachmentKind } | { ok: false; reason: RefusalReason };

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_IHDR = [0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]; // length 13, "IHDR"
const PNG_IEND = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]; // empty IEND chunk with its CRC

const EXECUTABLES = [
  [0x4d, 0x5a], // MZ: Windows .exe, .dll
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
  [0xfe, 0xed, 0xfa, 0xcf], // Mach-O
  [0x23, 0x21], // #! script
];
const ARCHIVES = [
  [0x50, 0x4b, 0x03, 0x04], // ZIP (also .docx, .xlsx)
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x1f, 0x8b], // gzip
];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc, .xls, encrypted Office
const OTHER_IMAGES = [
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x42, 0x4d], // BMP
  [0x49, 0x49, 0x2a, 0x00], // TIFF (little-endian)
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF (big-endian)
];

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);
}

function endsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return startsWith(bytes, signature, bytes.length - signature.length);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let start = 0; start + needle.length <= bytes.length; start += 1) {
    for (let index = 0; index < needle.length; index += 1) if (bytes[start + index] !== needle[index]) continue outer;
    return true;
  }
  return false;
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** HTML, SVG or XML: markup after optional whitespace and a UTF-8 byte-order mark. */
function looksLikeMarkup(head: Uint8Array): boolean {
  let start = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (start < head.length && [0x09, 0x0a, 0x0d, 0x20].includes(head[start] ?? -1)) start += 1;
  return head[start] === 0x3c; // '<'
}

/** ISO media (HEIC, AVIF from phones), WebP: photo formats the limits do not accept. */
function isOtherPhotoFormat(head: Uint8Array): boolean {
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return true;
  return startsWith(head, ascii('ftyp'), 4) && ['heic', 'heix', 'mif1', 'avif', 'hevc'].some((brand) => startsWith(head, ascii(brand), 8));
}

/**
 * The kind by the file's first bytes (at least HEAD_BYTES of them, unless the file is shorter), or why it
 * is refused. `total` is the file's size.
 */
export function sniffHead(head: Uint8Array, total: number): Sniffed {
  if (total === 0 || head.length === 0) return { ok: false, reason: 'empty' };
  if (startsWith(head, PDF)) return { ok: true, kind: 'pdf' };
  if (startsWith(head, JPEG)) return { ok: true, kind: 'jpeg' };
  if (startsWith(head, PNG)) return startsWith(head, PNG_IHDR, 8) ? { ok: true, kind: 'png' } : { ok: false, reason: 'damaged' };
  if (EXECUTABLES.some((signature) => startsWith(head, signature))) return { ok: false, reason: 'executable' };
  if (ARCHIVES.some((signature) => startsWith(head, signature))) return { ok: false, reason: 'archive' };
  if (startsWith(head, OLE)) return { ok: false, reason: 'office' };
  if (OTHER_IMAGES.some((signature) => startsWith(head, signature)) || isOtherPhotoFormat(head)) return { ok: false, reason: 'otherImage' };
  if (looksLikeMarkup(head)) return { ok: false, reason: 'html' };
  return { ok: false, reason: 'unknown' };
}

/**
 * Whether the file's end fits its kind: a PNG ends with its IEND chunk, a PDF has %%EOF in its last 1024
 * bytes. A file cut short (an interrupted copy, a truncated download) fails here. JPEG is not checked: a
 * phone's photo may carry megabytes after the image's end marker and is still a good scan.
 */
export function tailFits(kind: AttachmentKind, tail: Uint8Array): boolean {
  switch (kind) {
    case 'png':
      return endsWith(tail, PNG_IEND);
    case 'pdf':
      return contains(tail.subarray(Math.max(0, tail.length - TAIL_BYTES)), ascii('%%EOF'));
    case 'jpeg':
      return true;
  }
}

/** Head and tail together: the verdict on a whole file. */
export function sniffFile(head: Uint8Array, tail: Uint8Array, total: number): Sniffed {
  const byHead = sniffHead(head, total);
  if (!byHead.ok) return byHead;
  if (!tailFits(byHead.kind, tail)) return { ok: false, reason: 'damaged' };
  return byHead;
}
