// What every reader (.docx, .txt, .md) produces before the document model's rules are applied: blocks whose
// text may still hold line breaks, control characters or lone surrogates, and counts of what was left out.
// `finishDraft` makes them a valid SummaryDocument or refuses the import as a whole: never a partial result.
import type { ImportWarning } from '../../../../shared/contract/documentChannels';
import { type Block, DOCUMENT_LIMITS, type Mark, type SummaryDocument, documentSchema, documentTextBytes, normalizeMarks } from '../../../../shared/summary/document';
import { looksLikeSectionTitle } from './sectionTitles';
import { ImportRefusal, MEGABYTE } from './refusal';

export interface DraftBlock {
  kind: 'heading' | 'paragraph' | 'listItem';
  list?: 'bullet' | 'numbered';
  level?: number;
  text: string;
  marks: Mark[];
}

export interface DraftCounters {
  images: number;
  tables: number;
  links: number;
}

export interface Draft {
  blocks: DraftBlock[];
  counters: DraftCounters;
  /** Set by the text reader when the file was not UTF-8. */
  encoding?: string;
  /** Plain text has no heading styles: guess "一、…" lines as section headings when nothing else is one. */
  guessHeadings: boolean;
}

export const emptyCounters = (): DraftCounters => ({ images: 0, tables: 0, links: 0 });

/** Written by TitlePrep's .docx export inside identifiers (print/docxUnbroken.ts). */
const WORD_JOINER = '\u2060';
const NON_BREAKING_HYPHEN = '\u2011';
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const DROPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The block split at its line breaks, marks cut and shifted with it. */
function splitLines(block: DraftBlock): DraftBlock[] {
  // eslint-disable-next-line no-control-regex -- Word's vertical tab is a manual line break
  if (!/[\r\n\u2028\u2029\u000B]/.test(block.text)) return [block];
  const pieces: DraftBlock[] = [];
  // eslint-disable-next-line no-control-regex -- Word's vertical tab is a manual line break
  const pattern = /\r\n?|[\n\u2028\u2029\u000B]/g;
  let start = 0;
  const push = (end: number) => {
    const marks = block.marks
      .map((mark) => ({ type: mark.type, from: Math.max(mark.from, start) - start, to: Math.min(mark.to, end) - start }))
      .filter((mark) => mark.from < mark.to);
    pieces.push({ ...block, text: block.text.slice(start, end), marks });
  };
  for (let match = pattern.exec(block.text); match; match = pattern.exec(block.text)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(block.text.length);
  return pieces;
}

/** Control characters removed, lone surrogates replaced, outer white space trimmed; marks follow the text. */
function cleanBlock(block: DraftBlock, broken: { count: number }): DraftBlock {
  const source = block.text;
  const offsets = new Array<number>(source.length + 1);
  let text = '';
  for (let index = 0; index < source.length; index += 1) {
    offsets[index] = text.length;
    const code = source.charCodeAt(index);
    if (isHigh(code) && isLow(source.charCodeAt(index + 1))) {
      text += source[index]! + source[index + 1]!;
      offsets[index + 1] = text.length - 1;
      index += 1;
    } else if (isHigh(code) || isLow(code)) {
      text += '\uFFFD';
      broken.count += 1;
    } else if (DROPPED.test(source[index]!)) broken.count += 1;
    else if (source[index] === WORD_JOINER) continue;
    // TitlePrep's own .docx keeps identifiers whole with these (print/docxUnbroken.ts): read back as typed.
    else if (source[index] === NON_BREAKING_HYPHEN) text += '-';
    else text += source[index];
  }
  offsets[source.length] = text.length;
  // Leading full-width spaces are the old way of indenting a Chinese paragraph; the export indents by style.
  const lead = text.length - text.trimStart().length;
  const kept = text.trim();
  const marks = block.marks
    .map((mark) => ({ type: mark.type, from: Math.max((offsets[mark.from] ?? text.length) - lead, 0), to: Math.min((offsets[mark.to] ?? text.length) - lead, kept.length) }))
    .filter((mark) => mark.from < mark.to);
  return { ...block, text: kept, marks };
}

function toBlock(block: DraftBlock, headingNumber: () => string): Block {
  switch (block.kind) {
    case 'heading':
      return { type: 'heading', id: headingNumber(), text: block.text };
    case 'listItem':
      return { type: 'listItem', list: block.list ?? 'bullet', level: block.level ?? 0, text: block.text, marks: normalizeMarks(block.marks) };
    default:
      return { type: 'paragraph', text: block.text, marks: normalizeMarks(block.marks) };
  }
}

/** The draft as a valid document, with the warnings the user should read; throws an ImportRefusal. */
export function finishDraft(draft: Draft): { document: SummaryDocument; warnings: ImportWarning[] } {
  const broken = { count: 0 };
  let longHeadings = 0;
  let deepLists = 0;
  let guessed = 0;
  const cleaned: DraftBlock[] = [];
  for (const block of draft.blocks) {
    for (const piece of splitLines(block)) {
      const clean = cleanBlock(piece, broken);
      if (clean.text === '') continue;
      if (clean.kind === 'heading' && [...clean.text].length > DOCUMENT_LIMITS.maxHeadingLength) {
        longHeadings += 1;
        clean.kind = 'paragraph';
      }
      if (clean.kind === 'listItem' && (clean.level ?? 0) > DOCUMENT_LIMITS.maxListLevel) {
        deepLists += 1;
        clean.level = DOCUMENT_LIMITS.maxListLevel;
      }
      cleaned.push(clean);
    }
  }
  if (cleaned.length === 0) throw new ImportRefusal('documents.import.empty', 'No text in the file');
  if (draft.guessHeadings && !cleaned.some((block) => block.kind === 'heading')) {
    for (const block of cleaned) {
      if (block.kind === 'paragraph' && looksLikeSectionTitle(block.text)) {
        block.kind = 'heading';
        guessed += 1;
      }
    }
  }
  if (cleaned.length > DOCUMENT_LIMITS.maxBlocks) {
    throw new ImportRefusal('documents.import.tooManyBlocks', `${cleaned.length} blocks`, { count: cleaned.length, max: DOCUMENT_LIMITS.maxBlocks });
  }
  let headings = 0;
  const blocks = cleaned.map((block) => toBlock(block, () => `import-${(headings += 1)}`));
  if (documentTextBytes(blocks) > DOCUMENT_LIMITS.maxTextBytes) {
    throw new ImportRefusal('documents.import.tooLarge', 'Text over the document limit', { maxMb: Math.round((DOCUMENT_LIMITS.maxTextBytes / MEGABYTE) * 10) / 10 });
  }
  const parsed = documentSchema.safeParse({ format: 1, blocks });
  if (!parsed.success) throw new ImportRefusal('documents.import.invalid', `Imported document invalid: ${parsed.error.issues[0]?.message ?? ''}`);

  const warnings: ImportWarning[] = [];
  const warn = (key: string, count: number, params: Record<string, string | number> = {}) => {
    if (count > 0) warnings.push({ key, params: { count, ...params } });
  };
  if (draft.encoding) warnings.push({ key: 'documents.import.warning.encoding', params: { encoding: draft.encoding } });
  warn('documents.import.warning.images', draft.counters.images);
  warn('documents.import.warning.tables', draft.counters.tables);
  warn('documents.import.warning.linksDropped', draft.counters.links);
  warn('documents.import.warning.headingsGuessed', guessed);
  warn('documents.import.warning.longHeadings', longHeadings);
  warn('documents.import.warning.deepLists', deepLists, { max: DOCUMENT_LIMITS.maxListLevel + 1 });
  warn('documents.import.warning.brokenText', broken.count);
  if (headings === 0) warnings.push({ key: 'documents.import.warning.noHeadings' });
  return { document: parsed.data, warnings };
}
