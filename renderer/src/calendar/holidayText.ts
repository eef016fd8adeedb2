// A year's days off and adjusted working days as the user types them: one range or one date a line, in the
// order of the State Council notice. Blank lines are skipped; each entry remembers its line for messages.
import type { HolidayYear } from '../../../shared/calendar/holidayYear';
import type { FieldIssue } from '../../../shared/contract/result';
import { tidyDate } from '../profile/dates';

/** "2027-02-06..2027-02-12", "2027-02-06 至 2027-02-12", "2027-02-06 ~ 2027-02-12", "2027/2/6 - 2027/2/12". */
const RANGE_SEPARATOR = /\s*(?:\.\.|~|～|至|到|–|—|\s-\s|\sto\s)\s*/;

export interface ParsedLines<T> {
  entries: T[];
  /** The 1-based line number of each entry. */
  lines: number[];
  /** Lines that are neither a date nor a range. */
  unreadable: number[];
}

function eachLine<T>(text: string, read: (line: string) => T | null): ParsedLines<T> {
  const parsed: ParsedLines<T> = { entries: [], lines: [], unreadable: [] };
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const entry = read(line);
    if (entry === null) parsed.unreadable.push(index + 1);
    else {
      parsed.entries.push(entry);
      parsed.lines.push(index + 1);
    }
  });
  return parsed;
}

const looksLikeDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function parseRanges(text: string): ParsedLines<HolidayYear['daysOff'][number]> {
  return eachLine(text, (line) => {
    const parts = line.split(RANGE_SEPARATOR).map(tidyDate);
    const from = parts[0] ?? '';
    const to = parts[1] ?? from;
    if (parts.length > 2 || !looksLikeDate(from) || !looksLikeDate(to)) return null;
    return { from, to };
  });
}

export function parseDates(text: string): ParsedLines<string> {
  return eachLine(text, (line) => {
    const date = tidyDate(line);
    return looksLikeDate(date) ? date : null;
  });
}

export function rangesText(ranges: HolidayYear['daysOff']): string {
  return ranges.map((range) => (range.from === range.to ? range.from : `${range.from}..${range.to}`)).join('\n');
}

/** Issues for a list field, located by line: `daysOff.3.to` becomes "line 5" when entry 3 was on line 5. */
export function issuesByLine(issues: readonly FieldIssue[], field: string, lines: readonly number[]): { line: number | null; issue: FieldIssue }[] {
  return issues
    .filter((issue) => issue.path[0] === field)
    .map((issue) => {
      const index = issue.path[1];
      return { line: typeof index === 'number' ? (lines[index] ?? null) : null, issue };
    });
}
