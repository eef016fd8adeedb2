// The public-notice sheet (申报材料公示) as a PDF for the employer to post: a title, a bordered table of the
// facts (employer, applicant, what is applied for, the overseas qualification, the period on the working
// calendar, the place, the contact for objections), the programme's quoted basis with its source, and a
// blank space for the employer's seal and the date. Content from shared/print/noticeContent.ts.
import type { Content, ContentStack, ContentText, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import noticeLayout from '../../../templates/print/public-notice.json';
import { type Localized, noticeContent } from '../../../shared/print/noticeContent';
import { applicantName } from '../../../shared/print/values';
import type { ApplicationFile } from '../form/load';
import { FAMILY, borderedTable, pageGeometry, pdfInfo, percentWidths, renderPdf, valueText } from './pdfLayout';
import type { BuiltPdf, NoticePeriodView, PrintOptions, PublicNoticeBuilder } from './types';

const L = noticeLayout;

/** The Chinese text, and in English mode the English under it in small type. */
function bilingual(text: Localized, options: PrintOptions, glossSize: number = L.sizesPt.gloss): ContentText | ContentStack {
  if (options.language !== 'en') return { text: text.zh };
  return { stack: [{ text: text.zh }, { text: text.en, fontSize: glossSize, color: L.colors.note, lineHeight: 1 }] };
}

export const buildPublicNoticePdf: PublicNoticeBuilder = async (file: ApplicationFile, period: NoticePeriodView, options: PrintOptions): Promise<BuiltPdf> => {
  const content = noticeContent(file, period);
  const geometry = pageGeometry(L);
  const style = { missingColor: L.colors.missing, markMissing: options.markMissing };
  const body: TableCell[][] = content.rows.map((row) => [
    { ...bilingual(row.label, options), fillColor: L.colors.label } as TableCell,
    valueText(row.value, style) as TableCell,
  ]);
  const basis: Content[] = [];
  if (content.basis) {
    const { quote, quoteNote, origin } = content.basis.source;
    basis.push({
      stack: [
        { text: [{ text: `${content.basis.label.zh}：`, bold: true }, quote ?? '', quoteNote ? (options.language === 'en' ? `${quoteNote.zh} ${quoteNote.en}` : quoteNote.zh) : ''] },
        // The origin names a document and a section: the same in both languages, so it is printed once.
        { text: origin.zh, color: L.colors.note, fontSize: L.sizesPt.note },
      ],
      fontSize: L.sizesPt.basis,
    });
  }
  const definition: TDocumentDefinitions = {
    pageSize: geometry.pageSize,
    pageMargins: geometry.margins,
    info: pdfInfo(content.title.zh, applicantName(file.stored.profile)),
    language: 'zh-CN',
    defaultStyle: { font: FAMILY, fontSize: L.sizesPt.cell, lineHeight: L.lineHeight },
    content: [
      { text: content.title.zh, fontSize: L.sizesPt.title, bold: true, alignment: 'center', margin: [0, 0, 0, options.language === 'en' ? 0 : L.spacingPt.afterTitle] },
      ...(options.language === 'en' ? [{ text: content.title.en, alignment: 'center', fontSize: L.sizesPt.note, color: L.colors.note, margin: [0, 0, 0, L.spacingPt.afterTitle] } as Content] : []),
      { ...bilingual(content.intro, options, L.sizesPt.note), fontSize: L.sizesPt.intro, leadingIndent: L.sizesPt.intro * 2, margin: [0, 0, 0, L.spacingPt.afterIntro] } as Content,
      {
        table: { widths: percentWidths(L.columns), dontBreakRows: false, body },
        layout: borderedTable(L.lineWidthPt, L.colors.line, L.cellPaddingPt),
        margin: [0, 0, 0, L.spacingPt.afterTable],
      },
      ...(content.warning
        ? [{
            table: { widths: ['*'], body: [[{ ...bilingual(content.warning, options, L.sizesPt.note), color: L.colors.warning, fontSize: L.sizesPt.note, bold: true } as TableCell]] },
            layout: borderedTable(1, L.colors.warning, L.cellPaddingPt),
            margin: [0, 0, 0, L.spacingPt.afterTable],
          } as Content]
        : []),
      {
        // Left: where objections go and the basis. Right: the employer's seal over its label and the date,
        // with blank room above: TitlePrep never draws a seal.
        columns: [
          {
            width: '*',
            stack: [
              { ...bilingual(content.objections, options, L.sizesPt.note), fontSize: L.sizesPt.cell, margin: [0, 0, 0, L.spacingPt.afterTable] } as Content,
              ...basis,
            ],
          },
          {
            width: L.sealBoxPt.width,
            stack: [
              { text: '', margin: [0, 0, 0, L.sealBoxPt.height - 50] },
              { ...bilingual(content.seal, options), fontSize: L.sizesPt.seal, alignment: 'center' } as Content,
              { text: [content.date.zh, content.blankDate], fontSize: L.sizesPt.seal, margin: [0, 10, 0, 0], alignment: 'center' },
            ],
          },
        ],
        columnGap: 16,
        margin: [0, L.spacingPt.beforeSeal, 0, 0],
      },
    ],
  };
  return renderPdf(definition, options.fonts);
};
