// The form draft as a PDF: a bordered table layout like a printed Chinese 考核认定表 (shaded label cells,
// section title rows), from the content model of shared/print/formContent.ts. Every page carries the draft
// mark under the packet's top band and a faint 草稿 across the page: this is never mistaken for the official
// form. Rows may break across pages (dontBreakRows: false) so a long value continues on the next page; the
// section's title row repeats there.
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import formLayout from '../../../templates/print/form.json';
import { type FormSection, type GridLine, type StatementSection, formContent } from '../../../shared/print/formContent';
import { applicantName, beijingTime } from '../../../shared/print/values';
import { pzh, tprint } from '../../../shared/i18n/print';
import type { ApplicationFile } from '../form/load';
import { FAMILY, borderedTable, pageGeometry, pdfInfo, percentWidths, renderPdf, valueText } from './pdfLayout';
import type { BuiltPdf, FormDraftBuilder, PrintOptions } from './types';

const L = formLayout;
const tableLayout = borderedTable(L.lineWidthPt, L.colors.line, L.cellPaddingPt);

/** The section's title row across `columns` cells, with the English gloss in English mode. */
function titleRow(section: FormSection, columns: number, options: PrintOptions): TableCell[] {
  const text: Content = options.language === 'en'
    ? { text: [section.title.zh, { text: `  ${section.title.en}`, fontSize: L.sizesPt.gloss, bold: false, color: L.colors.note }] }
    : { text: section.title.zh };
  const first: TableCell = { ...text, colSpan: columns, bold: true, fontSize: L.sizesPt.section, fillColor: L.colors.section } as TableCell;
  return [first, ...Array.from({ length: columns - 1 }, () => ({}) as TableCell)];
}

const labelCell = (label: string, extra: object = {}): TableCell => ({ text: label, fillColor: L.colors.label, ...extra }) as TableCell;

function gridRows(lines: readonly GridLine[], options: PrintOptions): TableCell[][] {
  const style = { missingColor: L.colors.missing, markMissing: options.markMissing };
  return lines.map((line) => {
    if (line.length === 1) {
      const [only] = line;
      return [labelCell(only.label), { ...valueText(only.value, style), colSpan: 3 } as TableCell, {} as TableCell, {} as TableCell];
    }
    return line.flatMap((pair) => [labelCell(pair.label), valueText(pair.value, style) as TableCell]);
  });
}

function gridTable(section: Extract<FormSection, { kind: 'grid' | 'records' }>, options: PrintOptions): Content {
  const style = { missingColor: L.colors.missing, markMissing: options.markMissing };
  const body: TableCell[][] = [titleRow(section, 4, options)];
  if (section.kind === 'grid') body.push(...gridRows(section.lines, options));
  else if (section.records.length === 0 && section.empty) {
    body.push([{ ...valueText(section.empty, style), colSpan: 4, alignment: 'center' } as TableCell, {}, {}, {}] as TableCell[]);
  } else {
    for (const record of section.records) {
      body.push([{ text: record.heading, colSpan: 4, bold: true, fillColor: L.colors.record } as TableCell, {}, {}, {}] as TableCell[]);
      body.push(...gridRows(record.lines, options));
    }
  }
    // A records section keeps its title with the first record's heading and first line.
  const keep = section.kind === 'records' && section.records.length > 0 ? 2 : 1;
  return { table: { widths: percentWidths(L.grid), headerRows: 1, keepWithHeaderRows: keep, dontBreakRows: false, body }, layout: tableLayout };
}

function listTable(section: Extract<FormSection, { kind: 'table' }>, options: PrintOptions): Content {
  const style = { missingColor: L.colors.missing, markMissing: options.markMissing };
  const columns = section.columns.length;
  const header = section.columns.map((label) => labelCell(label, { alignment: 'center', bold: true }));
  const rows: TableCell[][] = section.rows.length > 0
    ? section.rows.map((row) => row.map((value) => valueText(value, style) as TableCell))
    : [[{ ...valueText(section.empty ?? { kind: 'none' }, style), colSpan: columns, alignment: 'center' } as TableCell, ...Array.from({ length: columns - 1 }, () => ({}) as TableCell)]];
  return {
    table: { widths: percentWidths(L.tables[section.id]), headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: false, body: [titleRow(section, columns, options), header, ...rows] },
    layout: tableLayout,
  };
}

/** A line to sign on: the label, then a ruled space. */
const signatureLine = (label: string): Content => ({
  columns: [
    { text: label, width: 'auto' },
    { width: L.statement.signatureWidthPt, canvas: [{ type: 'line', x1: 2, y1: L.sizesPt.cell * 1.15, x2: L.statement.signatureWidthPt, y2: L.sizesPt.cell * 1.15, lineWidth: 0.5 }] },
  ],
  columnGap: 2,
  margin: [0, 4, 0, 0],
});

function statementTable(section: StatementSection, options: PrintOptions): Content {
  const style = { missingColor: L.colors.missing, markMissing: options.markMissing };
  const emptyHeight = L.statement.emptyHeightPt[section.id];
  const wording: Content[] = [];
  if (section.wording.kind === 'text') {
    wording.push({ text: section.wording.text, leadingIndent: L.sizesPt.cell * 2 });
  } else {
    if (section.wording.kind === 'missing' && options.markMissing) wording.push(valueText(section.wording, style));
    if (section.note) {
      const note = options.language === 'en' ? `${section.note.zh}（${section.note.en}）` : section.note.zh;
      wording.push({ text: note, fontSize: L.sizesPt.note, color: L.colors.note });
    }
    // Room to paste the wording or to write by hand.
    wording.push({ text: '', margin: [0, 0, 0, emptyHeight] });
  }
  const lines: Content[] = section.lines.map((line) => {
    if (line.value.kind === 'blank') return signatureLine(line.label);
    return { text: [line.label, valueText(line.value, style)], margin: [0, 4, 0, 0] };
  });
  const signing: Content = section.seal
    ? {
        columns: [
          { width: '*', stack: lines, margin: [0, L.statement.sealBoxPt - 60, 0, 0] },
          {
            // Blank room for the seal above its label: TitlePrep never draws a seal.
            width: L.statement.sealBoxPt + 40,
            stack: [
              { text: '', margin: [0, 0, 0, L.statement.sealBoxPt - 40] },
              { text: section.seal.label, alignment: 'center' },
              { text: options.language === 'en' ? `${section.seal.recorded.zh} / ${section.seal.recorded.en}` : section.seal.recorded.zh, fontSize: L.sizesPt.note, color: L.colors.note, alignment: 'center', margin: [0, 2, 0, 0] },
            ],
          },
        ],
        margin: [0, 0, 0, 4],
      }
    : { columns: [{ width: '*', text: '' }, { width: 'auto', stack: lines }], margin: [0, 6, 0, 2] };
  return {
    table: {
      widths: ['*'],
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: false,
      body: [titleRow(section, 1, options), [{ stack: wording } as TableCell], [signing as TableCell]],
    },
    // The wording and the signing space read as one box, as on a printed form.
    layout: { ...tableLayout, hLineWidth: (index: number, node) => (index === 2 ? 0 : tableLayout.hLineWidth!(index, node)) },
  };
}

function sectionContent(section: FormSection, options: PrintOptions): Content {
  switch (section.kind) {
    case 'grid':
    case 'records':
      return gridTable(section, options);
    case 'table':
      return listTable(section, options);
    case 'statement':
      return statementTable(section, options);
  }
}

export const buildFormDraftPdf: FormDraftBuilder = async (file: ApplicationFile, options: PrintOptions): Promise<BuiltPdf> => {
  const content = formContent(file);
  const geometry = pageGeometry(L);
  const [left, , right] = geometry.margins;
  const mark = `${pzh('print.draft.mark')} / ${tprint('en', 'print.draft.mark')}`;
  const madeAt = tprint(options.language, 'print.draft.madeAt', { time: beijingTime(options.now) });
  const definition: TDocumentDefinitions = {
    pageSize: geometry.pageSize,
    pageMargins: geometry.margins,
    info: pdfInfo(content.title, applicantName(file.stored.profile)),
    language: 'zh-CN',
    defaultStyle: { font: FAMILY, fontSize: L.sizesPt.cell, lineHeight: L.lineHeight },
    // Under the packet's top band, above the content: the draft mark on every page.
    header: () => ({
      margin: [left, L.draftMark.fromTopPt, right, 0],
      columns: [
        { text: mark, width: '*', bold: true },
        { text: madeAt, width: 'auto', alignment: 'right' },
      ],
      fontSize: L.draftMark.sizePt,
      color: L.draftMark.color,
    }),
    watermark: { text: pzh('print.draft.watermark'), font: FAMILY, fontSize: L.watermark.sizePt, opacity: L.watermark.opacity, color: L.watermark.color, bold: true, angle: L.watermark.angle },
    content: [
      { text: content.title, fontSize: L.sizesPt.title, bold: true, alignment: 'center', margin: [0, 0, 0, L.spacingPt.afterTitle] },
      { text: content.subtitle, fontSize: L.sizesPt.subtitle, alignment: 'center', margin: [0, 0, 0, L.spacingPt.afterSubtitle] },
      ...content.sections.map((section) => sectionContent(section, options)),
    ],
  };
  return renderPdf(definition, options.fonts);
};
