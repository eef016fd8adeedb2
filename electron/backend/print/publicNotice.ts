// The public notice (申报材料公示) as a PDF for the employer's noticeboard, in the official-document format
// (../shared/paper.md, "The public notice"; layout in templates/print/public-notice.json): a 黑体 title, the
// body in the serif face at 三号, the facts in a bordered table, where objections go, and the 落款 (the
// employer's full name over the issue date, right, with room for the seal pressed over them). Always Chinese;
// no source or file name. Its second sheet, the record of the result (公示情况说明), is built here too.
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import noticeLayout from '../../../templates/print/public-notice.json';
import { noticeContent } from '../../../shared/print/noticeContent';
import { noticeRecordContent } from '../../../shared/print/noticeRecordContent';
import { type PrintValue, applicantName } from '../../../shared/print/values';
import type { ApplicationFile } from '../form/load';
import { FAMILY, HEADING_FAMILY, borderedTable, pageGeometry, pdfInfo, percentWidths, renderPdf, valueText } from './pdfLayout';
import type { BuiltPdf, NoticePeriodView, PrintOptions, PublicNoticeBuilder } from './types';

const L = noticeLayout;

/** 落款: the employer's name centred over the date, the date four characters from the right margin. */
function closing(employer: PrintValue, date: string, options: PrintOptions): Content {
  const size = L.sizesPt.body;
  // As wide as the longer of the name and the date (so neither wraps), within the type area.
  const name = employer.kind === 'text' ? [...employer.text].length : 0;
  const width = size * Math.min(L.closing.maxChars, Math.max(L.closing.minChars, name + 1, [...date].length + 1));
  return {
    unbreakable: true,
    margin: [0, L.spacingPt.beforeClosing, size * L.closing.dateFromRightChars, 0],
    columns: [
      { width: '*', text: '' },
      {
        width,
        stack: [
          { ...valueText(employer, { missingColor: L.colors.missing, markMissing: options.markMissing }), alignment: 'center' },
          { text: date, alignment: 'center' },
        ],
      },
    ],
  };
}

function page(title: string, info: TDocumentDefinitions['info'], content: Content[]): TDocumentDefinitions {
  const geometry = pageGeometry(L);
  return {
    pageSize: geometry.pageSize,
    pageMargins: geometry.margins,
    info,
    language: 'zh-CN',
    defaultStyle: { font: FAMILY, fontSize: L.sizesPt.body, lineHeight: L.lineHeight },
    content: [{ text: title, font: HEADING_FAMILY, fontSize: L.sizesPt.title, alignment: 'center', lineHeight: 1.2, margin: [0, 0, 0, L.spacingPt.afterTitle] }, ...content],
  };
}

const paragraph = (text: string, extra: object = {}): Content => ({ text, leadingIndent: L.sizesPt.body * 2, alignment: 'justify', ...extra });

export const buildPublicNoticePdf: PublicNoticeBuilder = async (file: ApplicationFile, period: NoticePeriodView, options: PrintOptions): Promise<BuiltPdf> => {
  const content = noticeContent(file, period);
  const style = { missingColor: L.colors.missing, markMissing: options.markMissing };
  const body: TableCell[][] = content.rows.map((row) => [
    { text: row.label.zh, fillColor: L.colors.label } as TableCell,
    valueText(row.value, style) as TableCell,
  ]);
  const definition = page(content.title.zh, pdfInfo(content.title.zh, applicantName(file.stored.profile)), [
    paragraph(content.intro.zh, { margin: [0, 0, 0, L.spacingPt.afterIntro] }),
    {
      table: { widths: percentWidths(L.columns), dontBreakRows: true, body },
      layout: borderedTable(L.lineWidthPt, L.colors.line, L.cellPaddingPt),
      fontSize: L.sizesPt.cell,
      lineHeight: L.cellLineHeight,
      margin: [0, 0, 0, L.spacingPt.afterTable],
    },
    ...(content.warning
      ? [{
          table: { widths: ['*'], body: [[{ text: content.warning.zh, color: L.colors.warning, fontSize: L.sizesPt.note } as TableCell]] },
          layout: borderedTable(1, L.colors.warning, L.cellPaddingPt),
          margin: [0, 0, 0, L.spacingPt.afterTable],
        } as Content]
      : []),
    // The 落款 never stands alone on a page: it stays with the sentence above it.
    { unbreakable: true, stack: [{ ...valueText(content.objections, style), leadingIndent: L.sizesPt.body * 2, alignment: 'justify' }, closing(content.closing.employer, content.closing.date, options)] },
  ]);
  return renderPdf(definition, options.fonts);
};

/** The record of the notice's result (公示情况说明): what was posted, then room to write, sign and seal. */
export async function buildNoticeRecordPdf(file: ApplicationFile, period: NoticePeriodView, options: PrintOptions): Promise<BuiltPdf> {
  const content = noticeRecordContent(file, period);
  const size = L.sizesPt.body;
  const ruled = (count: number): Content[] => Array.from({ length: count }, () => ({
    canvas: [{ type: 'line', x1: 0, y1: size * 1.6, x2: pageGeometry(L).contentWidth, y2: size * 1.6, lineWidth: 0.5 }],
  }));
  const items: Content[] = content.items.map((item) => ({
    unbreakable: true,
    margin: [0, size * 0.4, 0, 0],
    stack: [
      { text: item.label, font: HEADING_FAMILY },
      ...item.choices.map((choice) => ({ text: choice, margin: [size * 2, 2, 0, 0] }) as Content),
      ...ruled(item.lines),
    ],
  }));
  // Each signer on a line of its own, with room to sign: underlined ideographic spaces. On one shared line
  // the second signer's room ran past the right margin (trailing spaces are not wrapped).
  const room = '\u3000'.repeat(L.record.signatureChars);
  const signers: Content = {
    margin: [0, size, 0, 0],
    stack: content.signers.map((label) => ({ text: [label, { text: room, decoration: 'underline' as const }], margin: [0, 0, 0, size / 2] })),
  };
  const definition = page(content.title, pdfInfo(content.title, applicantName(file.stored.profile)), [
    paragraph(content.statement, { margin: [0, 0, 0, L.spacingPt.afterIntro] }),
    ...items,
    { unbreakable: true, stack: [signers, closing({ kind: 'text', text: content.closing.employer }, content.closing.date, options)] },
  ]);
  return renderPdf(definition, options.fonts);
}
