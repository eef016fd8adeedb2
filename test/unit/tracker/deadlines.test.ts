// The tracker's deadline rules, each named after the rule it checks: the public notice on the working-day
// calendar (holidays, the materials deadline, a year without data), the junior level's short path, the
// states at their boundary days with an injected "today", unknown dates that stay unknown, and dates out
// of order.
import { describe, expect, it } from 'vitest';
import { BUNDLED_CALENDAR, BUNDLED_HOLIDAY_YEARS, createWorkCalendar } from '../../../shared/calendar/workdays';
import { deriveRound, getProgramme, type Level, type Programme } from '../../../shared/programmes';
import { dateOrderWarnings } from '../../../shared/tracker/dateOrder';
import { type Deadline, type DeadlineInput, computeDeadlines, dueItems, nextDeadline, publicNoticeCheck, stateOf } from '../../../shared/tracker/deadlines';
import { type StepRecord, type TrackerCase, emptyCase } from '../../../shared/tracker/schema';
import { applicableSteps, defaultStepRecord } from '../../../shared/tracker/steps';

function programme(id: string): Programme {
  const result = getProgramme(id);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const R3 = programme('shanghai-c-r3');
const GUANGZHOU = programme('guangzhou-2025');

function input(overrides: Partial<DeadlineInput> & { case?: Partial<TrackerCase> } = {}): DeadlineInput {
  const { case: caseOverrides, ...rest } = overrides;
  return {
    programme: R3,
    level: 'intermediate',
    steps: [],
    trackerCase: { ...emptyCase(), ...caseOverrides },
    publicNotice: { startDate: null, extraWorkdays: 0 },
    calendar: BUNDLED_CALENDAR,
    today: '2025-08-01',
    dueSoonDays: 7,
    ...rest,
  };
}

const byId = (deadlines: Deadline[], id: string): Deadline => {
  const found = deadlines.find((deadline) => deadline.id === id);
  if (!found) throw new Error(`no deadline ${id} in ${deadlines.map((deadline) => deadline.id).join(', ')}`);
  return found;
};
const keys = (deadline: Deadline) => deadline.warnings.map((warning) => warning.key);
const step = (stepId: string, patch: Partial<StepRecord>): StepRecord => ({ ...defaultStepRecord(stepId), ...patch });

describe('the public notice: at least N working days on the Chinese calendar, ending by the materials deadline', () => {
  it('the 2025 National Day holiday pushes the notice end: 5 working days from 2025-09-26 end on 2025-10-09', () => {
    // 09-26 Fri, 09-28 Sun (调休上班), 09-29, 09-30; 10-01..10-08 off; 10-09 Thu is the fifth working day.
    const notice = byId(computeDeadlines(input({ publicNotice: { startDate: '2025-09-26', extraWorkdays: 0 } })), 'public-notice');
    expect(notice.window).toEqual({ from: '2025-09-26', to: '2025-10-09' });
    expect(notice.date).toBe('2025-10-09');
    expect(notice.dateFrom).toBe('computed');
    expect(notice.notice?.workdays).toBe(5);
    expect(keys(notice)).toContain('tracker.warning.noticeEndsAfterMaterials');
  });

  it('the number of working days is the programme’s (5, with its source) plus the employer’s extra days', () => {
    const notice = byId(computeDeadlines(input({ publicNotice: { startDate: '2025-09-01', extraWorkdays: 2 } })), 'public-notice');
    expect(R3.publicNotice.value).toBe(5);
    expect(notice.notice?.workdays).toBe(7);
    expect(notice.window).toEqual({ from: '2025-09-01', to: '2025-09-09' });
    expect(notice.source).toEqual(R3.publicNotice.source);
  });

  it('a notice that cannot end before 2025-09-19 warns, and says the latest start (2025-09-15)', () => {
    const late = byId(computeDeadlines(input({ publicNotice: { startDate: '2025-09-16', extraWorkdays: 0 } })), 'public-notice');
    expect(late.window?.to).toBe('2025-09-22');
    expect(late.warnings).toContainEqual({
      key: 'tracker.warning.noticeEndsAfterMaterials',
      params: { end: '2025-09-22', deadline: '2025-09-19', latestStart: '2025-09-15' },
    });
    expect(late.notice?.latestStart).toBe('2025-09-15');
  });

  it('a notice ending on the materials deadline itself warns that there is no margin', () => {
    const tight = byId(computeDeadlines(input({ publicNotice: { startDate: '2025-09-15', extraWorkdays: 0 } })), 'public-notice');
    expect(tight.window?.to).toBe('2025-09-19');
    expect(keys(tight)).toEqual(['tracker.warning.noticeEndsOnMaterialsDeadline']);
  });

  it('a notice that ends in time has no warning', () => {
    const early = byId(computeDeadlines(input({ publicNotice: { startDate: '2025-09-08', extraWorkdays: 0 } })), 'public-notice');
    expect(early.window).toEqual({ from: '2025-09-08', to: '2025-09-12' });
    expect(early.warnings).toEqual([]);
  });

  it('a start on a day off counts from the next working day, and says so', () => {
    const moved = byId(computeDeadlines(input({ publicNotice: { startDate: '2025-09-06', extraWorkdays: 0 } })), 'public-notice');
    expect(moved.window?.from).toBe('2025-09-08');
    expect(moved.warnings[0]).toEqual({ key: 'tracker.warning.noticeStartMoved', params: { requested: '2025-09-06', start: '2025-09-08' } });
  });

  it('without a start date the notice is unknown and says by when it must start', () => {
    const missing = byId(computeDeadlines(input()), 'public-notice');
    expect(missing.state).toBe('unknown');
    expect(missing.date).toBeNull();
    expect(missing.warnings).toEqual([{ key: 'tracker.warning.noticeStartMissingBy', params: { latestStart: '2025-09-15', deadline: '2025-09-19' } }]);
  });

  it('2027 without data warns (Monday–Friday assumed), and a user-entered 2027 ends the warning', () => {
    const round = deriveRound(R3, { id: 'shanghai-c-r5', name: { zh: '第五批', en: 'Round 5' }, dates: { materialsWindow: { from: '2027-09-01', to: '2027-09-17' } } });
    if (!round.ok) throw new Error(round.error.message);
    const withoutData = byId(computeDeadlines(input({ programme: round.value, publicNotice: { startDate: '2027-09-01', extraWorkdays: 0 } })), 'public-notice');
    expect(withoutData.window).toEqual({ from: '2027-09-01', to: '2027-09-07' });
    expect(withoutData.warnings).toContainEqual({ key: 'tracker.warning.noYearData', params: { years: '2027' } });
    expect(withoutData.notice?.missingYears).toEqual([2027]);

    const calendar = createWorkCalendar(BUNDLED_HOLIDAY_YEARS, [{ year: 2027, daysOff: [{ from: '2027-10-01', to: '2027-10-07' }], adjustedWorkdays: [], source: 'test', userEntered: true }]);
    if (!calendar.ok) throw new Error(calendar.error.message);
    const withData = byId(computeDeadlines(input({ programme: round.value, calendar: calendar.value, publicNotice: { startDate: '2027-09-01', extraWorkdays: 0 } })), 'public-notice');
    expect(keys(withData)).not.toContain('tracker.warning.noYearData');
  });

  it('a programme that does not give the notice’s length leaves the notice unknown (Guangzhou)', () => {
    expect(GUANGZHOU.publicNotice.value).toBeNull();
    const period = publicNoticeCheck(GUANGZHOU, { startDate: '2025-09-01', extraWorkdays: 0 }, BUNDLED_CALENDAR);
    expect(period.window).toBeNull();
    expect(period.warnings).toEqual([{ key: 'tracker.warning.noticeLengthUnknown' }]);
  });
});

describe('the junior level: appointed by the employer, its own short path', () => {
  it('has only the employer-appointment step and no committee deadline', () => {
    expect(applicableSteps(R3, 'junior', null).map((entry) => entry.id)).toEqual(['employer-appointment']);
    const deadlines = computeDeadlines(input({ level: 'junior', publicNotice: { startDate: '2025-09-01', extraWorkdays: 0 }, case: { interviewOn: '2025-10-20', correctionDeadline: '2025-10-01' } }));
    expect(deadlines).toEqual([]);
  });

  it('a due date the user gives the appointment becomes its deadline', () => {
    const deadlines = computeDeadlines(input({ level: 'junior', steps: [step('employer-appointment', { dueOverride: '2025-12-31' })] }));
    expect(deadlines.map((deadline) => [deadline.id, deadline.date, deadline.dateFrom])).toEqual([['step-employer-appointment', '2025-12-31', 'user']]);
  });

  it('without a level, the committee’s path is shown (not the junior one)', () => {
    const ids = applicableSteps(R3, null, null).map((entry) => entry.id);
    expect(ids).not.toContain('employer-appointment');
    expect(ids).toContain('public-notice');
  });
});

describe('staff of a 事业单位: the supervising authority confirms the post after the employer\'s review (四（三）)', () => {
  it('a public institution\'s applicant has the post-confirmation step right after the employer review', () => {
    const ids = applicableSteps(R3, 'intermediate', 'public-institution').map((entry) => entry.id);
    expect(ids.slice(ids.indexOf('employer-review'), ids.indexOf('employer-review') + 2)).toEqual(['employer-review', 'post-confirmation']);
  });

  it.each(['enterprise', 'social-organization', 'individual-business', null] as const)('an applicant whose employer is %s has no such step', (kind) => {
    expect(applicableSteps(R3, 'intermediate', kind).map((entry) => entry.id)).not.toContain('post-confirmation');
  });

  it('junior titles are appointed by the employer: no confirmation step there either', () => {
    expect(applicableSteps(R3, 'junior', 'public-institution').map((entry) => entry.id)).toEqual(['employer-appointment']);
  });
});

describe('states: overdue, due soon (within N days), upcoming, done, unknown — at the boundary days', () => {
  // Certificate verification before 2025-08-31, "due soon" within 7 days.
  const stateOn = (today: string, level: Level = 'intermediate') => byId(computeDeadlines(input({ today, level })), 'certificate-verification');

  it.each([
    ['2025-08-23', 'upcoming', 8],
    ['2025-08-24', 'due-soon', 7],
    ['2025-08-31', 'due-soon', 0],
    ['2025-09-01', 'overdue', -1],
  ] as const)('on %s the verification deadline (2025-08-31) is %s (%i days left)', (today, state, daysLeft) => {
    const deadline = stateOn(today);
    expect(deadline.state).toBe(state);
    expect(deadline.daysLeft).toBe(daysLeft);
  });

  it('the due-soon window is a setting', () => {
    expect(stateOf('2025-08-31', false, '2025-08-21', 10).state).toBe('due-soon');
    expect(stateOf('2025-08-31', false, '2025-08-20', 10).state).toBe('upcoming');
  });

  it('a step marked done is done whatever the date', () => {
    const deadline = byId(computeDeadlines(input({ today: '2025-12-01', steps: [step('certificate-verification', { status: 'done', doneOn: '2025-08-01' })] })), 'certificate-verification');
    expect(deadline.state).toBe('done');
  });

  it('the materials window is due on its last day, and a missed window says late submissions are not accepted', () => {
    const open = byId(computeDeadlines(input({ today: '2025-09-10' })), 'materials-submission');
    expect(open).toMatchObject({ kind: 'window', window: { from: '2025-09-01', to: '2025-09-19' }, date: '2025-09-19', state: 'upcoming', dateFrom: 'programme' });
    const missed = byId(computeDeadlines(input({ today: '2025-09-20' })), 'materials-submission');
    expect(missed.state).toBe('overdue');
    expect(keys(missed)).toContain('tracker.warning.lateNotAccepted');
  });

  it('nextDeadline is the earliest not done; reminders list overdue and due-soon ones', () => {
    const deadlines = computeDeadlines(input({ today: '2025-09-15', publicNotice: { startDate: '2025-09-08', extraWorkdays: 0 } }));
    // Verification (08-31) is overdue, the notice (09-12) overdue, materials (09-19) due soon.
    expect(nextDeadline(deadlines)?.id).toBe('certificate-verification');
    expect(dueItems(deadlines).map((deadline) => [deadline.id, deadline.state])).toEqual([
      ['certificate-verification', 'overdue'],
      ['public-notice', 'overdue'],
      ['materials-submission', 'due-soon'],
    ]);
  });
});

describe('dates the notices do not give stay unknown; the user’s dates count', () => {
  it('the correction deadline is unknown until the user enters it, with a warning once a correction is requested', () => {
    const none = byId(computeDeadlines(input()), 'correction');
    expect(none).toMatchObject({ state: 'unknown', date: null, warnings: [] });
    const requested = byId(computeDeadlines(input({ case: { correctionRequestedOn: '2025-10-08' } })), 'correction');
    expect(keys(requested)).toEqual(['tracker.warning.correctionDeadlineMissing']);
    const entered = byId(computeDeadlines(input({ today: '2025-10-10', case: { correctionRequestedOn: '2025-10-08', correctionDeadline: '2025-10-15' } })), 'correction');
    expect(entered).toMatchObject({ date: '2025-10-15', dateFrom: 'user', state: 'due-soon' });
    expect(entered.source).toEqual(R3.dates.correctionDeadline.source);
  });

  it('a missed correction deadline is a withdrawal; a sent correction is done', () => {
    const missed = byId(computeDeadlines(input({ today: '2025-10-16', case: { correctionRequestedOn: '2025-10-08', correctionDeadline: '2025-10-15' } })), 'correction');
    expect(missed.state).toBe('overdue');
    expect(keys(missed)).toContain('tracker.warning.correctionWithdrawal');
    const sent = byId(computeDeadlines(input({ today: '2025-10-16', case: { correctionDeadline: '2025-10-15', correctionSentOn: '2025-10-14', correctionSentAt: 'x' } })), 'correction');
    expect(sent.state).toBe('done');
  });

  it('the interview is an event with its time and place; unknown until entered', () => {
    expect(byId(computeDeadlines(input()), 'interview')).toMatchObject({ state: 'unknown', kind: 'event', warnings: [{ key: 'tracker.warning.dateUnknown' }] });
    const entered = byId(computeDeadlines(input({ case: { interviewOn: '2025-11-03', interviewTime: '09:30', interviewPlace: '梅园路 77 号' } })), 'interview');
    expect(entered).toMatchObject({ date: '2025-11-03', time: '09:30', place: '梅园路 77 号', kind: 'event' });
  });

  it('Guangzhou’s unknown dates are never guessed; the dates the user enters are used', () => {
    expect(computeDeadlines(input({ programme: GUANGZHOU }))).toEqual([]);
    const deadlines = computeDeadlines(input({ programme: GUANGZHOU, case: { interviewOn: '2025-12-01' }, steps: [step('annual-evaluation', { dueOverride: '2025-10-31' })] }));
    expect(deadlines.map((deadline) => [deadline.id, deadline.date, deadline.dateFrom])).toEqual([
      ['step-annual-evaluation', '2025-10-31', 'user'],
      ['interview', '2025-12-01', 'user'],
    ]);
    expect(byId(deadlines, 'interview').source).toEqual(GUANGZHOU.dates.interview.source);
  });

  it('a user round’s dates work the same, marked as the user’s', () => {
    const round = deriveRound(R3, { id: 'shanghai-c-r4', name: { zh: '第四批', en: 'Round 4' }, dates: { certificateVerifiedBy: '2026-08-31', materialsWindow: { from: '2026-09-01', to: '2026-09-18' } } });
    if (!round.ok) throw new Error(round.error.message);
    const deadlines = computeDeadlines(input({ programme: round.value, today: '2026-09-01', publicNotice: { startDate: '2026-09-07', extraWorkdays: 0 } }));
    expect(byId(deadlines, 'certificate-verification')).toMatchObject({ date: '2026-08-31', dateFrom: 'user', state: 'overdue' });
    expect(byId(deadlines, 'public-notice').window).toEqual({ from: '2026-09-07', to: '2026-09-11' });
  });
});

describe('dates out of order are warnings, never refusals', () => {
  const steps = applicableSteps(R3, 'intermediate', null);
  const order = (trackerCase: Partial<TrackerCase>, records: StepRecord[] = [], today = '2025-12-31') =>
    dateOrderWarnings({ ...emptyCase(), ...trackerCase }, steps, records, today).map((warning) => warning.key);

  it('an acceptance before the filing warns on the acceptance date', () => {
    const warnings = dateOrderWarnings({ ...emptyCase(), filedOn: '2025-09-05', acceptedOn: '2025-09-01' }, steps, [], '2025-12-31');
    expect(warnings).toEqual([{ key: 'tracker.order.acceptedBeforeFiled', params: { first: '2025-09-05', second: '2025-09-01' }, field: { case: 'acceptedOn' } }]);
  });

  it('a certificate before the result, a notice ended before it was posted, a correction sent late', () => {
    expect(order({ resultOn: '2025-12-01', certificateOn: '2025-11-01', noticePostedOn: '2025-09-10', noticeEndedOn: '2025-09-08', correctionDeadline: '2025-10-15', correctionSentOn: '2025-10-16', correctionSentAt: 'x' })).toEqual([
      'tracker.order.certificateBeforeResult',
      'tracker.order.noticeEndedBeforePosted',
      'tracker.order.correctionSentLate',
    ]);
  });

  it('a step done before it started, or before the step it follows', () => {
    expect(order({}, [step('online-application', { doneOn: '2025-09-05' }), step('employer-review', { startedOn: '2025-09-04', doneOn: '2025-09-03' })])).toEqual([
      'tracker.order.doneBeforeStarted',
      'tracker.order.stepBeforeEarlier',
    ]);
  });

  it('something that happened cannot be dated after today', () => {
    expect(order({ acceptedOn: '2026-01-05' }, [], '2025-12-31')).toEqual(['tracker.order.inFuture']);
  });

  it('the notice start may lie ahead: it is also the form’s planned start', () => {
    expect(order({ noticePostedOn: '2026-01-05' }, [], '2025-12-31')).toEqual([]);
  });
});
