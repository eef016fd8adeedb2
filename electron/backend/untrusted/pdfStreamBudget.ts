// pdf-lib inflates every object stream whole while it loads a file, and every content stream of a page it
// embeds: one stream of a few kilobytes can unpack to gigabytes (a PDF of 2 MB once grew the backend by
// 4.8 GB). Before pdf-lib sees an outside PDF, this walks the file's streams and decodes each with pdf-lib's
// own decoders (so exactly the filters pdf-lib would run, chained as it would chain them), but through
// `getBytes(limit)`, which stops decoding at the limit: a stream over its cap, or all of them together over
// the file's budget, is a bomb, found at the cost of the cap. Image streams are skipped: pdf-lib never
// decodes them (it copies them as they are), and a scanner's page may well be large.
import { PDFArray, PDFContext, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';

export const PDF_STREAM_LIMITS = {
  /** One stream, decoded. A generated form's page content is tens of kilobytes; a font program a few MB. */
  maxStreamBytes: 32 * 1024 * 1024,
  /** All the streams of one file, decoded, one after the other (bounds the time more than the memory). */
  maxTotalBytes: 128 * 1024 * 1024,
  /** Streams in one file: a form has hundreds; millions of empty ones would still cost time. */
  maxStreams: 200_000,
} as const;

export type PdfStreamLimits = { [K in keyof typeof PDF_STREAM_LIMITS]: number };

export type StreamBudgetVerdict = { ok: true; streams: number; decodedBytes: number } | { ok: false; reason: string };

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const OBJ = Buffer.from('obj');
/** How far before `stream` its dictionary may start (a dictionary longer than this is not a stream's). */
const DICT_WINDOW = 64 * 1024;

/** Where the stream's data begins, or -1 when this `stream` is not a stream keyword. */
function dataStartAfter(bytes: Uint8Array, at: number): number {
  if (at >= 3 && bytes[at - 3] === 0x65 && bytes[at - 2] === 0x6e && bytes[at - 1] === 0x64) return -1; // endstream
  const after = at + STREAM.length;
  if (bytes[after] === 0x0d && bytes[after + 1] === 0x0a) return after + 2;
  if (bytes[after] === 0x0a || bytes[after] === 0x0d) return after + 1;
  return -1;
}

/** How much is decoded at a time. */
const DECODE_STEP = 64 * 1024;

/** Earlier `obj`s tried when the nearest one is inside the dictionary (a name such as /Xobj). */
const OBJ_TRIES = 8;

/** The stream's dictionary, parsed by pdf-lib from just after `N G obj`; null when there is none to read. */
function dictionaryBefore(bytes: Buffer, at: number, context: PDFContext): PDFDict | null {
  const from = Math.max(0, at - DICT_WINDOW);
  let obj = at;
  for (let tries = 0; tries < OBJ_TRIES; tries += 1) {
    obj = obj === 0 ? -1 : bytes.lastIndexOf(OBJ, obj - 1);
    if (obj < from) return null;
    try {
      const parsed = PDFObjectParser.forBytes(bytes.subarray(obj + OBJ.length, at), context).parseObject();
      if (parsed instanceof PDFDict) return parsed;
    } catch {
      // Not the dictionary's start: try the `obj` before it.
    }
  }
  return null;
}

function rawData(bytes: Buffer, dict: PDFDict, start: number): Uint8Array {
  const length = dict.get(PDFName.of('Length'));
  if (length instanceof PDFNumber && length.asNumber() >= 0 && start + length.asNumber() <= bytes.length) {
    return bytes.subarray(start, start + length.asNumber());
  }
  // An indirect /Length (common) is not resolved here: the data runs to `endstream`.
  const end = bytes.indexOf(END_STREAM, start);
  return bytes.subarray(start, end === -1 ? bytes.length : end);
}

/** pdf-lib skips images; a /Filter given by reference is read as FlateDecode, the filter a bomb would use. */
function decodable(dict: PDFDict, context: PDFContext): PDFDict | null {
  if (dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) return null;
  const filter = dict.get(PDFName.of('Filter'));
  if (filter === undefined) return null;
  if (filter instanceof PDFRef) {
    const copy = dict.clone(context);
    copy.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
    copy.delete(PDFName.of('DecodeParms'));
    return copy;
  }
  return filter instanceof PDFName || filter instanceof PDFArray ? dict : null;
}

/** Decodes every stream pdf-lib may decode, each up to its cap; says which one went over. */
export function checkPdfStreamBudget(input: Uint8Array, limits: PdfStreamLimits = PDF_STREAM_LIMITS): StreamBudgetVerdict {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const context = PDFContext.create();
  let total = 0;
  let streams = 0;
  for (let at = bytes.indexOf(STREAM); at !== -1; at = bytes.indexOf(STREAM, at + STREAM.length)) {
    const start = dataStartAfter(bytes, at);
    if (start === -1) continue;
    const dict = dictionaryBefore(bytes, at, context);
    if (dict === null) continue;
    streams += 1;
    if (streams > limits.maxStreams) return { ok: false, reason: `more than ${limits.maxStreams} streams` };
    const decodeWith = decodable(dict, context);
    if (decodeWith === null) continue;
    const data = rawData(bytes, dict, start);
    let decoded = 0;
    try {
      // In small steps: getBytes(n) allocates n bytes up front, so asking for the cap at once would cost
      // 32 MB for every stream of every normal file. The decoder's buffer grows with what it decodes.
      const stream = decodePDFRawStream(PDFRawStream.of(decodeWith, data));
      for (let step = stream.getBytes(DECODE_STEP).length; ; step = stream.getBytes(DECODE_STEP).length) {
        decoded += step;
        if (step < DECODE_STEP || decoded > limits.maxStreamBytes) break;
      }
    } catch {
      // An unknown filter or damaged data: pdf-lib will fail on it as well, and that is judged elsewhere.
      continue;
    }
    if (decoded > limits.maxStreamBytes) return { ok: false, reason: `a stream at byte ${at} decodes to more than ${limits.maxStreamBytes} bytes` };
    total += decoded;
    if (total > limits.maxTotalBytes) return { ok: false, reason: `the streams decode to more than ${limits.maxTotalBytes} bytes` };
  }
  return { ok: true, streams, decodedBytes: total };
}
