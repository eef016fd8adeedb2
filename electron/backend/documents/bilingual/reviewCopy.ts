// The review copy: the summary's English and Chinese side by side, block by block, for a Chinese-speaking
// colleague or HR to check the translation. Marked at the top and in every page's footer "供核对，不作申报材料 /
// for checking, not for submission": it is never a paper to hand in (the summary itself is printed in Chinese
// only). A block whose English changed after its Chinese, or that has no Chinese yet, says so under its text.
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import pdfMake from 'pdfmake';
import type { Content, TableCell as PdfCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { blockState } from '../../../../shared/summary/bilingual';
import type { Block } from '../../../../shared/summary/document';
import type { FontFiles } from '../fonts';
import { layout, points } from '../layout';
import { HEI, SONG, usePdfFonts } from '../pdfFonts';
import { DOCX_HEI, DOCX_LANGUAGE, DOCX_SONG, withFontTable } from '../../print/docxFonts';
import { pageLabelRun } from '../export/summaryDocx';
import { both, en, zh } from './text';

export interface ReviewCopyText {
  /** The applicant's name, under the title. */
  applicant: string;
}

/** The note under a block's Chinese, or null when the two sides are in step. */
function noteOf(block: Block): string | null {
  const state = blockState(block);
  if (state === 'stale') return both('bilingual.file.reviewStale');
  if (state === 'english-only') return both('bilingual.file.reviewUntranslated');
  return null;
}

const MARK = () => `${zh('bilingual.file.reviewMark')} / ${en('bilingual.file.reviewMark')}`;
const PAGE = () => `${zh('bilingual.file.page')} · ${en('bilingual.file.page')}`;
const COLUMNS = [4650, 4650];
const IDEOGRAPHIC_SPACE = '\u3000';
const SIZE = 21; // half-points: 10.5 pt

/** Blocks worth a row: anything with text on either side. */
const rowsOf = (blocks: readonly Block[]) => blocks.filter((block) => block.text.trim() !== '' || (block.english ?? '').trim() !== '');

export async function buildReviewCopyDocx(blocks: readonly Block[], text: ReviewCopyText): Promise<Buffer> {
  const cell = (value: string, options: { bold?: boolean; font?: typeof DOCX_SONG | typeof DOCX_HEI; note?: string | null; keepNext?: boolean } = {}) =>
    new TableCell({
      width: { size: COLUMNS[0] as number, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [
        new Paragraph({ ...(options.keepNext ? { keepNext: true } : {}), children: [new TextRun({ text: value, font: options.font ?? DOCX_SONG, size: SIZE, ...(options.bold ? { bold: true } : {}) })] }),
        ...(options.note ? [new Paragraph({ children: [new TextRun({ text: `（${options.note}）`, size: 18, italics: true, color: '9B1C1C' })] })] : []),
      ],
    });
  const header = new TableRow({ tableHeader: true, children: [cell(both('bilingual.file.english'), { bold: true, font: DOCX_HEI }), cell(both('bilingual.file.chinese'), { bold: true, font: DOCX_HEI })] });
  const body = rowsOf(blocks).map((block) => {
    const heading = block.type === 'heading';
    // A row kept on one page when it fits (Word breaks a longer one anyway); a heading's row kept with the next.
    const options = heading ? { bold: true, font: DOCX_HEI, keepNext: true } : {};
    return new TableRow({ cantSplit: true, children: [cell(block.english ?? '', options), cell(block.text, { ...options, note: noteOf(block) })] });
  });
  const mark = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: MARK(), bold: true, color: '9B1C1C', size: 20 })] });
  const document = new Document({
    title: both('bilingual.file.reviewTitle'),
    creator: text.applicant,
    description: 'TitlePrep',
    styles: { default: { document: { run: { font: DOCX_SONG, size: SIZE, language: DOCX_LANGUAGE } } } },
    sections: [
      {
        properties: { page: { size: { width: layout.page.widthTwips, height: layout.page.heightTwips }, margin: { ...layout.marginsTwips, header: layout.footerDistanceTwips, footer: layout.footerDistanceTwips } } },
        headers: { default: new Header({ children: [mark] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [pageLabelRun(`${MARK()}${IDEOGRAPHIC_SPACE}${PAGE()}`)] })] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: both('bilingual.file.reviewTitle'), font: DOCX_HEI, size: 32 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(text.applicant)] }),
          new Paragraph({ children: [] }),
          new Table({ columnWidths: COLUMNS, width: { size: COLUMNS[0]! + COLUMNS[1]!, type: WidthType.DXA }, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return withFontTable(await Packer.toBuffer(document));
}

/** pdfmake's default left and right cell padding, in points. */
const CELL_PADDING = 4;

export interface RowShape {
  /** The text width of one column, in points. */
  columnWidth: number;
  fontSize: number;
  lineHeight: number;
  /** The page's height between its margins, in points. */
  bodyHeight: number;
}

/**
 * A generous estimate of a block's row height in points: a CJK character takes a full em, any other
 * character 0.55 em, and each line loses a tenth to word wrapping. Used only to tell whether a row fits on
 * one page, so it errs high.
 */
export function estimatedRowHeight(block: Block, shape: RowShape): number {
  const lines = (value: string, extra = 0): number => {
    let width = 0;
    for (const character of value) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(character) ? 1 : 0.55;
    return Math.max(1, Math.ceil((width * shape.fontSize) / (shape.columnWidth * 0.9))) + extra;
  };
  const line = shape.fontSize * shape.lineHeight;
  const note = noteOf(block) === null ? 0 : 2;
  return Math.max(lines(block.english ?? ''), lines(block.text, note)) * line + 8;
}

/**
 * The table's rows: one per block, except that a heading shares its row with the block under it, so a
 * section's name never ends a page apart from its text.
 */
export function rowGroups(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (last && last.length === 1 && last[0]?.type === 'heading' && block.type !== 'heading') last.push(block);
    else groups.push([block]);
  }
  return groups;
}

/**
 * The rows in runs of one table each: a row is kept on one page when it fits on one (its rows never break,
 * so no page ends in a row's first or last few lines and the last page is not a stub); a row taller than a
 * page is a run of its own that may break (pdfmake cannot lay out an unbreakable row longer than a page).
 */
export function tableRuns(groups: readonly (readonly Block[])[], shape: RowShape): { rows: number[]; keepTogether: boolean }[] {
  const runs: { rows: number[]; keepTogether: boolean }[] = [];
  // Room for the repeated column heads and a margin of error.
  const room = shape.bodyHeight * 0.85;
  groups.forEach((group, index) => {
    const fits = group.reduce((height, block) => height + estimatedRowHeight(block, shape), 0) <= room;
    const last = runs.at(-1);
    if (fits && last?.keepTogether) last.rows.push(index);
    else runs.push({ rows: [index], keepTogether: fits });
  });
  return runs.length > 0 ? runs : [{ rows: [], keepTogether: true }];
}

export async function buildReviewCopyPdf(blocks: readonly Block[], text: ReviewCopyText, fonts: FontFiles): Promise<{ bytes: Buffer; pages: number }> {
  usePdfFonts(fonts);
  const { marginsTwips } = layout;
  const size = 10.5;
  let pages = 0;
  const part = (value: string, heading: boolean, note: string | null, first: boolean): Content[] => [
    { text: value, ...(heading ? { font: HEI, bold: true } : {}), ...(first ? {} : { margin: [0, 6, 0, 0] as [number, number, number, number] }) },
    ...(note ? [{ text: `（${note}）`, fontSize: 8.5, color: '#9b1c1c', margin: [0, 2, 0, 0] as [number, number, number, number] }] : []),
  ];
  const groups = rowGroups(rowsOf(blocks));
  const body: PdfCell[][] = [
    [
      { text: both('bilingual.file.english'), font: HEI, bold: true },
      { text: both('bilingual.file.chinese'), font: HEI, bold: true },
    ],
    ...groups.map((group): PdfCell[] => [
      { stack: group.flatMap((block, index) => part(block.english ?? '', block.type === 'heading', null, index === 0)) },
      { stack: group.flatMap((block, index) => part(block.text, block.type === 'heading', noteOf(block), index === 0)) },
    ]),
  ];
  const pageMargins: [number, number, number, number] = [points(marginsTwips.left) - 20, points(marginsTwips.top), points(marginsTwips.right) - 20, points(marginsTwips.bottom)];
  const pageWidth = points(layout.page.widthTwips);
  const pageHeight = points(layout.page.heightTwips);
  const shape: RowShape = { columnWidth: (pageWidth - pageMargins[0] - pageMargins[2]) / 2 - 2 * CELL_PADDING, fontSize: size, lineHeight: 1.35, bodyHeight: pageHeight - pageMargins[1] - pageMargins[3] };
  const tableLayout = (first: boolean) => ({
    // A run after the first starts under the previous run's last line: no second line there.
    hLineWidth: (index: number) => (index === 0 && !first ? 0 : 0.5),
    vLineWidth: () => 0.5,
    hLineColor: () => '#999999',
    vLineColor: () => '#999999',
    paddingTop: () => 4,
    paddingBottom: () => 4,
  });
  const content: Content[] = [
    { text: both('bilingual.file.reviewTitle'), font: HEI, fontSize: 16, alignment: 'center', margin: [0, 0, 0, 4] },
    { text: text.applicant, alignment: 'center', margin: [0, 0, 0, 10] },
    ...tableRuns(groups, shape).map((run, index): Content => ({
      table: { headerRows: index === 0 ? 1 : 0, widths: ['*', '*'], body: index === 0 ? [body[0] as PdfCell[], ...run.rows.map((at) => body[at + 1] as PdfCell[])] : run.rows.map((at) => body[at + 1] as PdfCell[]), dontBreakRows: run.keepTogether },
      layout: tableLayout(index === 0),
    })),
  ];
  const definition: TDocumentDefinitions = {
    pageSize: { width: pageWidth, height: pageHeight },
    pageMargins,
    info: { title: both('bilingual.file.reviewTitle'), author: text.applicant, creator: 'TitlePrep', producer: 'TitlePrep' },
    language: 'zh-CN',
    defaultStyle: { font: SONG, fontSize: size, lineHeight: 1.35 },
    header: { text: MARK(), alignment: 'center', font: HEI, bold: true, color: '#9b1c1c', fontSize: 10, margin: [0, 30, 0, 0] },
    footer: (currentPage, pageCount) => {
      pages = Math.max(pages, pageCount);
      return {
        text: `${MARK()}${IDEOGRAPHIC_SPACE}${PAGE().replaceAll('{page}', String(currentPage)).replaceAll('{pages}', String(pageCount))}`,
        alignment: 'center',
        fontSize: 9,
        margin: [0, points(marginsTwips.bottom) - points(layout.footerDistanceTwips), 0, 0],
      };
    },
    content,
  };
  const bytes = await pdfMake.createPdf(definition).getBuffer();
  return { bytes, pages };
}
