// The form draft as a PDF: a bordered table layout like a printed Chinese 考核认定表 (shaded label cells,
// section title rows in 黑体 style, values in 宋体 style), from the content model of shared/print/formContent.ts,
// always in Chinese. Every page carries the draft mark under the packet's top band and a faint diagonal 草稿
// drawn as outlines beneath the content (never text: a text extraction reads the table rows undisturbed).
// A table row never splits across pages (it moves whole to the next page, the section's title row repeating
// there) unless it is too tall for any page, which then continues without losing a character; a signed or
// sealed section stays whole on one page with its signing and seal space.
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import formLayout from '../../../templates/print/form.json';
import draftMark from '../../../templates/print/draft-mark.json';
import { type FormSection, type GridLine, type StatementSection, formContent } from '../../../shared/print/formContent';
import { type PrintValue, applicantName, beijingTime } from '../../../shared/print/values';
import { pzh } from '../../../shared/i18n/print';
import { SIGNED_SECTIONS, type SignedSectionId } from '../../../shared/programmes/schema';
import type { ApplicationFile } from '../form/load';
import { FAMILY, HEADING_FAMILY, borderedTable, pageGeometry, pdfInfo, percentWidths, renderPdf, valueText } from './pdfLayout';
import type { BuiltPdf, FormDraftBuilder, PrintOptions } from './types';

const L = formLayout;
const tableLayout = borderedTable(L.lineWidthPt, L.colors.line, L.cellPaddingPt);
/** 50 mm in points: the clear space a 42 mm round seal needs (issue 10). */
export const SEAL_SPACE_PT = (50 / 25.4) * 72;
/** A row may not split across pages unless it could never fit on one: this share of the type area. */
const ROW_MAX_SHARE_OF_PAGE = 0.8;

/**
 * Whether a value could not stand on one page in a cell of `widthPercent` of the type area: a row that tall
 * must break (or it would run off the page and text would be lost); every other row stays whole.
 */
function tooTallForAPage(values: readonly PrintValue[], widthPercent: number): boolean {
  const geometry = pageGeometry(L);
  const perLine = Math.max(1, Math.floor(((geometry.contentWidth * widthPercent) / 100 - 2 * L.cellPaddingPt.x) / L.sizesPt.cell));
  const typeArea = geometry.pageSize.height - geometry.margins[1] - geometry.margins[3];
  // Noto's line box is about 1.45 em; a full-width character is 1 em (Latin text takes less).
  const lineHeight = L.sizesPt.cell * 1.45 * L.lineHeight;
  return values.some((value) => {
    if (value.kind !== 'text' && value.kind !== 'missing') return false;
    const lines = (value.text ?? '').split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil([...paragraph].length / perLine)), 0);
    return lines * lineHeight > typeArea * ROW_MAX_SHARE_OF_PAGE;
  });
}

/** The section's title row across `columns` cells, in 黑体 style. */
function titleRow(section: FormSection, columns: number): TableCell[] {
  const first: TableCell = { text: section.title.zh, colSpan: columns, font: HEADING_FAMILY, fontSize: L.sizesPt.section, fillColor: L.colors.section } as TableCell;
  return [first, ...Array.from({ length: columns - 1 }, () => ({}) as TableCell)];
}

const labelCell = (label: string, extra: object = {}): TableCell => ({ text: label, fillColor: L.colors.label, ...extra }) as TableCell;

function gridRows(lines: readonly GridLine[], options: PrintOptions): TableCell[][] {
  const style = { missingColor: L.colors.missing, markMissing: options.markMissing };
  return lines.map((line) => {
    if (line.length === 1) {
      const [only] = line;
      return [labelCell(only.label), { ...valueText(only.value, style), colSpan: 3, alignment: 'justify' } as TableCell, {} as TableCell, {} as TableCell];
    }
    return line.flatMap((pair) => [labelCell(pair.label), valueText(pair.value, style) as TableCell]);
  });
}

function gridTable(section: Extract<FormSection, { kind: 'grid' | 'records' }>, options: PrintOptions): Content {
  const style = { missingColor: L.colors.missing, markMissing: options.markMissing };
  const body: TableCell[][] = [titleRow(section, 4)];
  if (section.kind === 'grid') body.push(...gridRows(section.lines, options));
  else if (section.records.length === 0 && section.empty) {
    body.push([{ ...valueText(section.empty, style), colSpan: 4, alignment: 'center' } as TableCell, {}, {}, {}] as TableCell[]);
  } else {
    for (const record of section.records) {
      body.push([{ text: record.heading, colSpan: 4, font: HEADING_FAMILY, fillColor: L.colors.record } as TableCell, {}, {}, {}] as TableCell[]);
      body.push(...gridRows(record.lines, options));
    }
  }
  // A records section keeps its title with the first record's heading and first line.
  const keep = section.kind === 'records' && section.records.length > 0 ? 2 : 1;
  const lines = section.kind === 'grid' ? section.lines : section.records.flatMap((record) => record.lines);
  // A lone pair's value spans three columns; a pair beside another has one column.
  const tooTall = lines.some((line) => tooTallForAPage(line.map((pair) => pair.value), line.length === 1 ? 100 - L.grid[0]! : L.grid[1]!));
  return { table: { widths: percentWidths(L.grid), headerRows: 1, keepWithHeaderRows: keep, dontBreakRows: !tooTall, body }, layout: tableLayout };
}

function listTable(section: Extract<FormSection, { kind: 'table' }>, options: PrintOptions): Content {
  const style = { missingColor: L.colors.missing, markMissing: options.markMissing };
  const columns = section.columns.length;
  const header = section.columns.map((label) => labelCell(label, { alignment: 'center', font: HEADING_FAMILY }));
  const rows: TableCell[][] = section.rows.length > 0
    ? section.rows.map((row) => row.map((value) => valueText(value, style) as TableCell))
    : [[{ ...valueText(section.empty ?? { kind: 'none' }, style), colSpan: columns, alignment: 'center' } as TableCell, ...Array.from({ length: columns - 1 }, () => ({}) as TableCell)]];
  return {
    table: {
      widths: percentWidths(L.tables[section.id]),
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: !tooTallForAPage(section.rows.flat(), Math.min(...L.tables[section.id])),
      body: [titleRow(section, columns), header, ...rows],
    },
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
  margin: [0, 6, 0, 0],
});

function statementTable(section: StatementSection, options: PrintOptions): Content {
  const style = { missingColor: L.colors.missing, markMissing: options.markMissing };
  const emptyHeight = L.statement.emptyHeightPt[section.id];
  const wording: Content[] = [];
  if (section.wording.kind === 'text') {
    wording.push({ text: section.wording.text, leadingIndent: L.sizesPt.cell * 2, alignment: 'justify' });
  } else {
    if (section.wording.kind === 'missing' && options.markMissing) wording.push(valueText(section.wording, style));
    if (section.note) wording.push({ text: section.note.zh, fontSize: L.sizesPt.note, color: L.colors.note });
    // Room to paste the wording or to write by hand.
    wording.push({ text: '', margin: [0, 0, 0, emptyHeight] });
  }
  const lines: Content[] = section.lines.map((line) => {
    if (line.value.kind === 'blank') return signatureLine(line.label);
    return { text: [line.label, valueText(line.value, style)], margin: [0, 6, 0, 0] };
  });
  const signing: Content = section.seal
    ? {
        // Left: who signs, at the bottom. Right: a clear space of at least 50 mm for the round seal, then
        // 单位（盖章） and the date under it, at the bottom right (../shared/paper.md, "Forms").
        columns: [
          { width: '*', stack: [{ text: '', margin: [0, 0, 0, SEAL_SPACE_PT - 30] }, ...lines] },
          {
            width: L.statement.sealColumnPt,
            stack: [
              { text: '', margin: [0, 0, 0, SEAL_SPACE_PT] },
              { text: section.seal.label, alignment: 'right' },
              { text: section.seal.date, alignment: 'right', margin: [0, 6, 0, 0] },
            ],
          },
        ],
        margin: [0, 0, 0, 4],
      }
    : { columns: [{ width: '*', text: '' }, { width: 'auto', stack: lines }], margin: [0, 6, 0, 2] };
  return {
    // One page holds the heading, the wording, the signer, the date and the seal space: never split (the
    // document's pageBreakBefore moves the whole section to the next page when it would run over).
    id: section.id,
    stack: [
      {
        table: { widths: ['*'], body: [titleRow(section, 1), [{ stack: wording } as TableCell], [signing as TableCell]] },
        // The wording and the signing space read as one box, as on a printed form.
        layout: { ...tableLayout, hLineWidth: (index: number, node) => (index === 2 ? 0 : tableLayout.hLineWidth!(index, node)) },
      },
    ],
  } as Content;
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

/** The diagonal 草稿 as an SVG of the glyphs' outlines, light grey, centred on the page. */
function draftMarkSvg(size: { width: number; height: number }): string {
  const { box, path, unitsPerEm } = draftMark;
  const scale = L.watermark.sizePt / unitsPerEm;
  const centre = { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 };
  // Font units have y up: flip, centre on the page, turn by the layout's angle (negative: bottom-left to top-right).
  const transform = `translate(${size.width / 2} ${size.height / 2}) rotate(${L.watermark.angle}) scale(${scale} ${-scale}) translate(${-centre.x} ${-centre.y})`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}"><path d="${path}" transform="${transform}" fill="${L.watermark.color}" fill-opacity="${L.watermark.opacity}"/></svg>`;
}

export const buildFormDraftPdf: FormDraftBuilder = async (file: ApplicationFile, options: PrintOptions): Promise<BuiltPdf> => {
  const content = formContent(file);
  const geometry = pageGeometry(L);
  const [left, , right] = geometry.margins;
  const madeAt = pzh('print.draft.madeAt', { time: beijingTime(options.now) });
  const mark = draftMarkSvg(geometry.pageSize);
  const signing: NonNullable<BuiltPdf['signing']> = {};
  const definition: TDocumentDefinitions = {
    pageSize: geometry.pageSize,
    pageMargins: geometry.margins,
    info: pdfInfo(content.title, applicantName(file.stored.profile)),
    language: 'zh-CN',
    defaultStyle: { font: FAMILY, fontSize: L.sizesPt.cell, lineHeight: L.lineHeight },
    // Drawn first, beneath everything else on the page.
    background: () => ({ svg: mark, width: geometry.pageSize.width, absolutePosition: { x: 0, y: 0 } }),
    // Under the packet's top band, above the content: the draft mark on every page.
    header: () => ({
      margin: [left, L.draftMark.fromTopPt, right, 0],
      columns: [
        { text: pzh('print.draft.mark'), width: '*', font: HEADING_FAMILY },
        { text: madeAt, width: 'auto', alignment: 'right' },
      ],
      fontSize: L.draftMark.sizePt,
      color: L.draftMark.color,
    }),
    // A signed or sealed section that would run over a page starts on the next one, whole. (pdfmake's
    // `unbreakable` moves such a block too, but reports the position it had before the move: the cover
    // sheet then named the wrong page.) Notes where each section landed, for the cover sheet.
    pageBreakBefore: (node) => {
      if (!node.id || !(SIGNED_SECTIONS as readonly string[]).includes(node.id) || !node.startPosition) return false;
      // Moved: it starts at the top of the next page (pdfmake does not ask again about a node it moved).
      const moved = node.pageNumbers.length > 1;
      signing[node.id as SignedSectionId] = node.startPosition.pageNumber + (moved ? 1 : 0);
      return moved;
    },
    content: [
      { text: content.title, font: HEADING_FAMILY, fontSize: L.sizesPt.title, alignment: 'center', margin: [0, 0, 0, L.spacingPt.afterTitle] },
      { text: content.subtitle, fontSize: L.sizesPt.subtitle, alignment: 'center', margin: [0, 0, 0, L.spacingPt.afterSubtitle] },
      // TitlePrep's own sheet says so under the title: it is not the programme's form.
      ...(content.note ? [{ text: content.note, fontSize: L.sizesPt.note, color: L.colors.note, margin: [0, 0, 0, L.spacingPt.afterSubtitle] } as Content] : []),
      ...content.sections.map((section) => sectionContent(section, options)),
    ],
  };
  const built = await renderPdf(definition, options.fonts);
  return { ...built, signing };
};
