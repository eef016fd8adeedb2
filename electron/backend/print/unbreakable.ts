// Where printed text must not break across lines: dates as paper writes them (2025年9月1日) and identifiers
// (patent, standard and ISSN numbers, credit codes), with the punctuation that may not start or end a line
// beside them. One rule for the PDFs (pdfLayout.ts: pdfmake noWrap pieces) and the .docx files
// (docxUnbroken.ts: non-breaking hyphens and word joiners).

/** A date as paper writes it (2025年9月1日, 2025年9月): one piece that never breaks across lines. */
const PRINTED_DATE = /\d{4}年\d{1,2}月(?:\d{1,2}日)?/g;

/**
 * An identifier as typed: Latin letters and digits joined by "/", "-", ".", a no-break space or the dash
 * of Chinese standard numbers (GB/T 9704—2012, T/SHXX 001-2024, ZL202210123456.7, ISSN 1007-869X,
 * 2024-02-20). pdfmake's line breaking (UAX #14), Word and LibreOffice break after "/", "-" and "—",
 * which would split a patent or standard number over two lines.
 */
const IDENTIFIER = /[A-Za-z0-9]+(?:[/\-.\u00A0\u2013\u2014][A-Za-z0-9]+)+/g;

/**
 * A piece kept whole (pdfmake noWrap) is never broken even when wider than its cell, so it would run over the border: an
 * identifier longer than this (no real number is) breaks as ordinary text instead.
 */
const IDENTIFIER_MAX_CHARS = 32;

/**
 * pdfmake may break (and, justified, stretch) between two pieces: punctuation that may not start a line
 * (，。、) or end one (（《) goes into the piece next to it, so no line starts with a comma after a date.
 */
const OPENING = /[（(「『【〈《“‘]+$/u;
const CLOSING = /^[，。、；：！？）)」』】〉》”’,.;:!?]+/u;

/** Where the text holds dates and identifiers that must stay whole on one line, in order and not overlapping. */
export function unbreakableSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(PRINTED_DATE)) spans.push({ start: match.index, end: match.index + match[0].length });
  for (const match of text.matchAll(IDENTIFIER)) {
    if (match[0].length > IDENTIFIER_MAX_CHARS || !/[/\-\u00A0\u2013\u2014]/.test(match[0])) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    if (!spans.some((taken) => span.start < taken.end && taken.start < span.end)) spans.push(span);
  }
  spans.sort((a, b) => a.start - b.start);
  spans.forEach((span, index) => {
    const previousEnd = spans[index - 1]?.end ?? 0;
    span.start -= OPENING.exec(text.slice(previousEnd, span.start))?.[0].length ?? 0;
    const nextStart = spans[index + 1]?.start ?? text.length;
    span.end += CLOSING.exec(text.slice(span.end, nextStart))?.[0].length ?? 0;
  });
  return spans;
}
