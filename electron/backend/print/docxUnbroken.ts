// Identifiers kept whole on one line in a .docx, as the PDF keeps them (unbreakable.ts). Word and LibreOffice
// have no "no wrap" for a run, so the text itself says it: inside an identifier a "-" becomes Word's
// non-breaking hyphen (<w:noBreakHyphen/>, read back as U+2011), a space a no-break space, and a word joiner
// (U+2060) stands after a "/" or a dash (GB/T 9704—2012). The summary's import reads them back as typed (documents/import/draft.ts).
// Dates (2025年9月1日) are left alone: LibreOffice 7.4 breaks Chinese text between any two characters
// whatever joiner stands there (U+2060, U+200D and U+FEFF tried, measured with its rendering), so a
// joiner would only add invisible characters; the PDF keeps dates whole.
import { NoBreakHyphen } from 'docx';
import { unbreakableSpans } from './unbreakable';

/** Forbids a line break on either side, draws nothing (UAX #14 class WJ; LibreOffice and Word honour it). */
export const WORD_JOINER = '\u2060';

/** The dashes of Chinese standard numbers: em dash (GB/T 9704—2012) and en dash. */
const DASHES = new Set(['\u2014', '\u2013']);

/** A span that is a date (with its punctuation): left as typed. */
const DATE_ONLY = /^[^A-Za-z0-9]*\d{4}年\d{1,2}月(?:\d{1,2}日)?[^A-Za-z0-9]*$/u;

/** A piece that stays whole: its hyphens, spaces and slashes made unbreakable. */
function joined(piece: string): (string | NoBreakHyphen)[] {
  const children: (string | NoBreakHyphen)[] = [];
  let text = '';
  const chars = [...piece];
  chars.forEach((char, index) => {
    const next = chars[index + 1];
    if (char === '-') {
      if (text !== '') children.push(text);
      children.push(new NoBreakHyphen());
      text = '';
      return;
    }
    text += char === ' ' ? '\u00A0' : char;
    // After a "/", and on both sides of the dash of a standard number (9704—2012), Word and LibreOffice may
    // break: joined (LibreOffice 7.4 still broke after a dash joined on one side only).
    if (next !== undefined && (char === '/' || DASHES.has(char) || DASHES.has(next))) text += WORD_JOINER;
  });
  if (text !== '') children.push(text);
  return children;
}

/** The children of a run: plain text, with every date and identifier in it kept whole. */
export function unbrokenRunChildren(text: string): (string | NoBreakHyphen)[] {
  const spans = unbreakableSpans(text).filter((span) => !DATE_ONLY.test(text.slice(span.start, span.end)));
  if (spans.length === 0) return [text];
  const children: (string | NoBreakHyphen)[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) children.push(text.slice(at, span.start));
    children.push(...joined(text.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < text.length) children.push(text.slice(at));
  return children;
}
