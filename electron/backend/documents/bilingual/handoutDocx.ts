// The hand-out as a Word file: a short head, then one table of three columns, the block's id, its English
// and an empty cell for the Chinese (or a stale block's Chinese, to revise). The id is plain text in its own
// cell: Word and WPS keep it through edits and row moves, and it holds nothing a translation tool would
// translate (shared/summary/handout.ts). The first row repeats on every page and is read back as a header.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { HandoutRow } from '../../../../shared/summary/handout';
import { layout } from '../layout';
import { DOCX_HEI, DOCX_LANGUAGE, DOCX_SONG, withFontTable } from '../../print/docxFonts';
import { both } from './text';

const BODY_HALF_POINTS = 21; // 10.5 pt (五号)
const COLUMNS = [2000, 3650, 3650]; // twips: id, English, Chinese (within the A4 text width)
/** The id in 8 pt: it fits its column on one line. */
const ID_HALF_POINTS = 16;
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

const cell = (text: string, width: number, options: { bold?: boolean; font?: typeof DOCX_SONG | typeof DOCX_HEI; size?: number } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    children: [new Paragraph({ children: [new TextRun({ text, font: options.font ?? DOCX_SONG, size: options.size ?? BODY_HALF_POINTS, ...(options.bold ? { bold: true } : {}) })] })],
  });

export async function buildHandoutDocx(rows: readonly HandoutRow[], author: string): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: [both('bilingual.file.id'), both('bilingual.file.english'), both('bilingual.file.chinese')].map((text, index) => cell(text, COLUMNS[index] as number, { bold: true, font: DOCX_HEI })),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: false,
        children: [cell(row.handoutId, COLUMNS[0] as number, { size: ID_HALF_POINTS }), cell(row.english, COLUMNS[1] as number), cell(row.chinese, COLUMNS[2] as number)],
      }),
  );
  const document = new Document({
    title: both('bilingual.file.handoutTitle'),
    creator: author,
    description: 'TitlePrep',
    styles: { default: { document: { run: { font: DOCX_SONG, size: BODY_HALF_POINTS, language: DOCX_LANGUAGE } } } },
    sections: [
      {
        properties: { page: { size: { width: layout.page.widthTwips, height: layout.page.heightTwips }, margin: layout.marginsTwips } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: both('bilingual.file.handoutTitle'), font: DOCX_HEI, color: '000000', size: 32 })] }),
          new Paragraph({ children: [new TextRun(both('bilingual.file.handoutHow'))] }),
          new Paragraph({ children: [] }),
          new Table({ columnWidths: COLUMNS, width: { size: COLUMNS.reduce((a, b) => a + b, 0), type: WidthType.DXA }, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return withFontTable(await Packer.toBuffer(document));
}
