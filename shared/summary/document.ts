// The work summary as data: an ordered list of blocks (section headings, paragraphs, list items) with bold
// and italic ranges. Deliberately editor-agnostic: whichever editor the renderer uses maps its own model to
// and from this, and the backend, the snapshots, the diff and the exporters read only this.
//
// Validation messages are i18n keys ('summary.*'); a refused document names the block it refuses.
import { z } from 'zod';

export const DOCUMENT_FORMAT = 1;

export const DOCUMENT_LIMITS = {
  /** The whole text, in UTF-8 bytes (what SQLite stores): 2 MiB. A 1 MiB paste fits; a whole book does not. */
  maxTextBytes: 2 * 1024 * 1024,
  maxBlocks: 20_000,
  /** A heading is a line, not a paragraph. Code points. */
  maxHeadingLength: 500,
  maxMarksPerBlock: 10_000,
  maxListLevel: 3,
} as const;

/** C0/C1 control characters except tab; never meaningful in a summary (Word's \v and \a come from pastes). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** A paragraph break inside a block: the editor makes a new block instead. */
const LINE_BREAK = /[\r\n\u2028\u2029]/u;
/** A lone UTF-16 surrogate cannot be stored as UTF-8 and means the text was cut badly. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Any of the three above, in one pass over code units (most text has none, and documents are long). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_REFUSED = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Block text: one paragraph, no control characters, no line breaks, no broken characters. */
const blockText = z.string({ error: 'field.invalid' }).superRefine((value, ctx) => {
  if (!ANY_REFUSED.test(value)) return;
  if (LONE_SURROGATE.test(value)) ctx.addIssue({ code: 'custom', message: 'summary.brokenText' });
  else if (CONTROL_CHARS.test(value)) ctx.addIssue({ code: 'custom', message: 'summary.controlChars' });
  else if (LINE_BREAK.test(value)) ctx.addIssue({ code: 'custom', message: 'summary.lineBreak' });
});

export const MARK_TYPES = ['bold', 'italic'] as const;
export type MarkType = (typeof MARK_TYPES)[number];

/** A styled range of a block's text, in UTF-16 code units (JavaScript string indices), `from` < `to`. */
const markSchema = z.object({
  type: z.enum(MARK_TYPES),
  from: z.number().int().nonnegative(),
  to: z.number().int().positive(),
}).strict();
export type Mark = z.output<typeof markSchema>;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Sorted by type then start; overlapping or touching ranges of one type merged. One form per styling. */
export function normalizeMarks(marks: readonly Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a.type.localeCompare(b.type) || a.from - b.from || a.to - b.to);
  const merged: Mark[] = [];
  for (const mark of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.type === mark.type && mark.from <= last.to) last.to = Math.max(last.to, mark.to);
    else merged.push({ type: mark.type, from: mark.from, to: mark.to });
  }
  return merged;
}

const marks = z.array(markSchema).max(DOCUMENT_LIMITS.maxMarksPerBlock).default([]);

/** Marks must lie inside the text and never split a surrogate pair. */
function checkMarks(block: { text: string; marks: Mark[] }, ctx: z.RefinementCtx): void {
  block.marks.forEach((mark, index) => {
    const splits = (offset: number) => offset > 0 && offset < block.text.length && isLowSurrogate(block.text.charCodeAt(offset));
    if (mark.from >= mark.to || mark.to > block.text.length || splits(mark.from) || splits(mark.to)) {
      ctx.addIssue({ code: 'custom', message: 'summary.markRange', path: ['marks', index] });
    }
  });
}

const BLOCK_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Writing from English (shared/summary/bilingual.ts): any block may carry the English it says (`english`)
 * and the English its Chinese text was written or last checked against (`writtenAgainst`). Both are absent
 * in a summary written in Chinese only, which therefore reads and stores exactly as before. Only `text` (the
 * Chinese) is counted, reviewed and printed for submission.
 */
const sourceFields = {
  english: blockText.optional(),
  writtenAgainst: blockText.optional(),
};

/** A section heading; `id` ties it to the outline's section (or names a section the user added). */
const headingSchema = z.object({
  type: z.literal('heading'),
  id: z.string().regex(BLOCK_ID, { error: 'summary.sectionId' }),
  ...sourceFields,
  text: blockText.refine((value) => [...value].length <= DOCUMENT_LIMITS.maxHeadingLength, {
    message: 'summary.headingTooLong',
    params: { max: DOCUMENT_LIMITS.maxHeadingLength },
  }),
}).strict();

/** A paragraph's or list item's own id, stable across edits, so an English source and a translation
 * handed out and taken back find their block (a heading's id is its section id). Given when the block is
 * first written from English; a Chinese-only summary may have none. */
const blockId = z.string().regex(BLOCK_ID, { error: 'summary.blockId' });

const paragraphSchema = z
  .object({ type: z.literal('paragraph'), id: blockId.optional(), text: blockText, marks, ...sourceFields })
  .strict()
  .superRefine(checkMarks)
  .transform((block) => ({ ...block, marks: normalizeMarks(block.marks) }));

export const LIST_KINDS = ['bullet', 'numbered'] as const;

/** One item of a bulleted or numbered list; consecutive items of one kind form one list. */
const listItemSchema = z
  .object({
    type: z.literal('listItem'),
    id: blockId.optional(),
    list: z.enum(LIST_KINDS),
    level: z.number().int().min(0).max(DOCUMENT_LIMITS.maxListLevel).default(0),
    text: blockText,
    marks,
    ...sourceFields,
  })
  .strict()
  .superRefine(checkMarks)
  .transform((block) => ({ ...block, marks: normalizeMarks(block.marks) }));

export const blockSchema = z.discriminatedUnion('type', [headingSchema, paragraphSchema, listItemSchema]);
export type Block = z.output<typeof blockSchema>;
export type BlockInput = z.input<typeof blockSchema>;

/** UTF-8 length without allocating: what SQLite will store. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

export function documentTextBytes(blocks: readonly { text: string; english?: string; writtenAgainst?: string }[]): number {
  let bytes = 0;
  for (const block of blocks) {
    bytes += utf8Length(block.text);
    if (block.english !== undefined) bytes += utf8Length(block.english);
    if (block.writtenAgainst !== undefined && block.writtenAgainst !== block.english) bytes += utf8Length(block.writtenAgainst);
  }
  return bytes;
}

export const documentSchema = z
  .object({
    format: z.literal(DOCUMENT_FORMAT, { error: 'summary.format' }),
    /** The summary is written from English: the editor shows each block's English beside its Chinese. */
    writeFromEnglish: z.boolean().optional(),
    blocks: z.array(blockSchema).max(DOCUMENT_LIMITS.maxBlocks, { error: 'summary.tooManyBlocks' }),
  })
  .strict()
  .superRefine((document, ctx) => {
    const bytes = documentTextBytes(document.blocks);
    if (bytes > DOCUMENT_LIMITS.maxTextBytes) {
      ctx.addIssue({ code: 'custom', message: 'summary.tooLarge', path: ['blocks'], params: { maxBytes: DOCUMENT_LIMITS.maxTextBytes, bytes } });
    }
    const seen = new Set<string>();
    document.blocks.forEach((block, index) => {
      if (block.id === undefined) return;
      if (seen.has(block.id)) {
        const path = ['blocks', index, 'id'];
        if (block.type === 'heading') ctx.addIssue({ code: 'custom', message: 'summary.duplicateSection', path });
        else ctx.addIssue({ code: 'custom', message: 'summary.duplicateBlock', path });
      }
      seen.add(block.id);
    });
  });

export type SummaryDocument = z.output<typeof documentSchema>;
export type SummaryDocumentInput = z.input<typeof documentSchema>;

export const emptyDocument = (): SummaryDocument => ({ format: DOCUMENT_FORMAT, blocks: [] });

/**
 * The block with its keys in one fixed order, as JSON: equal blocks give equal strings. Snapshots store
 * each distinct block once under the hash of this string, and the diff compares blocks by it.
 */
export function canonicalBlock(block: Block, { withId = true }: { withId?: boolean } = {}): string {
  // The optional fields only when present: a block written in Chinese only keeps the string (and the
  // snapshot hash) it had before writing from English existed.
  const source = {
    ...(block.english !== undefined ? { english: block.english } : {}),
    ...(block.writtenAgainst !== undefined ? { writtenAgainst: block.writtenAgainst } : {}),
  };
  switch (block.type) {
    case 'heading':
      return JSON.stringify({ type: block.type, id: block.id, text: block.text, ...source });
    case 'paragraph':
      return JSON.stringify({ type: block.type, ...(withId && block.id !== undefined ? { id: block.id } : {}), text: block.text, marks: block.marks.map(canonicalMark), ...source });
    case 'listItem':
      return JSON.stringify({
        type: block.type,
        ...(withId && block.id !== undefined ? { id: block.id } : {}),
        list: block.list,
        level: block.level,
        text: block.text,
        marks: block.marks.map(canonicalMark),
        ...source,
      });
  }
}

const canonicalMark = (mark: Mark) => ({ type: mark.type, from: mark.from, to: mark.to });

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARS_GLOBAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const LONE_SURROGATE_GLOBAL = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Text from a paste or an imported .txt made acceptable: a lone surrogate becomes U+FFFD, control
 * characters go (Word's vertical tab, a manual line break, becomes a paragraph break first). One paragraph
 * per line; blank lines dropped.
 */
export function paragraphsFromPlainText(text: string): Block[] {
  return text
    .replace(LONE_SURROGATE_GLOBAL, '\uFFFD')
    .replaceAll('\u000B', '\n')
    .split(/\r\n?|[\n\u2028\u2029]/)
    .map((line) => line.replace(CONTROL_CHARS_GLOBAL, ''))
    .filter((line) => line.trim() !== '')
    .map((line) => ({ type: 'paragraph' as const, text: line, marks: [] }));
}
