// The print layouts (templates/print/*.json): exact A4 in twips, margins that keep the packet's bands free,
// the form's draft mark between the top band and the content, and column widths that fill the page.
import { describe, expect, it } from 'vitest';
import bands from '../../../templates/print/bands.json';
import cover from '../../../templates/print/cover.json';
import form from '../../../templates/print/form.json';
import notice from '../../../templates/print/public-notice.json';
import { PRINT_BANDS, pageGeometry } from '../../../electron/backend/print/pdfLayout';
import { columnTwips } from '../../../electron/backend/print/docxParts';
import { formContent } from '../../../shared/print/formContent';
import { noticeContent } from '../../../shared/print/noticeContent';
import { noticePeriod } from '../../../shared/print/noticePeriod';
import { sampleApplicationFile } from '../../support/forms';

/** Full-width characters (every label is Chinese) that fit on one line of a column of `percent` of the type area. */
function charactersPerLine(layout: typeof form | typeof notice, percent: number, sizePt: number): number {
  const width = (layout.page.widthTwips - layout.marginsTwips.left - layout.marginsTwips.right) / 20;
  return Math.floor(((width * percent) / 100 - 2 * layout.cellPaddingPt.x) / sizePt);
}

/** A label wraps a single character when its last line would hold one alone. */
const wrapsOneCharacter = (label: string, perLine: number) => [...label].length > perLine && [...label].length % perLine === 1;

const layouts = { form, 'public-notice': notice, cover };

describe.each(Object.entries(layouts))('the %s layout', (_name, layout) => {
  it('is A4 in exact twips (11906 × 16838: docx\'s mm conversion rounds A4 down)', () => {
    expect(layout.page).toEqual({ widthTwips: 11906, heightTwips: 16838 });
  });

  it('keeps the packet\'s top and bottom bands free', () => {
    const [, top, , bottom] = pageGeometry(layout).margins;
    expect(top).toBeGreaterThan(bands.topPt);
    expect(bottom).toBeGreaterThan(bands.bottomPt);
  });
});

describe('the bands', () => {
  it('are read from bands.json by the builders', () => {
    expect(PRINT_BANDS).toEqual({ topPt: bands.topPt, bottomPt: bands.bottomPt });
  });

  it('a layout edited into a band is refused rather than printed under the packet\'s labels', () => {
    expect(() => pageGeometry({ ...form, marginsTwips: { ...form.marginsTwips, top: bands.topPt * 20 } })).toThrow(/bands/);
  });
});

describe('the form draft', () => {
  it('puts the draft mark below the top band and above the content', () => {
    const top = pageGeometry(form).margins[1];
    expect(form.draftMark.fromTopPt).toBeGreaterThan(bands.topPt);
    expect(form.draftMark.fromTopPt + form.draftMark.sizePt * 2).toBeLessThan(top);
  });

  it('has column widths that add up to the whole width', () => {
    expect(form.grid.reduce((a, b) => a + b, 0)).toBe(100);
    for (const widths of Object.values(form.tables)) expect(widths.reduce((a, b) => a + b, 0)).toBe(100);
    expect(notice.columns.reduce((a, b) => a + b, 0)).toBe(100);
    for (const widths of Object.values(cover.columns)) expect(widths.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('no label wraps a single character onto a line of its own (grid labels and table headers)', () => {
    const wrapped: string[] = [];
    for (const section of formContent(sampleApplicationFile()).sections) {
      if (section.kind === 'grid' || section.kind === 'records') {
        const lines = section.kind === 'grid' ? section.lines : section.records.flatMap((record) => record.lines);
        for (const line of lines) line.forEach((pair, index) => {
          if (wrapsOneCharacter(pair.label, charactersPerLine(form, form.grid[index * 2]!, form.sizesPt.cell))) wrapped.push(pair.label);
        });
      } else if (section.kind === 'table') {
        section.columns.forEach((label, index) => {
          if (wrapsOneCharacter(label, charactersPerLine(form, form.tables[section.id][index]!, form.sizesPt.cell))) wrapped.push(label);
        });
      }
    }
    expect(wrapped).toEqual([]);
    // The method fails where it should: 社会保险缴纳单位 (8) in a column of 7 characters.
    expect(wrapsOneCharacter('社会保险缴纳单位', 7)).toBe(true);
  });

  it('every date column holds the widest date, 2024年12月31日 (76.5 pt in the serif at 五号), on one line', () => {
    const DATE_PT = 76.5;
    const width = (form.page.widthTwips - form.marginsTwips.left - form.marginsTwips.right) / 20;
    const dateColumns: [keyof typeof form.tables, number][] = [['education', 0], ['work', 0], ['papers', 2], ['patents', 3], ['standards', 3], ['awards', 3]];
    for (const [table, column] of dateColumns) {
      expect((width * form.tables[table][column]!) / 100 - 2 * form.cellPaddingPt.x, `${table} column ${column}`).toBeGreaterThanOrEqual(DATE_PT);
    }
  });

  it('Word columns in twips add up exactly to the content width', () => {
    const width = form.page.widthTwips - form.marginsTwips.left - form.marginsTwips.right;
    for (const widths of [form.grid, ...Object.values(form.tables)]) expect(columnTwips(widths, width).reduce((a, b) => a + b, 0)).toBe(width);
  });
});

describe('the public notice', () => {
  it('holds every label of its facts on one line', () => {
    const file = sampleApplicationFile();
    const perLine = charactersPerLine(notice, notice.columns[0]!, notice.sizesPt.cell);
    for (const row of noticeContent(file, noticePeriod(file)).rows) expect([...row.label.zh].length, row.label.zh).toBeLessThanOrEqual(perLine);
  });

  it('has the official-document margins of GB/T 9704: top 37 mm, left 28 mm, type area 156 × 225 mm', () => {
    const mm = (twips: number) => (twips / 1440) * 25.4;
    const { page, marginsTwips: m } = notice;
    expect(mm(m.top)).toBeCloseTo(37, 0);
    expect(mm(m.left)).toBeCloseTo(28, 0);
    expect(mm(page.widthTwips - m.left - m.right)).toBeCloseTo(156, 0);
    expect(mm(page.heightTwips - m.top - m.bottom)).toBeCloseTo(225, 0);
  });
});
