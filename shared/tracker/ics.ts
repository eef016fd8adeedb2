// An iCalendar (RFC 5545) writer for the tracker's deadlines: pure text in, text out, no clock of its own.
//
// Dates: a deadline is a calendar day in Shanghai ("9月19日前"), so it is an all-day event with DATE values.
// An all-day event is the same day in every viewer's time zone, which is what a deadline means: a DATE-TIME
// at Shanghai midnight would show as the day before in Europe or America. Only an event with a known time
// of day (the interview) is a DATE-TIME, written with TZID=Asia/Shanghai and a VTIMEZONE that states the
// zone exactly: China has kept UTC+8 without daylight saving since 1991, so one STANDARD part suffices.
//
// Updates: the UID is a hash of (applicant, deadline) and never changes, and SEQUENCE grows with the export
// time, so a calendar that imports a newer export replaces its events instead of adding copies.
//
// Reminders ring in the daytime: an all-day event starts at midnight, so its alarm is set back to a time of
// day (09:00 by default) N days before, not to midnight.
//
// Why this writer and not ical.js (issue 10 asked to write the file with ical.js unless a measured reason
// says otherwise): ical.js 2.2.1 folds a long Chinese SUMMARY into a physical line of 76 octets (measured
// with this project's deadline texts), over RFC 5545's limit of 75 that this writer keeps and its tests
// check; ical.js still reads every export back in the tests (test/unit/tracker/ics-parser.test.ts).
import { stableHash } from './hash';

export interface IcsEvent {
  /** Stable key of the event; the UID is made from it. */
  key: string;
  summary: string;
  description: string;
  location?: string;
  /** All-day from `date` to `endDate` inclusive (one day when absent), or at `time` (HH:MM, Beijing time). */
  date: string;
  endDate?: string;
  time?: string;
  /** A reminder this many days before the event's day; null: no reminder. */
  alarmDays: number | null;
  /** All-day events: the reminder's time of day (HH:MM, the viewer's clock); default ALARM_TIME. */
  alarmTime?: string;
  /** What the reminder says. */
  alarmText?: string;
}

export interface IcsCalendar {
  name: string;
  /** The language of the texts: PRODID names it too. */
  language?: 'zh' | 'en';
  events: readonly IcsEvent[];
  /** The instant of the export (ISO 8601): DTSTAMP, LAST-MODIFIED and SEQUENCE come from it. */
  now: string;
}

export const PRODID = '-//TitlePrep//Submission tracker//ZH';
const PRODID_EN = '-//TitlePrep//Submission tracker//EN';
/** When an all-day deadline's reminder rings: in the working day, not at midnight. */
export const ALARM_TIME = '09:00';
const TIME_ZONE = 'Asia/Shanghai';
/** SEQUENCE counts minutes from here, so a later export always carries a higher one. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line so that no physical line exceeds 75 octets of UTF-8 (RFC 5545 3.1). Breaks fall
 * between code points, never inside a multi-byte sequence; each continuation starts with one space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** 2025-09-19 → 20250919. */
function basicDate(date: string): string {
  return date.replace(/-/g, '');
}

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** An instant as a UTC DATE-TIME: 20250910T013000Z. */
function utcStamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function eventUid(key: string): string {
  return `${stableHash(key)}@titleprep`;
}

function sequenceAt(now: string): number {
  return Math.max(0, Math.floor((Date.parse(now) - SEQUENCE_EPOCH) / 60_000));
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: IcsEvent, stamp: string, sequence: number): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${eventUid(event.key)}`, `DTSTAMP:${stamp}`, `LAST-MODIFIED:${stamp}`, `SEQUENCE:${sequence}`];
  if (event.time !== undefined) {
    lines.push(`DTSTART;TZID=${TIME_ZONE}:${basicDate(event.date)}T${event.time.replace(':', '')}00`);
  } else {
    // DTEND of an all-day event is exclusive: the day after the last day.
    lines.push(`DTSTART;VALUE=DATE:${basicDate(event.date)}`, `DTEND;VALUE=DATE:${basicDate(nextDay(event.endDate ?? event.date))}`);
    lines.push('TRANSP:TRANSPARENT');
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`, `DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.alarmDays !== null) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.alarmText ?? event.summary)}`,
      `TRIGGER:${alarmTrigger(event)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The alarm's offset from the event's start (RFC 5545 DURATION). A timed event rings N days before its time;
 * an all-day event, whose start is midnight, rings at the alarm time of day N days before: 09:00 two days
 * before is -P1DT15H, 09:00 on the day itself PT9H.
 */
export function alarmTrigger(event: Pick<IcsEvent, 'alarmDays' | 'alarmTime' | 'time'>): string {
  const days = event.alarmDays ?? 0;
  if (event.time !== undefined) return days === 0 ? 'PT0S' : `-P${days}D`;
  const [hours, minutes] = (event.alarmTime ?? ALARM_TIME).split(':').map(Number) as [number, number];
  const offset = days * 24 * 60 - (hours * 60 + minutes);
  const size = Math.abs(offset);
  const d = Math.floor(size / 1440);
  const h = Math.floor((size % 1440) / 60);
  const m = size % 60;
  if (d === 0 && h === 0 && m === 0) return 'PT0S';
  const time = h || m ? `T${h ? `${h}H` : ''}${m ? `${m}M` : ''}` : '';
  const duration = `P${d ? `${d}D` : ''}${time}`;
  return offset > 0 ? `-${duration}` : duration;
}

/** The whole calendar as text: CRLF line ends, folded lines, UTF-8 (the caller writes it as UTF-8). */
export function buildIcs(calendar: IcsCalendar): string {
  const stamp = utcStamp(calendar.now);
  const sequence = sequenceAt(calendar.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${calendar.language === 'en' ? PRODID_EN : PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(calendar.name)}`, `X-WR-TIMEZONE:${TIME_ZONE}`];
  if (calendar.events.some((event) => event.time !== undefined)) lines.push(...VTIMEZONE);
  for (const event of calendar.events) lines.push(...eventLines(event, stamp, sequence));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
