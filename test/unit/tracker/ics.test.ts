// The iCalendar writer's rules (RFC 5545): lines folded at 75 octets of UTF-8 without cutting a multi-byte
// character, TEXT escaping, CRLF line ends, stable UIDs, DATE values for deadlines and a VTIMEZONE only for
// a timed event.
import { describe, expect, it } from 'vitest';
import { alarmTrigger, buildIcs, escapeText, eventUid, foldLine } from '../../../shared/tracker/ics';
import { stableHash } from '../../../shared/tracker/hash';

const NOW = '2025-09-10T01:30:00.000Z';
const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n /g, '');
const fatal = new TextDecoder('utf-8', { fatal: true });

describe('line folding at 75 octets, UTF-8 aware', () => {
  it('folds a long Chinese SUMMARY into lines of at most 75 octets, each a whole sequence of characters', () => {
    const summary = '截止：申报人须于规定时间内完成所有申报材料的上报（含签名的个人承诺、加盖公章的所在单位核实意见），逾期将无法参加本次考核认定';
    const file = buildIcs({ name: 'x', now: NOW, events: [{ key: 'k', summary, description: 'd', date: '2025-09-19', alarmDays: 3 }] });
    const bytes = new TextEncoder().encode(file);
    // Split the bytes (not the string) at CRLF: every physical line must be valid UTF-8 on its own.
    let start = 0;
    const lines: Uint8Array[] = [];
    for (let index = 0; index < bytes.length - 1; index += 1) {
      if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
        lines.push(bytes.subarray(start, index));
        start = index + 2;
      }
    }
    expect(start).toBe(bytes.length);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => fatal.decode(line)).not.toThrow();
    }
    const summaryLines = file.split('\r\n').filter((line, index, all) => line.startsWith('SUMMARY:') || (line.startsWith(' ') && all.slice(0, index).reverse().find((prev) => !prev.startsWith(' '))?.startsWith('SUMMARY:')));
    expect(summaryLines.length).toBeGreaterThan(2);
    expect(unfold(file)).toContain(`SUMMARY:${escapeText(summary)}\r\n`);
  });

  it('fills each line up to the limit: 3-octet characters never cross 75 octets, the space included', () => {
    const line = `SUMMARY:${'公'.repeat(60)}`; // 8 + 180 octets
    const folded = foldLine(line).split('\r\n');
    expect(folded.map(octets)).toEqual([74, 73, 43]);
    expect(folded[0]).toBe(`SUMMARY:${'公'.repeat(22)}`); // 8 + 66 = 74: a 23rd would make 77
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
  });

  it('never splits a 4-octet character (an Extension B Han character) or a surrogate pair', () => {
    const line = `DESCRIPTION:${'a'.repeat(60)}${'𠀀'.repeat(10)}`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(part).not.toMatch(/^ ?[\uDC00-\uDFFF]/);
    }
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });
});

describe('TEXT escaping', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('escapes user text inside the calendar, so a comma in a place name cannot start a new value', () => {
    const file = buildIcs({ name: 'A, B; C', now: NOW, events: [{ key: 'k', summary: 'S', description: 'line 1\nline 2', location: '梅园路 77 号, 3 楼; 301', date: '2025-11-03', time: '09:30', alarmDays: null }] });
    expect(file).toContain('X-WR-CALNAME:A\\, B\\; C\r\n');
    expect(unfold(file)).toContain('LOCATION:梅园路 77 号\\, 3 楼\\; 301\r\n');
    expect(file).toContain('DESCRIPTION:line 1\\nline 2\r\n');
  });
});

describe('the calendar’s structure', () => {
  const file = buildIcs({
    name: 'deadlines',
    now: NOW,
    events: [
      { key: 'a\u0000materials-submission', summary: 'S', description: 'D', date: '2025-09-19', alarmDays: 3 },
      { key: 'a\u0000public-notice/period', summary: 'P', description: 'D', date: '2025-09-08', endDate: '2025-09-12', alarmDays: null },
    ],
  });

  it('uses CRLF everywhere and ends with one', () => {
    expect(file.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has VERSION, PRODID and DTSTAMP from the injected clock', () => {
    expect(file).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/TitlePrep\/\/Submission tracker\/\/ZH\r\n/);
    expect(file).toContain('DTSTAMP:20250910T013000Z\r\n');
  });

  it('writes deadlines as all-day DATE values with an exclusive DTEND, and no VTIMEZONE without a timed event', () => {
    expect(file).toContain('DTSTART;VALUE=DATE:20250919\r\nDTEND;VALUE=DATE:20250920\r\n');
    expect(file).toContain('DTSTART;VALUE=DATE:20250908\r\nDTEND;VALUE=DATE:20250913\r\n');
    expect(file).not.toContain('VTIMEZONE');
    expect(file).toContain('TRIGGER:-P2DT15H\r\n');
    expect(file.match(/BEGIN:VALARM/g)).toHaveLength(1);
  });

  it('a timed event is in Asia/Shanghai, with the zone described', () => {
    const timed = buildIcs({ name: 'x', now: NOW, events: [{ key: 'k', summary: 'S', description: 'D', date: '2025-11-03', time: '09:30', alarmDays: 0 }] });
    expect(timed).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n');
    expect(timed).toContain('DTSTART;TZID=Asia/Shanghai:20251103T093000\r\n');
    expect(timed).toContain('TRIGGER:PT0S\r\n');
  });
});

describe('UIDs', () => {
  it('are a stable hash of the key, the same on every run, different for different keys', () => {
    expect(eventUid('a\u0000interview')).toBe(eventUid('a\u0000interview'));
    expect(eventUid('a\u0000interview')).not.toBe(eventUid('b\u0000interview'));
    expect(eventUid('a\u0000interview')).toMatch(/^[0-9a-f]{32}@titleprep$/);
    // Pinned, so that a change of the hash (which would duplicate every imported event) fails here.
    expect(stableHash('')).toBe('6c62272e07bb014262b821756295c58d');
    expect(stableHash('a')).toBe('d228cb696f1a8caf78912b704e4a8964');
  });
});

describe('reminders in the daytime', () => {
  it('an all-day deadline rings at 09:00 N days before, not at midnight; a timed event N days before its time', () => {
    expect(alarmTrigger({ alarmDays: 2 })).toBe('-P1DT15H');
    expect(alarmTrigger({ alarmDays: 1 })).toBe('-PT15H');
    expect(alarmTrigger({ alarmDays: 0 })).toBe('PT9H');
    expect(alarmTrigger({ alarmDays: 3, alarmTime: '08:30' })).toBe('-P2DT15H30M');
    expect(alarmTrigger({ alarmDays: 2, time: '09:30' })).toBe('-P2D');
    expect(alarmTrigger({ alarmDays: 0, time: '09:30' })).toBe('PT0S');
  });

  it('names the export\'s language in PRODID', () => {
    expect(buildIcs({ name: 'x', now: NOW, events: [], language: 'en' })).toContain('PRODID:-//TitlePrep//Submission tracker//EN\r\n');
    expect(buildIcs({ name: 'x', now: NOW, events: [], language: 'zh' })).toContain('PRODID:-//TitlePrep//Submission tracker//ZH\r\n');
  });
});
