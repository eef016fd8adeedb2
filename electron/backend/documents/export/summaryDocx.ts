// The work summary as an editable Word file (docx library): A4 with Word's Chinese default margins, 宋体 for
// the body and 黑体 for the title and headings through the run fonts' eastAsia attribute (Times New Roman
// for Latin), a filled font table (print/docxFonts.ts), sections as real
// "heading 1" paragraphs with outline level 0 (Word's navigation pane lists them), lists on numbering
// definitions (each numbered list restarts at 1), bold and italic, a title, and page numbers in the footer.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { Block } from '../../../../shared/summary/document';
import { layout } from '../layout';
import { DOCX_HEI, DOCX_LANGUAGE, DOCX_SONG, withFontTable } from '../../print/docxFonts';
import { styledRuns } from './runs';
import { unbrokenRunChildren } from '../../print/docxUnbroken';
import { signatureRoom } from '../../print/docxParts';

export interface SummaryPrintText {
  title: string;
  /** The lines under the title (\n between them): the applicant's name, and the employer's when known. */
  applicant: string;
  /** A page label with {page} and {pages} placeholders. */
  pageLabel: string;
  /** File metadata: the applicant's name. */
  author: string;
  /** The closing line the applicant signs: 本人签名 with room to sign, then 日期 with 年 月 日 to fill in. */
  closing: { signature: string; date: string; blankDate: string };
  /**
   * The employer's check and seal under the applicant's signature (单位审核意见 … 单位（盖章） 年 月 日), printed
   * when the programme's data asks for it or the user ticks it on the print page; absent: not printed.
   */
  employerReview?: { opinion: string; seal: string; blankDate: string };
}

/** Room for the employer's round seal (42 mm across) above 单位（盖章）, in points: the seal and a margin. */
export const SEAL_ROOM_PT = (42 / 25.4) * 72 + 12;

/** Room to sign by hand after 本人签名：, in characters of body text. */
export const SIGNATURE_ROOM_CHARS = 8;

const halfPoints = (pt: number) => pt * 2;
const twipsFromPoints = (pt: number) => Math.round(pt * 20);
const LINE = Math.round(240 * layout.lineSpacing);
const font = DOCX_SONG;
const BULLETS = ['•', '◦', '▪', '–'];
const NUMBER_FORMATS = [
  { format: LevelFormat.DECIMAL, text: (level: number) => `%${level + 1}.` },
  { format: LevelFormat.LOWER_LETTER, text: (level: number) => `%${level + 1})` },
  { format: LevelFormat.LOWER_ROMAN, text: (level: number) => `%${level + 1}.` },
  { format: LevelFormat.DECIMAL, text: (level: number) => `(%${level + 1})` },
];
const LIST_INDENT = twipsFromPoints(layout.listIndentPt);

function listLevels(kind: 'bullet' | 'numbered') {
  return [0, 1, 2, 3].map((level) => {
    const numbered = NUMBER_FORMATS[level]!;
    return {
      level,
      format: kind === 'bullet' ? LevelFormat.BULLET : numbered.format,
      text: kind === 'bullet' ? BULLETS[level]! : numbered.text(level),
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } } },
    };
  });
}

function runs(block: Extract<Block, { marks: unknown }>): TextRun[] {
  return styledRuns(block.text, block.marks).map((run) => new TextRun({ children: unbrokenRunChildren(run.text), ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italics: true } : {}) }));
}

/** The page label's text around {page} and {pages}, with Word's page fields in their places. */
export function pageLabelRun(label: string): TextRun {
  const children: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  for (const part of label.split(/(\{page\}|\{pages\})/)) {
    if (part === '{page}') children.push(PageNumber.CURRENT);
    else if (part === '{pages}') children.push(PageNumber.TOTAL_PAGES);
    else if (part !== '') children.push(part);
  }
  return new TextRun({ children, size: halfPoints(layout.sizesPt.footer) });
}

function bodyParagraphs(blocks: readonly Block[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let listInstance = 0;
  let previous: Block | undefined;
  for (const block of blocks) {
    if (block.type === 'heading') {
      paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] }));
    } else if (block.type === 'paragraph') {
      // Widow and orphan control, as in the PDF: OOXML reads an absent w:widowControl as off, and the docx
      // library's styles cannot carry it, so each paragraph says it.
      paragraphs.push(new Paragraph({ style: 'SummaryBody', widowControl: true, children: runs(block) }));
    } else {
      // A new list starts after anything that is not an item of the same kind: it numbers from 1 again.
      if (previous?.type !== 'listItem' || previous.list !== block.list) listInstance += 1;
      paragraphs.push(
        new Paragraph({
          style: 'SummaryListItem',
          widowControl: true,
          numbering: { reference: `summary-${block.list}`, level: block.level, instance: listInstance },
          children: runs(block),
        }),
      );
    }
    previous = block;
  }
  return paragraphs;
}

/** The signature and date, right-aligned after a blank line, kept together and with the last paragraph. */
function closingParagraphs(closing: SummaryPrintText['closing']): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, keepLines: true, children: [] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, keepLines: true, children: [new TextRun(closing.signature), ...signatureRoom(SIGNATURE_ROOM_CHARS)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, keepLines: true, children: [new TextRun(`${closing.date}${'　'.repeat(3)}${closing.blankDate}`)] }),
  ];
}

/**
 * 单位审核意见 with lines to write on, room for the seal, 单位（盖章） and the date at the right: one block
 * Word keeps on one page (keepNext/keepLines), following the applicant's signature.
 */
function employerReviewParagraphs(review: NonNullable<SummaryPrintText['employerReview']>): Paragraph[] {
  const keep = { keepNext: true, keepLines: true };
  return [
    new Paragraph({ ...keep, spacing: { before: twipsFromPoints(layout.sizesPt.body * 2) }, children: [new TextRun(review.opinion)] }),
    new Paragraph({ ...keep, spacing: { before: twipsFromPoints(SEAL_ROOM_PT) }, alignment: AlignmentType.RIGHT, children: [new TextRun(`${review.seal}${'　'.repeat(4)}`)] }),
    new Paragraph({ keepLines: true, alignment: AlignmentType.RIGHT, children: [new TextRun(review.blankDate)] }),
  ];
}

export async function buildSummaryDocx(blocks: readonly Block[], text: SummaryPrintText): Promise<Buffer> {
  const { sizesPt, spacingPt } = layout;
  const document = new Document({
    title: text.title,
    creator: text.author,
    lastModifiedBy: text.author,
    description: 'TitlePrep',
    styles: {
      default: {
        document: {
          run: { font, size: halfPoints(sizesPt.body), language: DOCX_LANGUAGE },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: DOCX_HEI, size: halfPoints(sizesPt.heading), color: '000000' },
          paragraph: {
            outlineLevel: 0,
            keepNext: true,
            keepLines: true,
            spacing: { before: twipsFromPoints(spacingPt.beforeHeading), after: twipsFromPoints(spacingPt.afterHeading), line: LINE, lineRule: LineRuleType.AUTO },
          },
        },
        title: {
          run: { font: DOCX_HEI, size: halfPoints(sizesPt.title), color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: twipsFromPoints(spacingPt.afterTitle) } },
        },
      },
      paragraphStyles: [
        {
          id: 'SummaryBody',
          name: 'Summary Body',
          basedOn: 'Normal',
          next: 'SummaryBody',
          quickFormat: true,
          paragraph: {
            indent: { firstLine: twipsFromPoints(sizesPt.body * layout.firstLineIndentChars) },
            alignment: AlignmentType.JUSTIFIED,
            spacing: { after: twipsFromPoints(spacingPt.afterParagraph) },
          },
        },
        { id: 'SummaryListItem', name: 'Summary List Item', basedOn: 'Normal', next: 'SummaryListItem', quickFormat: true, paragraph: { alignment: AlignmentType.JUSTIFIED } },
        {
          id: 'SummaryApplicant',
          name: 'Summary Applicant',
          basedOn: 'Normal',
          run: { size: halfPoints(sizesPt.applicant) },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: twipsFromPoints(spacingPt.afterApplicant) } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: 'summary-bullet', levels: listLevels('bullet') },
        { reference: 'summary-numbered', levels: listLevels('numbered') },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: layout.page.widthTwips, height: layout.page.heightTwips },
            margin: { ...layout.marginsTwips, footer: layout.footerDistanceTwips, header: layout.footerDistanceTwips },
          },
        },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [pageLabelRun(text.pageLabel)] })] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(text.title)] }),
          new Paragraph({ style: 'SummaryApplicant', children: text.applicant.split('\n').map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}) })) }),
          ...bodyParagraphs(blocks),
          ...closingParagraphs(text.closing),
          ...(text.employerReview ? employerReviewParagraphs(text.employerReview) : []),
        ],
      },
    ],
  });
  return withFontTable(await Packer.toBuffer(document));
}
