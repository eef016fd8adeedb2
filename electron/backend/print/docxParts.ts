// What the Word versions of the form draft and the public notice share: A4 in exact twips, the Chinese font
// named through the runs' eastAsia attribute (Word and WPS then pick it for Chinese), bordered tables with
// shaded label cells, and a value as runs (【待填写】 bold red, 无). Word lays out and breaks the rows itself.
import {
  AlignmentType,
  BorderStyle,
  type ISectionOptions,
  type IShadingAttributesProperties,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { type PrintValue, NONE_TEXT, missingMark } from '../../../shared/print/values';
import { DOCX_HEI, DOCX_SONG } from './docxFonts';
import type { PageLayout } from './pdfLayout';
import { WORD_JOINER, unbrokenRunChildren } from './docxUnbroken';

/** Body text: 宋体 with Times New Roman for Latin (docxFonts.ts). */
export const DOCX_FONT = DOCX_SONG;
export const halfPoints = (pt: number) => Math.round(pt * 2);
export const twipsFromPoints = (pt: number) => Math.round(pt * 20);
/** '#D9D9D9' → 'D9D9D9', as Word's XML writes colours. */
export const hex = (color: string) => color.replace(/^#/, '').toUpperCase();

export const shading = (color: string): IShadingAttributesProperties => ({ type: ShadingType.CLEAR, color: 'auto', fill: hex(color) });

/** The section's page: A4 in exact twips with the layout's margins. */
export function pageProperties(layout: PageLayout): NonNullable<ISectionOptions['properties']> {
  return {
    page: {
      size: { width: layout.page.widthTwips, height: layout.page.heightTwips },
      margin: { ...layout.marginsTwips, header: 720, footer: 567 },
    },
  };
}

export const contentWidthTwips = (layout: PageLayout) => layout.page.widthTwips - layout.marginsTwips.left - layout.marginsTwips.right;

/** Relative widths (percent) as twips adding up exactly to the content width. */
export function columnTwips(widths: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const twips = widths.map((width) => Math.floor((width / sum) * total));
  twips[twips.length - 1]! += total - twips.reduce((a, b) => a + b, 0);
  return twips;
}

export interface RunStyle {
  sizePt: number;
  bold?: boolean;
  color?: string;
  /** 黑体 (headings, table headers) instead of the body's 宋体. */
  heading?: boolean;
  /** Another East Asian face, e.g. the notice's 仿宋. */
  font?: { ascii: string; hAnsi: string; eastAsia: string; cs: string };
}

/** Text with line breaks as one run per line (Word's <w:br/> between them). */
export function textRuns(text: string, style: RunStyle): TextRun[] {
  // Dates and identifiers never break inside (docxUnbroken.ts), as in the PDF.
  return text.split('\n').map((line, index) => new TextRun({
    children: unbrokenRunChildren(line),
    size: halfPoints(style.sizePt),
    ...(style.bold ? { bold: true } : {}),
    ...(style.color ? { color: hex(style.color) } : {}),
    ...(style.heading ? { font: DOCX_HEI } : style.font ? { font: style.font } : {}),
    ...(index > 0 ? { break: 1 } : {}),
  }));
}

/**
 * A ruled space to sign on: underlined ideographic spaces, then a word joiner. Without the joiner the spaces
 * end the line, and a word processor drops trailing white space from a right-aligned line (LibreOffice
 * showed 本人签名： with no line after it).
 */
export function signatureRoom(chars: number, sizePt?: number): TextRun[] {
  const size = sizePt === undefined ? {} : { size: halfPoints(sizePt) };
  return [new TextRun({ text: '\u3000'.repeat(chars), underline: { type: UnderlineType.SINGLE }, ...size }), new TextRun({ text: WORD_JOINER, ...size })];
}

export interface ValueRunOptions {
  sizePt: number;
  markMissing: boolean;
  missingColor: string;
}

export function valueRuns(value: PrintValue, options: ValueRunOptions): TextRun[] {
  switch (value.kind) {
    case 'text':
      return textRuns(value.text, { sizePt: options.sizePt });
    case 'none':
      return textRuns(NONE_TEXT, { sizePt: options.sizePt });
    case 'blank':
      return [];
    case 'missing': {
      if (!options.markMissing) return value.text ? textRuns(value.text, { sizePt: options.sizePt }) : [];
      const mark = new TextRun({ text: missingMark(), bold: true, color: hex(options.missingColor), size: halfPoints(options.sizePt) });
      return value.text ? [...textRuns(`${value.text} `, { sizePt: options.sizePt }), mark] : [mark];
    }
  }
}

export interface CellOptions {
  span?: number;
  fill?: string;
  bold?: boolean;
  center?: boolean;
  paragraphs?: Paragraph[];
}

export function cell(runs: TextRun[], options: CellOptions = {}): TableCell {
  const paragraph = new Paragraph({ children: runs, ...(options.center ? { alignment: AlignmentType.CENTER } : {}) });
  return new TableCell({
    children: options.paragraphs ?? [paragraph],
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(options.span && options.span > 1 ? { columnSpan: options.span } : {}),
    ...(options.fill ? { shading: shading(options.fill) } : {}),
  });
}

const border = (color: string, sizeEighths: number) => ({ style: BorderStyle.SINGLE, size: sizeEighths, color: hex(color) });

/** A bordered table across the content width; rows may break across pages (Word's default). */
export function borderedTable(rows: TableRow[], columnWidths: number[], lineColor: string, lineWidthPt: number): Table {
  const line = border(lineColor, Math.max(2, Math.round(lineWidthPt * 8)));
  return new Table({
    rows,
    columnWidths,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}

export { TableRow };
