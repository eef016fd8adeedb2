// The public notice as an editable Word file, for HR: the same content as the PDF (shared/print/
// noticeContent.ts): title, the facts in a two-column table, the warning when the end date is uncertain,
// where objections go, the programme's quoted basis with its source, and room for the seal and the date.
import { AlignmentType, Document, Packer, Paragraph, TableRow } from 'docx';
import noticeLayout from '../../../templates/print/public-notice.json';
import { type Localized, noticeContent } from '../../../shared/print/noticeContent';
import { applicantName } from '../../../shared/print/values';
import type { ApplicationFile } from '../form/load';
import { DOCX_FONT, borderedTable, cell, columnTwips, contentWidthTwips, halfPoints, pageProperties, textRuns, twipsFromPoints, valueRuns } from './docxParts';
import type { DocxOptions } from './formDocx';
import type { NoticePeriodView } from './types';

const L = noticeLayout;

export async function buildPublicNoticeDocx(file: ApplicationFile, period: NoticePeriodView, options: DocxOptions): Promise<Buffer> {
  const content = noticeContent(file, period);
  const english = options.language === 'en';
  const runs = (text: Localized, sizePt: number, style: { bold?: boolean; color?: string } = {}) => [
    ...textRuns(text.zh, { sizePt, ...style }),
    ...(english ? textRuns(`\n${text.en}`, { sizePt: L.sizesPt.gloss, color: L.colors.note }) : []),
  ];
  const value = { sizePt: L.sizesPt.cell, markMissing: options.markMissing, missingColor: L.colors.missing };
  const table = borderedTable(
    content.rows.map((row) => new TableRow({ children: [cell(runs(row.label, L.sizesPt.cell), { fill: L.colors.label }), cell(valueRuns(row.value, value))] })),
    columnTwips(L.columns, contentWidthTwips(L)),
    L.colors.line,
    L.lineWidthPt,
  );
  const after = (pt: number) => ({ after: twipsFromPoints(pt) });
  const children: (Paragraph | typeof table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: after(L.spacingPt.afterTitle), children: runs(content.title, L.sizesPt.title, { bold: true }) }),
    new Paragraph({ indent: { firstLine: twipsFromPoints(L.sizesPt.intro * 2) }, spacing: after(L.spacingPt.afterIntro), children: runs(content.intro, L.sizesPt.intro) }),
    table,
    new Paragraph({ spacing: after(L.spacingPt.afterTable), children: [] }),
  ];
  if (content.warning) {
    children.push(new Paragraph({ spacing: after(L.spacingPt.afterTable), children: runs(content.warning, L.sizesPt.note, { bold: true, color: L.colors.warning }) }));
  }
  children.push(new Paragraph({ spacing: after(L.spacingPt.afterTable), children: runs(content.objections, L.sizesPt.cell) }));
  if (content.basis) {
    const { quote, quoteNote, origin } = content.basis.source;
    children.push(
      new Paragraph({
        children: [
          ...textRuns(`${content.basis.label.zh}：`, { sizePt: L.sizesPt.basis, bold: true }),
          ...textRuns(quote ?? '', { sizePt: L.sizesPt.basis }),
          ...(quoteNote ? textRuns(english ? `${quoteNote.zh} ${quoteNote.en}` : quoteNote.zh, { sizePt: L.sizesPt.note }) : []),
        ],
      }),
      new Paragraph({ children: textRuns(origin.zh, { sizePt: L.sizesPt.note, color: L.colors.note }) }),
    );
  }
  // Room for the employer's seal over its label and the date: TitlePrep never draws a seal.
  children.push(
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: twipsFromPoints(L.sealBoxPt.height) }, indent: { right: twipsFromPoints(36) }, children: runs(content.seal, L.sizesPt.seal) }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 200 }, children: textRuns(`${content.date.zh}${content.blankDate}`, { sizePt: L.sizesPt.seal }) }),
  );
  const author = applicantName(file.stored.profile);
  const document = new Document({
    title: content.title.zh,
    creator: author,
    lastModifiedBy: author,
    description: 'TitlePrep',
    styles: { default: { document: { run: { font: DOCX_FONT, size: halfPoints(L.sizesPt.cell) } } } },
    sections: [{ properties: pageProperties(L), children }],
  });
  return Packer.toBuffer(document);
}
