// Every deadline of one applicant, computed from the programme's data, the level's path, the user's dates
// and the working-day calendar; each with its state relative to "today" and the warnings that go with it.
// Pure: "today" and the calendar are arguments. A date no document gives and the user has not entered is
// `unknown`, never guessed (design.md, "What must never happen").
import { addWorkdays, isWorkday, type WorkCalendar } from '../calendar/workdays';
import { noticePeriod } from '../print/noticePeriod';
import { dayNumber } from '../calendar/isoDate';
import type { Level, Programme, ProgrammeDateKey, ProgrammeStep } from '../programmes/schema';
import type { LocalizedText, Source } from '../programmes/source';
import type { Params } from '../i18n/core';
import { trackerText, type TrackerKey } from '../i18n/tracker';
import type { StepRecord, TrackerCase } from './schema';
import type { EmployerKind } from '../profile/schema';
import { applicableSteps, defaultStepRecord, isEmployerAppointed } from './steps';

export const DEADLINE_STATES = ['overdue', 'due-soon', 'upcoming', 'done', 'unknown'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export const DEADLINE_KINDS = ['deadline', 'window', 'event'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
/** Where the date comes from: the programme's data, the user, the working-day calendar, or nowhere yet. */
export const DATE_ORIGINS = ['programme', 'user', 'computed', 'none'] as const;
export type DateOrigin = (typeof DATE_ORIGINS)[number];

export interface TrackerWarning {
  key: TrackerKey;
  params?: Params;
}

export interface NoticeDetails {
  /** The start date entered in the form (form.publicNotice.startDate). */
  requestedStart: string | null;
  /** The programme's minimum plus the employer's extra days; null when the programme does not give it. */
  workdays: number | null;
  /** The last start that still ends on or before the materials deadline; null when there is none to meet. */
  latestStart: string | null;
  /** Years the computation touched without holiday data (Monday–Friday was assumed). */
  missingYears: number[];
}

export interface Deadline {
  /** Stable across programmes and exports (the .ics UID is made from it). */
  id: string;
  /** The programme step it belongs to, if any. */
  stepId: string | null;
  kind: DeadlineKind;
  name: LocalizedText;
  /** The last day (of a window), the due day, or the event's day. */
  date: string | null;
  window: { from: string; to: string } | null;
  /** Interview only: HH:MM (Beijing time) and place, as the user entered them. */
  time: string | null;
  place: string;
  dateFrom: DateOrigin;
  /** What the notice says about it (quoted with its document and section). */
  source: Source;
  state: DeadlineState;
  /** Days from today to `date` (negative when past); null when the date is unknown. */
  daysLeft: number | null;
  warnings: TrackerWarning[];
  notice: NoticeDetails | null;
}

export interface DeadlineInput {
  programme: Programme;
  level: Level | null;
  /** The applicant's employer kind (a 事业单位 has a step more); absent: not entered. */
  employerKind?: EmployerKind | null;
  /** The stored step records (missing ones are defaults). */
  steps: readonly StepRecord[];
  trackerCase: TrackerCase;
  /** The form's public notice (start and extra days); null when the form has none. */
  publicNotice: { startDate: string | null; extraWorkdays: number } | null;
  calendar: WorkCalendar;
  today: string;
  dueSoonDays: number;
}

/** The deadline id of each programme date key (and of the public notice). */
const DEADLINE_IDS: Record<ProgrammeDateKey | 'publicNotice', string> = {
  certificateVerifiedBy: 'certificate-verification',
  materialsWindow: 'materials-submission',
  publicNotice: 'public-notice',
  correctionDeadline: 'correction',
  paperMaterialsDeadline: 'paper-materials',
  interview: 'interview',
  experienceCountedTo: 'experience-cut-off',
};

/** Dates that live in the tracker's case: the user enters them from the authority's letters. */
const CASE_DATES: Partial<Record<ProgrammeDateKey, keyof TrackerCase>> = {
  correctionDeadline: 'correctionDeadline',
  paperMaterialsDeadline: 'paperMaterialsDeadline',
  interview: 'interviewOn',
};

const localized = (key: TrackerKey): LocalizedText => ({ zh: trackerText('zh', key), en: trackerText('en', key) });

export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** The state of a dated item: done wins; then unknown, overdue, due soon (0..N days left), upcoming. */
export function stateOf(date: string | null, done: boolean, today: string, dueSoonDays: number): { state: DeadlineState; daysLeft: number | null } {
  const daysLeft = date === null ? null : daysBetween(today, date);
  if (done) return { state: 'done', daysLeft };
  if (daysLeft === null) return { state: 'unknown', daysLeft };
  if (daysLeft < 0) return { state: 'overdue', daysLeft };
  return { state: daysLeft <= dueSoonDays ? 'due-soon' : 'upcoming', daysLeft };
}

/** The last working day on or before `date`, and the years touched without data. */
function lastWorkdayOnOrBefore(date: string, calendar: WorkCalendar): { date: string; missingYears: number[] } {
  const answer = isWorkday(date, calendar);
  if (answer.workday) return { date, missingYears: answer.known ? [] : [Number(date.slice(0, 4))] };
  return addWorkdays(date, -1, calendar);
}

const mergeYears = (...lists: number[][]) => [...new Set(lists.flat())].sort((a, b) => a - b);

interface NoticeResult {
  window: { from: string; to: string } | null;
  details: NoticeDetails;
  warnings: TrackerWarning[];
}

/**
 * The public notice: at least N working days (the programme's number, plus the employer's extra days) from
 * the start date in the form, ending on or before the materials deadline. Warns when it cannot.
 */
export function publicNoticeCheck(programme: Programme, publicNotice: DeadlineInput['publicNotice'], calendar: WorkCalendar): NoticeResult {
  const minimum = programme.publicNotice.value;
  const requestedStart = publicNotice?.startDate ?? null;
  const workdays = minimum === null ? null : minimum + (publicNotice?.extraWorkdays ?? 0);
  const materialsDeadline = programme.dates.materialsWindow.value?.to ?? null;
  const warnings: TrackerWarning[] = [];
  let missingYears: number[] = [];
  let latestStart: string | null = null;

  if (workdays === null) {
    warnings.push({ key: 'tracker.warning.noticeLengthUnknown' });
    return { window: null, details: { requestedStart, workdays, latestStart, missingYears }, warnings };
  }
  if (materialsDeadline !== null) {
    const last = lastWorkdayOnOrBefore(materialsDeadline, calendar);
    const back = addWorkdays(last.date, -(workdays - 1), calendar);
    latestStart = back.date;
    missingYears = mergeYears(last.missingYears, back.missingYears);
  }
  let window: NoticeResult['window'] = null;
  if (requestedStart === null) {
    warnings.push(latestStart ? { key: 'tracker.warning.noticeStartMissingBy', params: { latestStart, deadline: materialsDeadline ?? '' } } : { key: 'tracker.warning.noticeStartMissing' });
  } else {
    // The same period the printed notice shows (shared/print/noticePeriod.ts).
    const computed = noticePeriod({ form: { publicNotice: { startDate: requestedStart, extraWorkdays: publicNotice?.extraWorkdays ?? 0 } }, programme }, calendar);
    if (computed.start === null || computed.end === null) return { window: null, details: { requestedStart, workdays, latestStart, missingYears }, warnings };
    window = { from: computed.start, to: computed.end };
    missingYears = mergeYears(missingYears, computed.yearsWithoutData);
    if (computed.start !== requestedStart) warnings.push({ key: 'tracker.warning.noticeStartMoved', params: { requested: requestedStart, start: computed.start } });
    if (materialsDeadline !== null && computed.end > materialsDeadline) {
      warnings.push({ key: 'tracker.warning.noticeEndsAfterMaterials', params: { end: computed.end, deadline: materialsDeadline, latestStart: latestStart ?? '' } });
    } else if (materialsDeadline !== null && computed.end === materialsDeadline) {
      warnings.push({ key: 'tracker.warning.noticeEndsOnMaterialsDeadline', params: { deadline: materialsDeadline } });
    }
  }
  if (missingYears.length > 0) warnings.push({ key: 'tracker.warning.noYearData', params: { years: missingYears.join(', ') } });
  return { window, details: { requestedStart, workdays, latestStart, missingYears }, warnings };
}

function programmeDate(programme: Programme, key: ProgrammeDateKey): { date: string | null; window: { from: string; to: string } | null } {
  const value = programme.dates[key].value;
  if (value === null) return { date: null, window: null };
  return typeof value === 'string' ? { date: value, window: null } : { date: value.to, window: value };
}

interface Draft {
  id: string;
  stepId: string | null;
  kind: DeadlineKind;
  name: LocalizedText;
  date: string | null;
  window: { from: string; to: string } | null;
  dateFrom: DateOrigin;
  source: Source;
  done: boolean;
  warnings: TrackerWarning[];
  notice: NoticeDetails | null;
  time?: string | null;
  place?: string;
}

/** The deadline of a programme date key, from the case (user), the step's own due date (user) or the data. */
function datedDeadline(key: ProgrammeDateKey, input: DeadlineInput, step: ProgrammeStep | null, record: StepRecord | null): Draft {
  const { programme, trackerCase } = input;
  const caseField = CASE_DATES[key];
  const caseDate = caseField ? (trackerCase[caseField] as string | null) : null;
  const fromData = programmeDate(programme, key);
  let date = fromData.date;
  let window = fromData.window;
  let dateFrom: DateOrigin = date === null ? 'none' : programme.userEntered ? 'user' : 'programme';
  const userDate = caseDate ?? record?.dueOverride ?? null;
  if (userDate !== null) {
    date = userDate;
    window = window && window.from <= userDate ? { from: window.from, to: userDate } : null;
    dateFrom = 'user';
  }
  const warnings: TrackerWarning[] = [];
  let done = record?.status === 'done';
  if (key === 'correctionDeadline') {
    done ||= trackerCase.correctionSentOn !== null;
    if (date === null && trackerCase.correctionRequestedOn !== null) warnings.push({ key: 'tracker.warning.correctionDeadlineMissing' });
  }
  if (key === 'paperMaterialsDeadline') done = trackerCase.paperMaterialsSentOn !== null;
  const kind: DeadlineKind = key === 'interview' ? 'event' : window ? 'window' : 'deadline';
  // The correction and the paper materials are parts of the acceptance step: they get their own names.
  const ownName = key === 'correctionDeadline' || key === 'paperMaterialsDeadline' || step === null;
  const name = ownName ? localized(`tracker.deadline.${DEADLINE_IDS[key]}` as TrackerKey) : step.name;
  const draft: Draft = { id: DEADLINE_IDS[key], stepId: step?.id ?? null, kind, name, date, window, dateFrom, source: programme.dates[key].source, done, warnings, notice: null };
  if (key === 'interview') {
    draft.time = trackerCase.interviewTime;
    draft.place = trackerCase.interviewPlace;
  }
  return draft;
}

function noticeDeadline(input: DeadlineInput, step: ProgrammeStep, record: StepRecord): Draft {
  const { window, details, warnings } = publicNoticeCheck(input.programme, input.publicNotice, input.calendar);
  const override = record.dueOverride;
  return {
    id: DEADLINE_IDS.publicNotice,
    stepId: step.id,
    kind: window ? 'window' : 'deadline',
    name: step.name,
    date: override ?? window?.to ?? null,
    window,
    dateFrom: override ? 'user' : window ? 'computed' : 'none',
    source: input.programme.publicNotice.source,
    done: record.status === 'done',
    warnings,
    notice: details,
  };
}

/** Warnings that depend on the state: a missed date ends the application. */
function lateWarnings(draft: Draft, state: DeadlineState): TrackerWarning[] {
  if (state !== 'overdue') return [];
  if (draft.id === 'correction') return [{ key: 'tracker.warning.correctionWithdrawal' }];
  if (draft.id === 'materials-submission') return [{ key: 'tracker.warning.lateNotAccepted' }];
  return [];
}

/** Every deadline of the applicant's path, in the order of the programme's steps. */
export function computeDeadlines(input: DeadlineInput): Deadline[] {
  const { programme, level, trackerCase } = input;
  const steps = applicableSteps(programme, level, input.employerKind ?? null);
  const records = new Map(input.steps.map((record) => [record.stepId, record]));
  const recordOf = (step: ProgrammeStep) => records.get(step.id) ?? defaultStepRecord(step.id);
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  const add = (draft: Draft) => {
    if (seen.has(draft.id)) return;
    seen.add(draft.id);
    drafts.push(draft);
  };

  for (const step of steps) {
    const record = recordOf(step);
    if (step.deadline === 'publicNotice') add(noticeDeadline(input, step, record));
    else if (step.deadline !== null) add(datedDeadline(step.deadline, input, step, record));
    else if (record.dueOverride !== null) {
      add({ id: `step-${step.id}`, stepId: step.id, kind: 'deadline', name: step.name, date: record.dueOverride, window: null, dateFrom: 'user', source: step.source, done: record.status === 'done', warnings: [], notice: null });
    }
    // The acceptance step also asks for the paper materials "within the designated timeframe".
    if (step.deadline === 'correctionDeadline') add(datedDeadline('paperMaterialsDeadline', input, step, null));
  }
  // Dates the user entered from the authority's letters count even where the programme has no such step
  // (Guangzhou's annual evaluation), except on the employer's short path, which has no committee stages.
  if (!isEmployerAppointed(programme, level)) {
    for (const key of Object.keys(CASE_DATES) as ProgrammeDateKey[]) {
      const field = CASE_DATES[key];
      if (field && trackerCase[field] !== null) add(datedDeadline(key, input, null, null));
    }
  }

  return drafts.map((draft) => {
    const { state, daysLeft } = stateOf(draft.date, draft.done, input.today, input.dueSoonDays);
    const unknown = state === 'unknown' && draft.warnings.length === 0 && draft.id !== 'correction' ? [{ key: 'tracker.warning.dateUnknown' as const }] : [];
    return {
      id: draft.id,
      stepId: draft.stepId,
      kind: draft.kind,
      name: draft.name,
      date: draft.date,
      window: draft.window,
      time: draft.time ?? null,
      place: draft.place ?? '',
      dateFrom: draft.dateFrom,
      source: draft.source,
      state,
      daysLeft,
      warnings: [...draft.warnings, ...unknown, ...lateWarnings(draft, state)],
      notice: draft.notice,
    };
  });
}

const PENDING: ReadonlySet<DeadlineState> = new Set(['overdue', 'due-soon', 'upcoming']);

/** The earliest deadline not yet done (an overdue one comes first, being earliest); null when none is dated. */
export function nextDeadline(deadlines: readonly Deadline[]): Deadline | null {
  let next: Deadline | null = null;
  for (const deadline of deadlines) {
    if (!PENDING.has(deadline.state) || deadline.date === null) continue;
    if (next === null || deadline.date < (next.date ?? '')) next = deadline;
  }
  return next;
}

/** What a reminder shows: overdue and due-soon deadlines, earliest first. */
export function dueItems(deadlines: readonly Deadline[]): Deadline[] {
  return deadlines
    .filter((deadline) => deadline.state === 'overdue' || deadline.state === 'due-soon')
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}
