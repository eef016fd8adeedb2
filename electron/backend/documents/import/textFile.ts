// Plain-text drafts: UTF-8 (with or without a BOM), UTF-16 with a BOM (Windows Notepad's "Unicode"), and
// GB18030, the superset of GBK and GB2312 that Chinese Windows still writes by default. A file that is valid
// UTF-8 is read as UTF-8; otherwise GB18030 is tried; a file that is neither is refused, never guessed at.
import type { Draft } from './draft';
import { emptyCounters } from './draft';
import { ImportRefusal } from './refusal';

export interface DecodedText {
  text: string;
  /** A label for the user when the encoding is not plain UTF-8. */
  encoding?: string;
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeWith('utf-8', bytes);
    if (text !== null) return { text };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeWith('utf-16le', bytes);
    if (text !== null) return { text, encoding: 'UTF-16' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeWith('utf-16be', bytes);
    if (text !== null) return { text, encoding: 'UTF-16' };
  } else {
    const utf8 = decodeWith('utf-8', bytes);
    if (utf8 !== null) return { text: utf8 };
    const gb = decodeWith('gb18030', bytes);
    if (gb !== null) return { text: gb, encoding: 'GB18030 (GBK)' };
  }
  throw new ImportRefusal('documents.import.undecodable', 'Neither UTF-8, UTF-16 with a BOM, nor GB18030');
}

/** One paragraph per line, blank lines dropped; "一、…" lines may become headings (see sectionTitles). */
export function plainTextDraft(decoded: DecodedText): Draft {
  const blocks = decoded.text
    // eslint-disable-next-line no-control-regex -- a vertical tab pasted from Word is a line break
    .split(/\r\n?|[\n\u2028\u2029\u000B]/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ kind: 'paragraph' as const, text: line, marks: [] }));
  return { blocks, counters: emptyCounters(), guessHeadings: true, ...(decoded.encoding ? { encoding: decoded.encoding } : {}) };
}
