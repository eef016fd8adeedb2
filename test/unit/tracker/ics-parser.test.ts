// The exported calendar read back by a real iCalendar parser (ical.js, Mozilla's): the right dates for every
// deadline, the interview at 09:30 Beijing time, reminders three days before, and UIDs that stay the same
// when a newer export changes the dates, so a calendar updates its events instead of duplicating them.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CALENDAR } from '../../../shared/calendar/workdays';
import type { Language } from '../../../shared/contract/channels';
import { getProgramme } from '../../../shared/programmes';
import { computeDeadlines } from '../../../shared/tracker/deadlines';
import { buildIcs, eventUid } from '../../../shared/tracker/ics';
import { deadlineEvents } from '../../../shared/tracker/icsEvents';
import { type TrackerCase, emptyCase } from '../../../shared/tracker/schema';
import { defaultStepRecord } from '../../../shared/tracker/steps';

const APPLICANT = '5b0e7c1e-2f7d-4f7e-9a51-0c4a2f1d9e11';
const R3 = (() => {
  const result = getProgramme('shanghai-c-r3');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
})();

function exportFor(options: { noticeStart: string; now: string; today?: string; language?: Language; trackerCase?: Partial<TrackerCase> }): string {
  const deadlines = computeDeadlines({
    programme: R3,
    level: 'intermediate',
    steps: [{ ...defaultStepRecord('certificate-verification'), status: 'done', doneOn: '2025-08-20' }],
    trackerCase: { ...emptyCase(), correctionRequestedOn: '2025-10-08', correctionDeadline: '2025-10-15', interviewOn: '2025-11-03', interviewTime: '09:30', interviewPlace: '梅园路 77 号, 3 楼', ...options.trackerCase },
    publicNotice: { startDate: options.noticeStart, extraWorkdays: 0 },
    calendar: BUNDLED_CALENDAR,
    today: options.today ?? '2025-09-01',
    dueSoonDays: 7,
  });
  const language = options.language ?? 'zh';
  const events = deadlineEvents({ applicantId: APPLICANT, name: '张伟', acceptanceNumber: 'SH2025-0042', deadlines }, language, 3);
  return buildIcs({ name: '职称申报截止日期', events, now: options.now });
}

interface ParsedEvent {
  uid: string;
  summary: string;
  start: ICAL.Time;
  end: ICAL.Time | null;
  sequence: number;
  triggers: string[];
  description: string;
  location: string | null;
}

function parse(text: string): { calendar: ICAL.Component; events: Map<string, ParsedEvent> } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = new Map<string, ParsedEvent>();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    events.set(event.uid, {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate,
      end: component.hasProperty('dtend') ? event.endDate : null,
      sequence: Number(component.getFirstPropertyValue('sequence')),
      triggers: component.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
      description: event.description,
      location: event.location,
    });
  }
  return { calendar, events };
}

const uidOf = (deadlineId: string) => eventUid(`${APPLICANT}\u0000${deadlineId}`);

describe('the .ics export read by ical.js', () => {
  const first = parse(exportFor({ noticeStart: '2025-09-08', now: '2025-09-01T02:00:00Z' }));

  it('is a VERSION 2.0 calendar with our PRODID', () => {
    expect(first.calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(first.calendar.getFirstPropertyValue('prodid')).toBe('-//TitlePrep//Submission tracker//ZH');
  });

  it('has each deadline on its day, as an all-day DATE', () => {
    const dates = (uid: string) => {
      const event = first.events.get(uid);
      if (!event) throw new Error(`no event ${uid}`);
      return { start: event.start.toString(), isDate: event.start.isDate, end: event.end?.toString() ?? null };
    };
    expect(dates(uidOf('certificate-verification'))).toEqual({ start: '2025-08-31', isDate: true, end: '2025-09-01' });
    expect(dates(uidOf('materials-submission'))).toEqual({ start: '2025-09-19', isDate: true, end: '2025-09-20' });
    expect(dates(uidOf('materials-submission/period'))).toEqual({ start: '2025-09-01', isDate: true, end: '2025-09-20' });
    expect(dates(uidOf('public-notice'))).toEqual({ start: '2025-09-12', isDate: true, end: '2025-09-13' });
    expect(dates(uidOf('public-notice/period'))).toEqual({ start: '2025-09-08', isDate: true, end: '2025-09-13' });
    expect(dates(uidOf('correction'))).toEqual({ start: '2025-10-15', isDate: true, end: '2025-10-16' });
  });

  it('has the day HR must start the public notice at the latest, with its reminder', () => {
    const latest = first.events.get(uidOf('public-notice/latest-start'));
    expect(latest).toBeDefined();
    // Five working days that end by the materials deadline (2025-09-19, a Friday) start on Monday 2025-09-15.
    expect(latest!.start.toString()).toBe('2025-09-15');
    expect(latest!.summary).toBe('张伟：最晚于今天开始单位内部公示');
    expect(latest!.triggers).toEqual(['-P2DT15H']);
  });

  it('writes nothing that depends on the day of the export (已过, overdue) into an event', () => {
    const late = parse(exportFor({ noticeStart: '2025-09-08', now: '2025-12-01T02:00:00Z', today: '2025-12-01' }));
    expect(late.events.size).toBeGreaterThan(3);
    for (const event of late.events.values()) expect(`${event.summary}\n${event.description}`).not.toMatch(/已过|逾期将无法|期限已过/);
  });

  it('has the interview at 09:30 Beijing time (01:30 UTC), with its place', () => {
    const interview = first.events.get(uidOf('interview'));
    expect(interview?.start.isDate).toBe(false);
    expect(interview?.start.zone?.tzid).toBe('Asia/Shanghai');
    expect(interview?.start.toJSDate().toISOString()).toBe('2025-11-03T01:30:00.000Z');
    expect(interview?.location).toBe('梅园路 77 号, 3 楼');
  });

  it('reminds at 09:00 three days before each pending deadline (not at midnight); periods and done deadlines carry no reminder', () => {
    // An all-day event starts at midnight: 09:00 three days before is 2 days and 15 hours earlier.
    expect(first.events.get(uidOf('materials-submission'))?.triggers).toEqual(['-P2DT15H']);
    expect(first.events.get(uidOf('correction'))?.triggers).toEqual(['-P2DT15H']);
    expect(first.events.get(uidOf('public-notice/period'))?.triggers).toEqual([]);
    const done = first.events.get(uidOf('certificate-verification'));
    expect(done?.triggers).toEqual([]);
    expect(done?.summary).toContain('已完成');
  });

  it('leaves out what has no date (the paper materials are unknown)', () => {
    expect(first.events.has(uidOf('paper-materials'))).toBe(false);
  });

  it('says in the summary and description what, who, and where the rule comes from (Chinese)', () => {
    const correction = first.events.get(uidOf('correction'));
    // Who, then what: no brackets nested in a title.
    expect(correction?.summary).toBe('张伟：一次性补正截止');
    expect(correction?.description).toContain('受理号：SH2025-0042');
    expect(correction?.description).toContain('000_1b5f3424c279415a.txt');
    expect(correction?.description).toContain('must submit all updates in one response');
  });

  it('writes the summaries in English when asked', () => {
    const english = parse(exportFor({ noticeStart: '2025-09-08', now: '2025-09-01T02:00:00Z', language: 'en' }));
    expect(english.events.get(uidOf('materials-submission'))?.summary).toBe('张伟: last day of Submission of all materials');
  });

  it('keeps every UID when a newer export changes the dates; the newer one has a higher SEQUENCE', () => {
    const second = parse(exportFor({ noticeStart: '2025-09-15', now: '2025-09-03T08:00:00Z', trackerCase: { interviewOn: '2025-11-05' } }));
    expect([...second.events.keys()].sort()).toEqual([...first.events.keys()].sort());
    expect(second.events.get(uidOf('public-notice'))?.start.toString()).toBe('2025-09-19');
    expect(second.events.get(uidOf('interview'))?.start.toJSDate().toISOString()).toBe('2025-11-05T01:30:00.000Z');
    for (const uid of first.events.keys()) {
      expect(second.events.get(uid)?.sequence).toBeGreaterThan(first.events.get(uid)?.sequence ?? Infinity);
    }
  });

  it('UIDs differ between applicants, so HR’s combined calendar keeps everyone’s events apart', () => {
    expect(eventUid(`${APPLICANT}\u0000interview`)).not.toBe(eventUid(`other\u0000interview`));
    expect(new Set(first.events.keys()).size).toBe(first.calendar.getAllSubcomponents('vevent').length);
  });
});
