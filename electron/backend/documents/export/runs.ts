// A block's text cut at its marks' edges: runs of one style each, for the .docx and the PDF builders.
// Marks come normalised (sorted, one range per styling), so one forward pass per mark type suffices.
import type { Mark } from '../../../../shared/summary/document';

export interface StyledRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Answers "is [from, to) inside a range of this type?" for cuts visited in increasing order. */
function coverage(marks: readonly Mark[], type: Mark['type']) {
  const ranges = marks.filter((mark) => mark.type === type).sort((a, b) => a.from - b.from);
  let next = 0;
  return (from: number, to: number) => {
    while (next < ranges.length && ranges[next]!.to <= from) next += 1;
    const range = ranges[next];
    return range !== undefined && range.from <= from && range.to >= to;
  };
}

export function styledRuns(text: string, marks: readonly Mark[]): StyledRun[] {
  if (text === '') return [];
  if (marks.length === 0) return [{ text, bold: false, italic: false }];
  const edges = new Set<number>([0, text.length]);
  for (const mark of marks) {
    edges.add(Math.min(mark.from, text.length));
    edges.add(Math.min(mark.to, text.length));
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const bold = coverage(marks, 'bold');
  const italic = coverage(marks, 'italic');
  const runs: StyledRun[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const from = cuts[index]!;
    const to = cuts[index + 1]!;
    if (from < to) runs.push({ text: text.slice(from, to), bold: bold(from, to), italic: italic(from, to) });
  }
  return runs;
}
