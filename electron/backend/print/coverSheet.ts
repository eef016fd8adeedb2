// The packet's cover sheet (打印说明) as a PDF: what the packet holds, where each copy is signed and sealed,
// and a checklist with boxes. Chinese, with the English translation of every instruction in English mode: the
// one printed page that may be bilingual, because it is a printing note kept by the applicant, not part of
// the application (the packet's band says so too).
import type { Content, ContentStack, ContentText, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import coverLayout from '../../../templates/print/cover.json';
import { type CoverContents, coverContent } from '../../../shared/print/coverContent';
import type { Localized } from '../../../shared/print/noticeContent';
import { applicantName } from '../../../shared/print/values';
import { pzh } from '../../../shared/i18n/print';
import type { Language } from '../../../shared/contract/channels';
import type { ApplicationFile } from '../form/load';
import { FAMILY, HEADING_FAMILY, borderedTable, pageGeometry, pdfInfo, percentWidths, renderPdf, valueText } from './pdfLayout';
import type { BuiltPdf, PrintOptions } from './types';

export type { CoverContents, CoverPart } from '../../../shared/print/coverContent';

const L = coverLayout;

/** The cover alone takes a language: the interface's, for the English translation under the Chinese. */
export type CoverOptions = PrintOptions & { language: Language };
const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** Chinese, and in English mode the English translation under it. */
function bilingual(text: Localized, options: CoverOptions, extra: object = {}): ContentText | ContentStack {
  if (options.language !== 'en') return { text: text.zh, ...extra };
  return { stack: [{ text: text.zh }, { text: text.en, fontSize: L.sizesPt.english, color: L.colors.note }], ...extra };
}

/** A section heading; `keep: false` inside an unbreakable block, which keeps it with its section already. */
const heading = (index: number, text: Localized, options: CoverOptions, keep = true): Content =>
  bilingual({ zh: `${NUMERALS[index]}、${text.zh}`, en: text.en }, options, {
    fontSize: L.sizesPt.heading,
    font: HEADING_FAMILY,
    // A page-break callback inside an unbreakable block made pdfmake leave a blank page and drop the block (English).
    ...(keep ? { headlineLevel: 1 } : {}),
    margin: [0, L.spacingPt.beforeHeading, 0, L.spacingPt.afterHeading],
  });

const checkbox = (text: Localized, options: CoverOptions): Content => ({
  columns: [
    { text: pzh('print.cover.checkbox'), width: L.sizesPt.checkbox + 4, fontSize: L.sizesPt.checkbox, lineHeight: 1 },
    { stack: [bilingual(text, options)], width: '*' },
  ],
  columnGap: 2,
  // Space above, never below: a bottom margin at the very end of a page makes pdfmake start a blank page.
  margin: [0, 3, 0, 0],
});

/** Room a heading needs under its top to stay: itself (two lines when bilingual) and about three lines of its section. */
const HEADING_KEEP_PT = 100;

export async function buildCoverSheetPdf(file: ApplicationFile, contents: CoverContents, options: CoverOptions): Promise<BuiltPdf> {
  const content = coverContent(file, contents);
  const geometry = pageGeometry(L);
  const table = borderedTable(L.lineWidthPt, L.colors.line, L.cellPaddingPt);
  const style = { missingColor: L.colors.missing, markMissing: options.markMissing };
  const header = (texts: Localized[]) => texts.map((text) => ({ ...bilingual(text, options), fillColor: L.colors.header, font: HEADING_FAMILY, alignment: 'center' }) as TableCell);
  const { signing } = content;
  const rule: Content[] = [bilingual(signing.rule.text, options, { bold: true })];
  if (signing.rule.source) {
    const { quote, quoteNote, origin } = signing.rule.source;
    if (quote) rule.push({ text: [quote, quoteNote ? ` ${quoteNote.zh}` : ''], fontSize: L.sizesPt.english });
    rule.push({ text: origin.zh, fontSize: L.sizesPt.english, color: L.colors.note });
  }
  // One row per signed section of the programme's form (its name, who signs or seals, a box per copy): a
  // 事业单位's third section adds a row, not a column, so its cover stays as compact as an enterprise's (a
  // column per section wrapped every cell onto two lines and pushed the section onto a page of its own).
  // None (TitlePrep's own sheet): no table at all.
  function signingTable(): Content[] {
    if (signing.places.length === 0) return [];
    // A new cell for every row: pdfmake writes its layout into the nodes it is given, and a shared node is drawn once.
    const copiesCell = (): TableCell => {
      const box = () => ({ text: pzh('print.cover.checkbox'), fontSize: L.sizesPt.checkbox, lineHeight: 1 });
      const boxes: ContentText = { text: signing.copies.flatMap((copy, index) => [...(index > 0 ? ['  '] : []), box(), ` ${copy.zh}`]) };
      return options.language === 'en' ? { stack: [boxes, { text: signing.copies.map((copy) => copy.en).join(', '), fontSize: L.sizesPt.english, color: L.colors.note }] } : boxes;
    };
    return [
      {
        table: {
          widths: percentWidths(L.columns.signing),
          headerRows: 1,
          dontBreakRows: true,
          body: [
            header(signing.headers),
            ...signing.places.map((place, index) => [
              { ...bilingual(signing.columns[index + 1]!, options), font: HEADING_FAMILY } as TableCell,
              bilingual(place, options) as TableCell,
              copiesCell(),
            ]),
          ],
        },
        layout: table,
      },
    ];
  }
  const definition: TDocumentDefinitions = {
    pageSize: geometry.pageSize,
    pageMargins: geometry.margins,
    info: pdfInfo(content.title.zh, applicantName(file.stored.profile)),
    language: 'zh-CN',
    defaultStyle: { font: FAMILY, fontSize: L.sizesPt.body, lineHeight: L.lineHeight },
    // A heading never ends a page, nor stands there with one line of its section: it moves to the next page
    // when less room than HEADING_KEEP_PT is left under its top. (Counting the nodes after it did not work for
    // a bilingual heading, a stack whose own two lines counted as what follows: in English the heading and
    // one line ended page 1.)
    pageBreakBefore: (node) => node.headlineLevel === 1 && node.startPosition.pageInnerHeight * (1 - node.startPosition.verticalRatio) < HEADING_KEEP_PT,
    content: [
      { ...bilingual(content.title, options), fontSize: L.sizesPt.title, font: HEADING_FAMILY, alignment: 'center', margin: [0, 0, 0, L.spacingPt.afterTitle] } as Content,
      { ...bilingual(content.notPart, options), alignment: 'center', color: L.colors.note, margin: [0, 0, 0, L.spacingPt.afterTitle] } as Content,
      {
        table: {
          widths: percentWidths(L.columns.facts),
          body: content.facts.map((fact) => [{ ...bilingual(fact.label, options), fillColor: L.colors.header } as TableCell, valueText(fact.value, style) as TableCell]),
        },
        layout: table,
      },
      heading(0, content.contents.heading, options),
      {
        table: {
          widths: percentWidths(L.columns.contents),
          headerRows: 1,
          keepWithHeaderRows: 1,
          body: [
            header(content.contents.columns),
            ...content.contents.rows.map((row) => row.map((text, column) => ({ text, alignment: column === 1 ? 'left' : 'center' }) as TableCell)),
          ],
        },
        layout: table,
      },
      heading(1, content.printing.heading, options),
      ...content.printing.lines.map((line) => ({ ...bilingual(line, options), margin: [0, 0, 0, 2] }) as Content),
      {
        // The heading, the rule, the note on the form and the table of places read as one: they move to the
        // next page together, never a table apart from what introduces it.
        unbreakable: true,
        stack: [
          heading(2, signing.heading, options, false),
          { stack: rule, margin: [0, 0, 0, 4] },
          bilingual(signing.form.text, options, signing.form.draft ? { color: L.colors.warning, bold: true, margin: [0, 0, 0, 6] } : { margin: [0, 0, 0, 6] }),
          ...(signing.none ? [bilingual(signing.none, options, { margin: [0, 0, 0, 6] })] : []),
          ...signingTable(),
        ],
      } as Content,
      heading(3, content.checklist.heading, options),
      ...content.checklist.steps.map((step) => checkbox(step, options)),
      ...(content.acknowledged ? [heading(4, content.acknowledged.heading, options), ...content.acknowledged.lines.map((line) => bilingual(line, options, { margin: [0, 3, 0, 0] }))] : []),
    ],
  };
  return renderPdf(definition, options.fonts);
}
