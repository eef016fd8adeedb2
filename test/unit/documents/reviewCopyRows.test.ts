// The review copy's rows on paper: a heading shares its row with the block under it (a section's name never
// ends a page alone), and a row is kept on one page when it fits on one, a longer one left to break.
import { describe, expect, it } from 'vitest';
import { type RowShape, estimatedRowHeight, rowGroups, tableRuns } from '../../../electron/backend/documents/bilingual/reviewCopy';
import type { Block } from '../../../shared/summary/document';

const shape: RowShape = { columnWidth: 220, fontSize: 10.5, lineHeight: 1.35, bodyHeight: 700 };
const heading = (id: string): Block => ({ type: 'heading', id, text: '一、标题', english: 'One. A heading' });
const paragraph = (id: string, characters: number): Block => ({ type: 'paragraph', id, text: '字'.repeat(characters), marks: [], english: 'word '.repeat(characters / 2) });

describe('review copy rows', () => {
  it('a heading and the block under it share a row; two headings in a row, or a last heading, stand alone', () => {
    const groups = rowGroups([heading('a'), paragraph('p1', 10), paragraph('p2', 10), heading('b'), heading('c'), paragraph('p3', 10), heading('d')]);
    expect(groups.map((group) => group.map((block) => block.id))).toEqual([['a', 'p1'], ['p2'], ['b'], ['c', 'p3'], ['d']]);
  });

  it('the estimate errs high: a CJK character is a full em, and more text is never shorter', () => {
    const short = estimatedRowHeight(paragraph('p', 20), shape);
    const long = estimatedRowHeight(paragraph('p', 400), shape);
    // 400 字 at 10.5 pt in a 220 pt column: at least 400 × 10.5 / 220 ≈ 19 lines of 14.2 pt.
    expect(long).toBeGreaterThan(19 * 10.5 * 1.35);
    expect(short).toBeLessThan(long);
  });

  it('rows that fit on a page are kept whole in one run; a row taller than a page is a breakable run of its own', () => {
    const groups = rowGroups([paragraph('p1', 200), paragraph('p2', 3000), paragraph('p3', 200), paragraph('p4', 100)]);
    expect(tableRuns(groups, shape)).toEqual([
      { rows: [0], keepTogether: true },
      { rows: [1], keepTogether: false },
      { rows: [2, 3], keepTogether: true },
    ]);
  });
});
