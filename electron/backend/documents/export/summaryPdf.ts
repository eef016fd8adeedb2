// The work summary as a PDF, laid out by pdfmake with the bundled TrueType Chinese font, subset by pdfkit
// (only the glyphs used are embedded: tens of KB, not the font's 10 MB). Same layout data as the .docx.
// The font has no italic face: italic text is set upright (nothing is synthesised); bold uses the bold face.
import pdfMake from 'pdfmake';
import type { Content, ContentText, Node, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block } from '../../../../shared/summary/document';
import type { FontFiles } from '../fonts';
import { HEI, SONG, usePdfFonts } from '../pdfFonts';
import { layout, points } from '../layout';
import { unbrokenText } from '../../print/pdfLayout';
import { type LaidParagraph, endsInWidow, recordLines } from './pdfLines';
import { styledRuns } from './runs';
import { SEAL_ROOM_PT, SIGNATURE_ROOM_CHARS, type SummaryPrintText } from './summaryDocx';

type ListItem = Extract<Block, { type: 'listItem' }>;
const BULLET_MARKERS = ['disc', 'circle', 'square', 'disc'] as const;
const NUMBER_MARKERS = ['decimal', 'lower-alpha', 'lower-roman', 'decimal'] as const;

function inlineRuns(block: Pick<Exclude<Block, { type: 'heading' }>, 'text' | 'marks'>): ContentText['text'] {
  // Patent and standard numbers, dates, codes in the text never break inside (unbrokenText).
  const runs = styledRuns(block.text, block.marks);
  if (runs.length === 1 && !runs[0]!.bold) return unbrokenText(block.text);
  return runs.map((run) => (run.bold ? { text: unbrokenText(run.text), bold: true } : { text: unbrokenText(run.text) }));
}

/** Consecutive list items as pdfmake's nested ul/ol, from `start`; returns the list and the next index. */
function list(items: readonly ListItem[], start: number, level: number): [Content, number] {
  const kind = items[start]!.list;
  const children: Content[] = [];
  let index = start;
  while (index < items.length) {
    const item = items[index]!;
    if (item.level < level || (item.level === level && item.list !== kind && children.length > 0)) break;
    if (item.level > level) {
      const [nested, next] = list(items, index, level + 1);
      children.push(nested);
      index = next;
      continue;
    }
    children.push({ text: inlineRuns(item), style: 'listItem' });
    index += 1;
  }
  const node: Content = kind === 'bullet'
    ? { ul: children, type: BULLET_MARKERS[level % BULLET_MARKERS.length] }
    : { ol: children, type: NUMBER_MARKERS[level % NUMBER_MARKERS.length] };
  return [node, index];
}

/**
 * How a paragraph is set to keep its last line off the top of a page (widow control), decided from a
 * previous layout: moved whole to the next page, or split before its last two lines, which start the next
 * page (the part before keeps its first-line indent and ends on a justified full line).
 */
type WidowFix = { kind: 'move' } | { kind: 'split'; at: number };

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/** The part [from, to) of a paragraph, its marks cut to it. */
function slice(block: Paragraph, from: number, to: number): Pick<Paragraph, 'text' | 'marks'> {
  const marks = block.marks
    .map((mark) => ({ ...mark, from: Math.max(mark.from, from) - from, to: Math.min(mark.to, to) - from }))
    .filter((mark) => mark.from < mark.to);
  return { text: block.text.slice(from, to), marks };
}

function paragraphContent(block: Paragraph, id: string, fix: WidowFix | undefined): Content[] {
  if (fix?.kind === 'move') return [{ id, text: inlineRuns(block), style: 'body', pageBreak: 'before' }];
  if (fix?.kind === 'split') {
    // justifyLastLine: read by the line hook (pdfLines.ts), unknown to pdfmake's types.
    const first = { id, text: inlineRuns(slice(block, 0, fix.at)), style: 'body', margin: [0, 0, 0, 0] as [number, number, number, number], justifyLastLine: true };
    const rest: Content = { id: `${id}+`, text: inlineRuns(slice(block, fix.at, block.text.length)), style: 'body', leadingIndent: 0, pageBreak: 'before' };
    return [first as Content, rest];
  }
  return [{ id, text: inlineRuns(block), style: 'body' }];
}

function bodyContent(blocks: readonly Block[], paragraphId: (index: number) => string, fixes: ReadonlyMap<number, WidowFix>): Content[] {
  const content: Content[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index]!;
    if (block.type === 'heading') {
      content.push({ text: block.text, style: 'heading', headlineLevel: 1 });
      index += 1;
    } else if (block.type === 'paragraph') {
      content.push(...paragraphContent(block, paragraphId(index), fixes.get(index)));
      index += 1;
    } else {
      const items: ListItem[] = [];
      while (blocks[index]?.type === 'listItem') items.push(blocks[index++] as ListItem);
      let at = 0;
      while (at < items.length) {
        const [node, next] = list(items, at, 0);
        content.push({ stack: [node], style: 'list' });
        at = next;
      }
    }
  }
  return content;
}

/**
 * The first paragraph, in reading order, whose last line stands alone at the top of a page, and its fix: a
 * paragraph of three lines or fewer moves whole (split, it would leave a first line alone: an orphan); a
 * longer one carries its second-to-last line over too. Undefined when there is none. The lines pdfmake
 * reported must give back the paragraph's text, or the split point is not trusted and it moves whole.
 */
export function firstWidowFix(blocks: readonly Block[], laid: (index: number) => LaidParagraph | undefined, fixes: ReadonlyMap<number, WidowFix>): [number, WidowFix] | undefined {
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.type !== 'paragraph' || fixes.has(index)) continue;
    const paragraph = laid(index);
    if (paragraph === undefined || !endsInWidow(paragraph)) continue;
    const { lines } = paragraph;
    if (lines.length <= 3 || lines.join('') !== block.text) return [index, { kind: 'move' }];
    return [index, { kind: 'split', at: lines.slice(0, -2).join('').length }];
  }
  return undefined;
}

/** Layouts tried at most: each fixes the first widow left, and moves what follows by a line or a few. */
const WIDOW_PASSES_MAX = 6;


/**
 * 本人签名 and 日期, right-aligned under the text with a ruled space to sign: one unbreakable block, so the
 * signature never stands alone at the top of a page without the date, nor the date without the signature.
 */
function closing(text: SummaryPrintText['closing'], size: number): Content {
  const room = size * SIGNATURE_ROOM_CHARS;
  return {
    unbreakable: true,
    margin: [0, size * 2, 0, 0],
    stack: [
      {
        columns: [
          { width: '*', text: '' },
          { width: 'auto', text: text.signature },
          { width: room, canvas: [{ type: 'line', x1: 0, y1: size * 1.25, x2: room, y2: size * 1.25, lineWidth: 0.5 }] },
        ],
        columnGap: 0,
      },
      { text: `${text.date}${'　'.repeat(3)}${text.blankDate}`, alignment: 'right', margin: [0, size, 0, 0] },
    ],
  };
}

/**
 * 单位审核意见 with room to write, then 42 mm for the seal above 单位（盖章） and the date at the right: one
 * unbreakable block, so the seal line never ends up on a page without the opinion it confirms.
 */
function employerReview(review: NonNullable<SummaryPrintText['employerReview']>, size: number): Content {
  return {
    unbreakable: true,
    margin: [0, size * 2, 0, 0],
    stack: [
      { text: review.opinion },
      { text: `${review.seal}${'　'.repeat(4)}`, alignment: 'right', margin: [0, SEAL_ROOM_PT, 0, 0] },
      { text: review.blankDate, alignment: 'right', margin: [0, size * 0.5, 0, 0] },
    ],
  };
}

/** Characters of a last block short enough to move, whole, to the next page with the closing. */
const KEEP_WITH_CLOSING_MAX_CHARS = 400;

/**
 * The closing goes on the page of the text's last block: when that block is short, the two are one
 * unbreakable stack, so a signature never stands on a page of its own. A long block is never made
 * unbreakable: pdfmake would clip what does not fit on one page; it ends on a page the closing can follow.
 */
function withClosing(body: Content[], blocks: readonly Block[], closingBlock: Content): Content[] {
  const last = body.at(-1);
  if (last === undefined) return [closingBlock];
  const lastBlock = blocks.at(-1);
  // A list node holds several items: count them all.
  const tail = lastBlock?.type === 'listItem' ? blocks.slice(blocks.findLastIndex((block) => block.type !== 'listItem') + 1) : blocks.slice(-1);
  const length = tail.reduce((sum, block) => sum + [...block.text].length, 0);
  if (length > KEEP_WITH_CLOSING_MAX_CHARS) return [...body, closingBlock];
  // Kept whole on one page with the closing: no widow control inside it (pdfmake drops an unbreakable block
  // whose content asks for a page break), so the paragraph loses the id the line hook records.
  const kept = typeof last === 'object' && !Array.isArray(last) && 'id' in last ? { ...last, id: undefined } : last;
  return [...body.slice(0, -1), { unbreakable: true, stack: [kept, closingBlock] }];
}

/**
 * A CJK font's line box is at most this many ems (Noto Serif SC: ascent + descent ≈ 1.45 em); pdfmake gives a
 * node's position, not its lines, so the room for two lines is estimated from above: a paragraph may move
 * with a little more white left behind, never stay with one line alone.
 */
const LINE_BOX_EM_MAX = 1.5;

/** The footer's node id: pdfmake's page-break queries see the footer as content of the page. */
const FOOTER_ID = 'summary-page-footer';

/** The paragraph runs over a page and the room left where it starts holds fewer than two of its lines. */
export function leavesOrphan(node: Pick<Node, 'pageNumbers' | 'startPosition'>, lineHeightPt: number): boolean {
  if (node.pageNumbers.length < 2) return false;
  const { pageInnerHeight, verticalRatio } = node.startPosition;
  const room = pageInnerHeight * (1 - verticalRatio);
  return room < 2 * lineHeightPt * LINE_BOX_EM_MAX;
}

export interface BuiltPdf {
  bytes: Buffer;
  pages: number;
}

export interface SummaryPdfOptions {
  /** false: no footer (the print packet stamps its own page numbers, counted per copy). Default true. */
  pageNumbers?: boolean;
}

export async function buildSummaryPdf(blocks: readonly Block[], text: SummaryPrintText, fonts: FontFiles, options: SummaryPdfOptions = {}): Promise<BuiltPdf> {
  usePdfFonts(fonts);
  const { sizesPt, spacingPt, marginsTwips } = layout;
  const margins: [number, number, number, number] = [points(marginsTwips.left), points(marginsTwips.top), points(marginsTwips.right), points(marginsTwips.bottom)];
  let pages = 0;
  const lines = recordLines();
  const paragraphId = (index: number) => lines.id(`p${index}`);
  const fixes = new Map<number, WidowFix>();
  const definition = (): TDocumentDefinitions => ({
    pageSize: { width: points(layout.page.widthTwips), height: points(layout.page.heightTwips) },
    pageMargins: margins,
    info: { title: text.title, author: text.author, creator: 'TitlePrep', producer: 'TitlePrep' },
    language: 'zh-CN',
    defaultStyle: { font: SONG, fontSize: sizesPt.body, lineHeight: layout.lineSpacing },
    styles: {
      title: { font: HEI, fontSize: sizesPt.title, bold: true, alignment: 'center', margin: [0, 0, 0, spacingPt.afterTitle], lineHeight: 1.2 },
      applicant: { fontSize: sizesPt.applicant, alignment: 'center', margin: [0, 0, 0, spacingPt.afterApplicant], lineHeight: 1.2 },
      heading: { font: HEI, fontSize: sizesPt.heading, bold: false, margin: [0, spacingPt.beforeHeading, 0, spacingPt.afterHeading], lineHeight: 1.3 },
      // Justified as in the .docx: pdfmake spreads a line's slack over its break opportunities, which in
      // Chinese text are the gaps between characters, as a Chinese word processor does.
      body: { alignment: 'justify', leadingIndent: sizesPt.body * layout.firstLineIndentChars, margin: [0, 0, 0, spacingPt.afterParagraph] },
      listItem: { alignment: 'left' },
      list: { margin: [0, 0, 0, spacingPt.afterParagraph] },
    },
    // A heading never ends a page: it moves to the next page with its first paragraph. A body paragraph
    // never leaves its first line alone at the bottom of a page (an orphan): it starts on the next page.
    // The heading is decided first (pdfmake asks in order): when its paragraph is about to move, it moves too.
    pageBreakBefore: (node, queries) => {
      const orphan = (candidate: Node | undefined) => candidate?.style === 'body' && leavesOrphan(candidate, sizesPt.body * layout.lineSpacing);
      if (node.headlineLevel === 1) {
        // pdfmake lists the page's footer among the following nodes: without this filter the rule never held.
        const following = queries.getFollowingNodesOnPage().filter((other) => other.id !== FOOTER_ID);
        return following.length === 0 || orphan(following[0]);
      }
      return orphan(node);
    },
    footer: (currentPage, pageCount) => {
      pages = Math.max(pages, pageCount);
      if (options.pageNumbers === false) return '';
      return {
        id: FOOTER_ID,
        text: text.pageLabel.replace('{page}', String(currentPage)).replace('{pages}', String(pageCount)),
        alignment: 'center',
        fontSize: sizesPt.footer,
        margin: [0, points(marginsTwips.bottom) - points(layout.footerDistanceTwips), 0, 0],
      };
    },
    content: [
      { text: text.title, style: 'title' },
      { text: text.applicant, style: 'applicant' },
      ...withClosing(bodyContent(blocks, paragraphId, fixes), blocks, closing(text.closing, sizesPt.body)),
      ...(text.employerReview ? [employerReview(text.employerReview, sizesPt.body)] : []),
    ],
  });
  let bytes: Buffer;
  try {
    // Widow control: lay out, find the first paragraph whose last line starts a page, fix it, lay out again.
    for (let pass = 0; ; pass += 1) {
      pages = 0;
      bytes = await pdfMake.createPdf(definition()).getBuffer();
      const widow = pass < WIDOW_PASSES_MAX ? firstWidowFix(blocks, (index) => lines.paragraph(paragraphId(index)), fixes) : undefined;
      if (widow === undefined) break;
      fixes.set(...widow);
    }
  } finally {
    lines.close();
  }
  return { bytes, pages };
}
