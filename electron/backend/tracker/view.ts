// Everything the tracker shows for one applicant, assembled from the application (programme and level), the
// form (the public notice's start, the employer's signed comments), the user's holiday years and the
// tracker's own records; the deadlines and warnings are computed by shared/tracker, never here.
import type { ApplicantSummary } from '../../../shared/contract/channels';
import type { TrackerView } from '../../../shared/contract/trackerChannels';
import { type Result, fail, ok } from '../../../shared/contract/result';
import { BUNDLED_HOLIDAY_YEARS } from '../../../shared/calendar/holidayData';
import { BUNDLED_CALENDAR, type WorkCalendar, createWorkCalendar } from '../../../shared/calendar/workdays';
import { emptyForm, type AssessmentForm } from '../../../shared/form/schema';
import type { EmployerKind } from '../../../shared/profile/schema';
import type { Programme } from '../../../shared/programmes/schema';
import { VERIFICATION_STEP_ID, withProfileVerification } from '../../../shared/tracker/certificateVerification';
import { dateOrderWarnings } from '../../../shared/tracker/dateOrder';
import { noticeDates, noticeStage } from '../../../shared/tracker/noticeDates';
import type { StepRecord } from '../../../shared/tracker/schema';
import { type Deadline, computeDeadlines, nextDeadline } from '../../../shared/tracker/deadlines';
import { roundStatusOf } from '../../../shared/eligibility/roundStatus';
import { nextOf, overdueCount } from '../../../shared/tracker/reminders';
import { applicableSteps, defaultStepRecord, isEmployerAppointed, stepRecordsFor } from '../../../shared/tracker/steps';
import { programmeById } from '../form/load';
import { withNoticeStart } from './noticeStart';
import type { HandlerContext } from '../handlerContext';

export type TrackerContext = Pick<HandlerContext, 'applicants' | 'programmes' | 'forms' | 'tracker' | 'now'>;

/** The local calendar date of the backend's clock (TITLEPREP_NOW shifts it in tests). */
export function clockToday(now: string): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function workCalendar(context: Pick<HandlerContext, 'programmes'>): WorkCalendar {
  const built = createWorkCalendar(BUNDLED_HOLIDAY_YEARS, context.programmes.years().valid);
  return built.ok ? built.value : BUNDLED_CALENDAR;
}

/**
 * The tracker's step records, with the certificate-verification step's status and date read from the
 * profile's certificates (one fact: shared/tracker/certificateVerification.ts).
 */
export function stepRecordsOf(applicantId: string, programmeId: string, context: TrackerContext): StepRecord[] {
  const stored = context.tracker.steps(applicantId, programmeId);
  const certificates = context.applicants.getProfile(applicantId)?.profile.certificates ?? [];
  const own = stored.find((record) => record.stepId === VERIFICATION_STEP_ID) ?? defaultStepRecord(VERIFICATION_STEP_ID);
  return [...stored.filter((record) => record.stepId !== VERIFICATION_STEP_ID), withProfileVerification(own, certificates)];
}

/** The employer kind in the applicant's profile (null when not entered). */
export function employerKindOf(applicantId: string, context: TrackerContext): EmployerKind | null {
  return context.applicants.getProfile(applicantId)?.profile.person.employerKind ?? null;
}

/** The form, or an empty one when it is damaged: the tracker must still open (the form page reports it). */
function formOf(applicantId: string, context: TrackerContext): AssessmentForm {
  try {
    return context.forms.get(applicantId).form;
  } catch {
    return emptyForm();
  }
}

export interface ApplicantTracking {
  programme: Programme | null;
  level: TrackerView['level'];
  /** The profile's employer kind: a 事业单位's staff have the post-confirmation step. */
  employerKind: EmployerKind | null;
  form: AssessmentForm;
  deadlines: Deadline[];
}

/** The deadlines of one applicant (empty without a programme). */
export function trackApplicant(applicantId: string, context: TrackerContext, today: string, calendar: WorkCalendar): ApplicantTracking {
  const application = context.programmes.application(applicantId);
  const programme = application.programmeId === null ? null : programmeById(application.programmeId, context);
  const level = application.targetLevel;
  const form = formOf(applicantId, context);
  if (!programme) return { programme: null, level, employerKind: null, form, deadlines: [] };
  const employerKind = employerKindOf(applicantId, context);
  const deadlines = computeDeadlines({
    programme,
    level,
    employerKind,
    steps: stepRecordsOf(applicantId, programme.id, context),
    trackerCase: withNoticeStart(context.tracker.case(applicantId, programme.id), form.publicNotice.startDate),
    publicNotice: form.publicNotice,
    calendar,
    today,
    dueSoonDays: context.tracker.settings().dueSoonDays,
  });
  return { programme, level, employerKind, form, deadlines };
}

/** The notice's last day as computed from the form's start (null when it cannot be computed). */
export function plannedNoticeEnd(applicantId: string, context: TrackerContext): string | null {
  const { deadlines } = trackApplicant(applicantId, context, clockToday(context.now()), workCalendar(context));
  return deadlines.find((deadline) => deadline.id === 'public-notice')?.window?.to ?? null;
}

/** The notice's dates as one fact (the start, the end derived from it, HR's override) and its stage on `today`. */
export function noticeOf(deadlines: readonly Deadline[], startDate: string | null, recordedEnd: string | null, today: string): TrackerView['notice'] {
  const window = deadlines.find((deadline) => deadline.id === 'public-notice')?.window ?? null;
  const dates = noticeDates(window, startDate, recordedEnd);
  return { ...dates, stage: noticeStage(dates, today) };
}

export function trackerView(applicantId: string, context: TrackerContext, today: string): Result<TrackerView> {
  if (!context.applicants.exists(applicantId)) return fail('not-found', `No applicant with id ${applicantId}`);
  const settings = context.tracker.settings();
  const { programme, level, employerKind, form, deadlines } = trackApplicant(applicantId, context, today, workCalendar(context));
  const verification = form.employerVerification;
  const formPart = {
    publicNotice: { ...form.publicNotice },
    employerVerification: { hasWording: verification.wording !== '', signatory: verification.signatory, signedOn: verification.signedOn, sealApplied: verification.sealApplied },
  };
  if (!programme) {
    return ok({
      applicantId, today, settings, programme: null, level, employerAppointed: false, appointment: null, steps: [],
      case: withNoticeStart(context.tracker.case(applicantId, ''), form.publicNotice.startDate), correctionItems: [], deadlines: [], next: null, orderWarnings: [], form: formPart, timeline: [],
      notice: noticeOf([], form.publicNotice.startDate, null, today),
    });
  }
  const steps = applicableSteps(programme, level, employerKind);
  const records = stepRecordsFor(steps, stepRecordsOf(applicantId, programme.id, context));
  const trackerCase = withNoticeStart(context.tracker.case(applicantId, programme.id), form.publicNotice.startDate);
  const employerAppointed = isEmployerAppointed(programme, level);
  const levelEntry = level === null ? null : programme.levels.find((entry) => entry.level === level) ?? null;
  return ok({
    applicantId,
    today,
    settings,
    programme: {
      id: programme.id,
      name: programme.name,
      userEntered: programme.userEntered,
      contacts: programme.contacts,
      assessingBody: programme.assessingBody,
      publicNotice: programme.publicNotice,
      correctionRule: programme.dates.correctionDeadline.source,
      acceptanceNumberFormat: programme.unknowns.acceptanceNumberFormat.source,
      interviewArrangements: programme.unknowns.interviewArrangements.source,
    },
    level,
    employerAppointed,
    appointment: employerAppointed && levelEntry ? { form: levelEntry.procedure.employerForm, source: levelEntry.procedure.source } : null,
    steps: steps.map((step) => ({ step, record: records.find((record) => record.stepId === step.id) ?? defaultStepRecord(step.id) })),
    case: trackerCase,
    correctionItems: context.tracker.items(applicantId, programme.id),
    deadlines,
    next: nextOf(deadlines, roundStatusOf(programme, today)),
    orderWarnings: dateOrderWarnings(trackerCase, steps, records, today),
    notice: noticeOf(deadlines, form.publicNotice.startDate, trackerCase.noticeEndedOn, today),
    form: formPart,
    timeline: context.tracker.timeline(applicantId, programme.id),
  });
}

/** One dashboard row per applicant, sorted by the next deadline: overdue first, then by date, undated last. */
export function dashboardRows(applicants: readonly ApplicantSummary[], context: TrackerContext, today: string) {
  const calendar = workCalendar(context);
  const rows = applicants.map((applicant) => {
    const { programme, level, employerKind, form, deadlines } = trackApplicant(applicant.id, context, today, calendar);
    const trackerCase = programme ? withNoticeStart(context.tracker.case(applicant.id, programme.id), form.publicNotice.startDate) : null;
    const steps = programme ? applicableSteps(programme, level, employerKind) : [];
    const records = programme ? stepRecordsFor(steps, stepRecordsOf(applicant.id, programme.id, context)) : [];
    const currentIndex = records.findIndex((record) => record.status !== 'done');
    const current = currentIndex >= 0 ? steps[currentIndex] : undefined;
    const notice = deadlines.find((deadline) => deadline.id === 'public-notice');
    return {
      applicantId: applicant.id,
      nameZh: applicant.nameZh,
      nameLatin: applicant.nameLatin,
      programmeId: programme?.id ?? null,
      programmeName: programme?.name ?? null,
      level,
      employerAppointed: programme ? isEmployerAppointed(programme, level) : false,
      acceptanceNumber: trackerCase?.acceptanceNumber ?? '',
      currentStep: current ? { id: current.id, name: current.name, status: records[currentIndex]!.status } : null,
      // A closed round's missed dates are not "next" nor overdue work (the reminders say the round closed).
      next: programme ? nextOf(deadlines, roundStatusOf(programme, today)) : nextDeadline(deadlines),
      overdue: programme ? overdueCount(deadlines, roundStatusOf(programme, today)) : 0,
      dueSoon: deadlines.filter((deadline) => deadline.state === 'due-soon').length,
      employer: {
        notice: noticeOf(deadlines, form.publicNotice.startDate, trackerCase?.noticeEndedOn ?? null, today),
        noticeWarnings: notice && notice.state !== 'done' ? notice.warnings.filter((warning) => warning.key !== 'tracker.warning.dateUnknown') : [],
        objections: trackerCase?.objections ?? null,
        verificationSigned: form.employerVerification.signedOn !== null && form.employerVerification.signatory !== '',
        sealApplied: form.employerVerification.sealApplied,
        formsPrintedOn: trackerCase?.formsPrintedOn ?? null,
        formsSignedOn: trackerCase?.formsSignedOn ?? null,
      },
      deadlines,
    };
  });
  const sortKey = (row: (typeof rows)[number]) => row.next?.date ?? '\uffff';
  rows.sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || (a.nameZh || a.nameLatin).localeCompare(b.nameZh || b.nameLatin));
  return rows;
}
