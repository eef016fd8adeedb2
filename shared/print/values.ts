// What one cell of a printed document shows, decided before any layout: a value, 待填写 (a required value
// the report says is missing), 无 (a section the online system wants filled even when there is nothing to
// declare: templates/form/fields.json noneWhenEmpty), or nothing (an optional value left empty). The PDF and
// the Word builders only style these; the decision is tested here without pdfmake or docx.
import fieldRules from '../../templates/form/fields.json';
import type { Application } from '../application/schema';
import type { AssessmentForm } from '../form/schema';
import type { FieldTarget, FormReport } from '../form/validation';
import { pzh } from '../i18n/print';
import type { Profile } from '../profile/schema';
import type { Programme } from '../programmes/schema';

export type PrintValue =
  | { kind: 'text'; text: string }
  /** Required and empty. `text` is what is there already (a summary that is too short). */
  | { kind: 'missing'; text?: string }
  | { kind: 'none' }
  | { kind: 'blank' };

/** Everything a printed document reads; an ApplicationFile (electron/backend/form/load.ts) is one. */
export interface PrintSource {
  stored: { profile: Profile };
  application: Application;
  programme: Programme | null;
  form: AssessmentForm;
  summary: { words: number; target: number } | null;
  report: FormReport;
}

export const NONE_TEXT: string = fieldRules.noneText.zh;
export const NONE_WHEN_EMPTY: ReadonlySet<string> = new Set(fieldRules.noneWhenEmpty);

const targetKey = (target: FieldTarget) => `${target.page}:${target.path.join('.')}`;

/** The fields the report says are missing, to be looked up by page and path. */
export class MissingFields {
  private readonly keys: ReadonlySet<string>;
  constructor(report: FormReport) {
    this.keys = new Set(report.items.filter((item) => item.severity === 'missing').map((item) => targetKey(item.target)));
  }
  has(page: FieldTarget['page'], ...path: (string | number)[]): boolean {
    return this.keys.has(`${page}:${path.join('.')}`);
  }
  get size(): number {
    return this.keys.size;
  }
}

export const textValue = (text: string): PrintValue => ({ kind: 'text', text });
export const BLANK: PrintValue = { kind: 'blank' };
export const NONE: PrintValue = { kind: 'none' };
export const MISSING: PrintValue = { kind: 'missing' };

/** A stored value as printed: missing wins over empty; `noneWhenEmpty` prints 无 for an empty optional value. */
export function cell(raw: string | null | undefined, missing: boolean, noneWhenEmpty = false): PrintValue {
  if (raw !== null && raw !== undefined && raw !== '') return textValue(raw);
  if (missing) return MISSING;
  return noneWhenEmpty ? NONE : BLANK;
}

/** The text a value prints as, when the layout has no styles (Word cells, text extraction in tests). */
export function plainText(value: PrintValue, markMissing: boolean): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'none':
      return NONE_TEXT;
    case 'blank':
      return '';
    case 'missing':
      if (!markMissing) return value.text ?? '';
      return value.text ? `${value.text} ${missingMark()}` : missingMark();
  }
}

/** 【待填写】: brackets keep the mark visible on a black-and-white printer too. */
export const missingMark = () => `【${pzh('print.missing')}】`;

/**
 * An identifier (patent, standard, registration or certificate number, credit code) that must never break
 * across lines: its spaces become no-break spaces, which line breaking (UAX #14) never breaks at.
 */
export const unbroken = (identifier: string): string => identifier.replace(/ /g, '\u00A0');

/** Dates on paper, in every printed document: 2025年9月1日 (../shared/paper.md, "Printing"). */
export const formDate = (date: string | null | undefined): string => (date ? chineseDate(date) : '');

/**
 * 2025年9月1日, Arabic numerals without leading zeros (GB/T 9704); a year-month reads 2025年9月, a year 2025年.
 * Text that is not an ISO date is printed as it is rather than guessed at.
 */
export function chineseDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!match) return date;
  const [, year, month, day] = match;
  if (month === undefined) return `${year}年`;
  if (day === undefined) return `${year}年${Number(month)}月`;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** "2006年9月1日至2010年7月1日"; an ongoing period reads "2015年1月1日至今"; a missing end leaves "…至". */
export function periodText(start: string | null, end: string | null, ongoingAllowed: boolean): string {
  if (start === null && end === null) return '';
  if (start !== null && end === null && ongoingAllowed) return pzh('print.ongoingPeriod', { from: formDate(start) });
  return pzh('print.period', { from: formDate(start), to: formDate(end) }).trim();
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
/** "2025-09-01 10:05" in Beijing time, for the draft mark; the ISO text itself when it is not an instant. */
export function beijingTime(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  return new Date(time + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The name the documents print: the Chinese name, else the Latin one. */
export function applicantName(profile: Profile): string {
  return profile.person.nameZh || profile.person.nameLatin;
}
