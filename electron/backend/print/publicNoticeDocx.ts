// The public notice and its result record as editable Word files, for HR: the same content as the PDFs
// (shared/print/noticeContent.ts, noticeRecordContent.ts) in the official-document format: title 黑体 二号,
// body 仿宋 三号 (docxFonts.ts), the facts in a two-column table, the 落款 right with the date four characters
// from the margin. A4 and the same margins as the PDF (templates/print/public-notice.json).
import { AlignmentType, Document, LineRuleType, HeadingLevel, type ISectionOptions, Packer, Paragraph, TableRow, TextRun } from 'docx';
import noticeLayout from '../../../templates/print/public-notice.json';
import { noticeContent } from '../../../shared/print/noticeContent';
import { noticeRecordContent } from '../../../shared/print/noticeRecordContent';
import { type PrintValue, applicantName, plainText } from '../../../shared/print/values';
import type { ApplicationFile } from '../form/load';
import { DOCX_FANGSONG, DOCX_HEI, DOCX_LANGUAGE, withFontTable } from './docxFonts';
import { borderedTable, cell, columnTwips, contentWidthTwips, halfPoints, pageProperties, signatureRoom, textRuns, twipsFromPoints, valueRuns } from './docxParts';
import type { DocxOptions } from './formDocx';
import type { NoticePeriodView } from './types';

const L = noticeLayout;
const BODY = { sizePt: L.sizesPt.body, font: DOCX_FANGSONG };

const title = (text: string) =>
  new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: twipsFromPoints(L.spacingPt.afterTitle) }, children: [new TextRun(text)] });

const paragraph = (text: string, after = 0) =>
  new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: twipsFromPoints(L.sizesPt.body * 2) }, spacing: { after: twipsFromPoints(after) }, children: textRuns(text, BODY) });

/** 落款: name over date, right, the date four characters from the right margin; kept with each other. */
function closing(employer: PrintValue, date: string, options: DocxOptions): Paragraph[] {
  const right = twipsFromPoints(L.sizesPt.body * L.closing.dateFromRightChars);
  const lines = [plainText(employer, options.markMissing), date];
  return lines.map((line, index) => new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: { right },
    keepNext: index === 0,
    keepLines: true,
    spacing: index === 0 ? { before: twipsFromPoints(L.spacingPt.beforeClosing) } : {},
    children: textRuns(line, BODY),
  }));
}

function document(titleText: string, author: string, children: ISectionOptions['children']): Document {
  return new Document({
    title: titleText,
    creator: author,
    lastModifiedBy: author,
    description: 'TitlePrep',
    styles: {
      default: {
        document: { run: { font: DOCX_FANGSONG, size: halfPoints(L.sizesPt.body), language: DOCX_LANGUAGE } },
        title: { run: { font: DOCX_HEI, size: halfPoints(L.sizesPt.title), color: '000000' }, paragraph: { alignment: AlignmentType.CENTER } },
      },
    },
    sections: [{ properties: pageProperties(L), children }],
  });
}

export async function buildPublicNoticeDocx(file: ApplicationFile, period: NoticePeriodView, options: DocxOptions): Promise<Buffer> {
  const content = noticeContent(file, period);
  const value = { sizePt: L.sizesPt.cell, markMissing: options.markMissing, missingColor: L.colors.missing };
  const table = borderedTable(
    content.rows.map((row) => new TableRow({ cantSplit: true, children: [cell(textRuns(row.label.zh, { sizePt: L.sizesPt.cell }), { fill: L.colors.label }), cell(valueRuns(row.value, value))] })),
    columnTwips(L.columns, contentWidthTwips(L)),
    L.colors.line,
    L.lineWidthPt,
  );
  const children: (Paragraph | typeof table)[] = [
    title(content.title.zh),
    paragraph(content.intro.zh, L.spacingPt.afterIntro),
    table,
    new Paragraph({ spacing: { after: twipsFromPoints(L.spacingPt.afterTable) }, children: [] }),
  ];
  if (content.warning) {
    children.push(new Paragraph({ spacing: { after: twipsFromPoints(L.spacingPt.afterTable) }, children: textRuns(content.warning.zh, { sizePt: L.sizesPt.note, bold: true, color: L.colors.warning }) }));
  }
  children.push(
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, keepNext: true, indent: { firstLine: twipsFromPoints(L.sizesPt.body * 2) }, children: valueRuns(content.objections, { ...value, sizePt: L.sizesPt.body }) }),
    ...closing(content.closing.employer, content.closing.date, options),
  );
  return withFontTable(await Packer.toBuffer(document(content.title.zh, applicantName(file.stored.profile), children)));
}

/** A line to write on by hand: 10 mm (the PDF's rule spacing is about as much). */
const RULED_LINE_TWIPS = 567;

export async function buildNoticeRecordDocx(file: ApplicationFile, period: NoticePeriodView, options: DocxOptions): Promise<Buffer> {
  const content = noticeRecordContent(file, period);
  // Lines to write on. Consecutive paragraphs with the same borders form one group that Word and LibreOffice
  // rule once at its bottom: the "between" border rules each line (LibreOffice drew one line for two).
  const rule = { style: 'single', size: 4, color: '000000', space: 1 } as const;
  const ruled = () => new Paragraph({ border: { bottom: rule, between: rule }, spacing: { line: RULED_LINE_TWIPS, lineRule: LineRuleType.EXACT }, children: [] });
  const children: Paragraph[] = [title(content.title), paragraph(content.statement, L.spacingPt.afterIntro)];
  for (const item of content.items) {
    children.push(new Paragraph({ keepNext: true, spacing: { before: 120 }, children: textRuns(item.label, { ...BODY, heading: true }) }));
    for (const choice of item.choices) children.push(new Paragraph({ keepNext: item.lines > 0, indent: { left: twipsFromPoints(L.sizesPt.body * 2) }, children: textRuns(choice, BODY) }));
    for (let line = 0; line < item.lines; line += 1) children.push(ruled());
  }
  // Each signer on a line of its own, as in the PDF (on one line the second one's room ran past the margin).
  content.signers.forEach((label, index) => {
    children.push(new Paragraph({
      keepNext: true,
      spacing: { before: twipsFromPoints(L.sizesPt.body * (index === 0 ? 1.5 : 0.75)) },
      children: [...textRuns(label, BODY), ...signatureRoom(L.record.signatureChars, L.sizesPt.body)],
    }));
  });
  children.push(...closing({ kind: 'text', text: content.closing.employer }, content.closing.date, options));
  return withFontTable(await Packer.toBuffer(document(content.title, applicantName(file.stored.profile), children)));
}
