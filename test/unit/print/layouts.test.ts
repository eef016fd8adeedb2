// The print layouts (templates/print/*.json): exact A4 in twips, margins that keep the packet's bands free,
// the form's draft mark between the top band and the content, and column widths that fill the page.
import { describe, expect, it } from 'vitest';
import bands from '../../../templates/print/bands.json';
import cover from '../../../templates/print/cover.json';
import form from '../../../templates/print/form.json';
import notice from '../../../templates/print/public-notice.json';
import { PRINT_BANDS, pageGeometry } from '../../../electron/backend/print/pdfLayout';
import { columnTwips } from '../../../electron/backend/print/docxParts';

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

  it('Word columns in twips add up exactly to the content width', () => {
    const width = form.page.widthTwips - form.marginsTwips.left - form.marginsTwips.right;
    for (const widths of [form.grid, ...Object.values(form.tables)]) expect(columnTwips(widths, width).reduce((a, b) => a + b, 0)).toBe(width);
  });
});
