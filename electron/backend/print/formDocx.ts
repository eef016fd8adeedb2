// The form draft as an editable Word file, for HR: the same content model as the PDF (shared/print/
// formContent.ts) in Word tables — a title row per section repeated on a new page, shaded label cells —
// with the draft mark in the page header. A4 in exact twips; the Chinese font through eastAsia.
import { AlignmentType, Document, Footer, Header, HeightRule, Packer, Paragraph, TableRow, TextRun } from 'docx';
import formLayout from '../../../templates/print/form.json';
import { type FormSection, type GridLine, type StatementSection, formContent } from '../../../shared/print/formContent';
import { applicantName, beijingTime } from '../../../shared/print/values';
import { pzh } from '../../../shared/i18n/print';
import type { ApplicationFile } from '../form/load';
import {
  DOCX_FONT,
  borderedTable,
  cell,
  columnTwips,
  contentWidthTwips,
  halfPoints,
  pageProperties,
  signatureRoom,
  textRuns,
  twipsFromPoints,
  valueRuns,
} from './docxParts';
import { td } from '../../../shared/i18n/documents';
import { pageLabelRun } from '../documents/export/summaryDocx';
import { DOCX_LANGUAGE, withFontTable } from './docxFonts';
import { SEAL_SPACE_PT } from './formDraft';
import type { PrintOptions } from './types';

const L = formLayout;
const WIDTH = contentWidthTwips(L);

/** What the Word versions need: no font files (Word uses the installed font named in the file). */
export type DocxOptions = Pick<PrintOptions, 'markMissing' | 'now'>;

function titleRow(section: FormSection, columns: number): TableRow {
  const runs = textRuns(section.title.zh, { sizePt: L.sizesPt.section, heading: true });
  return new TableRow({ tableHeader: true, children: [cell(runs, { span: columns, fill: L.colors.section })] });
}

function gridRows(lines: readonly GridLine[], options: DocxOptions): TableRow[] {
  const value = { sizePt: L.sizesPt.cell, markMissing: options.markMissing, missingColor: L.colors.missing };
  const label = (text: string) => cell(textRuns(text, { sizePt: L.sizesPt.cell }), { fill: L.colors.label });
  return lines.map((line) => new TableRow({
    children: line.length === 1
      ? [label(line[0].label), cell(valueRuns(line[0].value, value), { span: 3 })]
      : line.flatMap((pair) => [label(pair.label), cell(valueRuns(pair.value, value))]),
  }));
}

function sectionTable(section: FormSection, options: DocxOptions) {
  const value = { sizePt: L.sizesPt.cell, markMissing: options.markMissing, missingColor: L.colors.missing };
  const table = (rows: TableRow[], widths: number[]) => borderedTable(rows, columnTwips(widths, WIDTH), L.colors.line, L.lineWidthPt);
  switch (section.kind) {
    case 'grid':
      return table([titleRow(section, 4), ...gridRows(section.lines, options)], L.grid);
    case 'records': {
      const rows = [titleRow(section, 4)];
      if (section.records.length === 0) rows.push(new TableRow({ children: [cell(valueRuns(section.empty ?? { kind: 'none' }, value), { span: 4, center: true })] }));
      for (const record of section.records) {
        rows.push(new TableRow({ children: [cell(textRuns(record.heading, { sizePt: L.sizesPt.cell, heading: true }), { span: 4, fill: L.colors.record })] }), ...gridRows(record.lines, options));
      }
      return table(rows, L.grid);
    }
    case 'table': {
      const columns = section.columns.length;
      const header = new TableRow({ tableHeader: true, children: section.columns.map((label) => cell(textRuns(label, { sizePt: L.sizesPt.cell, heading: true }), { fill: L.colors.label, center: true })) });
      const rows = section.rows.length > 0
        ? section.rows.map((row) => new TableRow({ children: row.map((entry) => cell(valueRuns(entry, value))) }))
        : [new TableRow({ children: [cell(valueRuns(section.empty ?? { kind: 'none' }, value), { span: columns, center: true })] })];
      return table([titleRow(section, columns), header, ...rows], L.tables[section.id]);
    }
    case 'statement':
      return table(statementRows(section, options), [100]);
  }
}

function statementRows(section: StatementSection, options: DocxOptions): TableRow[] {
  const size = L.sizesPt.cell;
  const value = { sizePt: size, markMissing: options.markMissing, missingColor: L.colors.missing };
  const wording: Paragraph[] = [];
  if (section.wording.kind === 'text') {
    wording.push(...section.wording.text.split('\n').map((line) => new Paragraph({ indent: { firstLine: twipsFromPoints(size * 2) }, children: textRuns(line, { sizePt: size }) })));
  } else {
    const runs = section.wording.kind === 'missing' ? valueRuns(section.wording, value) : [];
    if (section.note) runs.push(...textRuns(section.note.zh, { sizePt: L.sizesPt.note, color: L.colors.note }));
    wording.push(new Paragraph({ children: runs }));
  }
  const signingLines = section.lines.map((line) => new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { before: 80 },
    children: line.value.kind === 'blank'
      // A ruled space to sign on.
      ? [...textRuns(line.label, { sizePt: size }), ...signatureRoom(8, size)]
      : [...textRuns(line.label, { sizePt: size }), ...valueRuns(line.value, value)],
  }));
  if (section.seal) {
    // A clear space of at least 50 mm for the round seal, then its label and the date at the bottom right:
    // TitlePrep never draws a seal.
    signingLines.push(
      new Paragraph({ alignment: AlignmentType.RIGHT, keepLines: true, keepNext: true, spacing: { before: twipsFromPoints(SEAL_SPACE_PT) }, children: textRuns(section.seal.label, { sizePt: size }) }),
      new Paragraph({ alignment: AlignmentType.RIGHT, keepLines: true, spacing: { before: 120 }, children: textRuns(section.seal.date, { sizePt: size }) }),
    );
  }
  const emptyHeight = section.wording.kind === 'text' ? 0 : twipsFromPoints(L.statement.emptyHeightPt[section.id]);
  return [
    titleRow(section, 1),
    new TableRow({ children: [cell([], { paragraphs: wording })], ...(emptyHeight > 0 ? { height: { value: emptyHeight, rule: HeightRule.ATLEAST } } : {}) }),
    new TableRow({ children: [cell([], { paragraphs: signingLines })] }),
  ];
}

export async function buildFormDocx(file: ApplicationFile, options: DocxOptions): Promise<Buffer> {
  const content = formContent(file);
  const author = applicantName(file.stored.profile);
  const mark = pzh('print.draft.mark');
  const madeAt = pzh('print.draft.madeAt', { time: beijingTime(options.now) });
  const children: (Paragraph | ReturnType<typeof borderedTable>)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: twipsFromPoints(L.spacingPt.afterTitle) }, children: textRuns(content.title, { sizePt: L.sizesPt.title, heading: true }) }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: twipsFromPoints(L.spacingPt.afterSubtitle) }, children: textRuns(content.subtitle, { sizePt: L.sizesPt.subtitle }) }),
  ];
  // TitlePrep's own sheet says so under the title: it is not the programme's form.
  if (content.note) children.push(new Paragraph({ spacing: { after: twipsFromPoints(L.spacingPt.afterSubtitle) }, children: textRuns(content.note, { sizePt: L.sizesPt.note, color: L.colors.note }) }));
  for (const section of content.sections) {
    children.push(sectionTable(section, options));
    // Two tables in a row would merge in Word: a hairline paragraph keeps them apart.
    children.push(new Paragraph({ spacing: { before: 0, after: 0, line: 120 }, children: [new TextRun({ text: '', size: 4 })] }));
  }
  const document = new Document({
    title: content.title,
    creator: author,
    lastModifiedBy: author,
    description: 'TitlePrep',
    styles: { default: { document: { run: { font: DOCX_FONT, size: halfPoints(L.sizesPt.cell), language: DOCX_LANGUAGE } } } },
    sections: [
      {
        properties: pageProperties(L),
        // The same page numbers as every printed document: 第 1 页 / 共 5 页.
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [pageLabelRun(td('zh', 'documents.print.page'))] })] }) },
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [...textRuns(mark, { sizePt: L.draftMark.sizePt, heading: true, color: L.draftMark.color }), ...textRuns(`\u3000${madeAt}`, { sizePt: L.draftMark.sizePt, color: L.draftMark.color })] })],
          }),
        },
        children,
      },
    ],
  });
  return withFontTable(await Packer.toBuffer(document));
}
