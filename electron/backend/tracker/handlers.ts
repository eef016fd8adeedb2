// Handlers of the tracker channels. Writes go to the applicant's current programme (the application names
// it); each reply is the recomputed view. The correction, once marked sent, refuses every further change.
import { randomUUID } from 'node:crypto';
import type { Channel } from '../../../shared/contract/channels';
import { fail, ok, type Result } from '../../../shared/contract/result';
import type { ClosedRoundReminder, Reminder, TrackerView } from '../../../shared/contract/trackerChannels';
import { roundStatusOf } from '../../../shared/eligibility/roundStatus';
import { remindersOf } from '../../../shared/tracker/reminders';
import { VERIFICATION_STEP_ID } from '../../../shared/tracker/certificateVerification';
import { applicableSteps } from '../../../shared/tracker/steps';
import type { HandlerContext, Handlers } from '../handlerContext';
import { programmeById } from '../form/load';
import { deadlinesIcs } from './icsExport';
import { CorrectionSentError } from './repository';
import { clockToday, dashboardRows, employerKindOf, plannedNoticeEnd, trackerView } from './view';
import { updateVerificationStep } from './verificationStep';
import { updateCaseWithNoticeStart } from './noticeStart';

type TrackerChannel = Extract<Channel, `tracker.${string}`>;

const notFound = (id: string) => fail('not-found', `No applicant with id ${id}`);
const correctionSent = () => fail('conflict', 'The correction was already marked as sent', [{ path: [], key: 'tracker.error.correctionSent' }]);

/** The applicant's programme, or the reason there is none to write to. */
function programmeOf(applicantId: string, context: HandlerContext): Result<string> {
  if (!context.applicants.exists(applicantId)) return notFound(applicantId);
  const { programmeId } = context.programmes.application(applicantId);
  const programme = programmeId === null ? null : programmeById(programmeId, context);
  if (!programme) return fail('validation', 'The applicant has no programme', [{ path: ['applicantId'], key: 'tracker.error.noProgramme' }]);
  return ok(programme.id);
}

const todayOf = (request: { today?: string | undefined }, context: HandlerContext) => request.today ?? clockToday(context.now());

/** Runs a write on the applicant's programme, then replies with the fresh view. */
function write(
  request: { applicantId: string; today?: string | undefined },
  context: HandlerContext,
  run: (programmeId: string, now: string) => Result<unknown> | void,
): Result<TrackerView> {
  const programmeId = programmeOf(request.applicantId, context);
  if (!programmeId.ok) return programmeId;
  try {
    const outcome = run(programmeId.value, context.now());
    if (outcome && !outcome.ok) return outcome;
  } catch (error) {
    if (error instanceof CorrectionSentError) return correctionSent();
    throw error;
  }
  return trackerView(request.applicantId, context, todayOf(request, context));
}

export const trackerHandlers: Pick<Handlers, TrackerChannel> = {
  'tracker.get': (request, context) => trackerView(request.applicantId, context, todayOf(request, context)),
  'tracker.updateStep': (request, context) =>
    write(request, context, (programmeId, now) => {
      const application = context.programmes.application(request.applicantId);
      const programme = programmeById(programmeId, context);
      const inPath = programme !== null && applicableSteps(programme, application.targetLevel, employerKindOf(request.applicantId, context)).some((step) => step.id === request.stepId);
      if (!inPath) return fail('validation', `Step ${request.stepId} is not on this applicant's path`, [{ path: ['stepId'], key: 'tracker.error.stepNotInPath' }]);
      if (request.stepId === VERIFICATION_STEP_ID) return updateVerificationStep(request.applicantId, programmeId, request.patch, now, context);
      context.tracker.updateStep(request.applicantId, programmeId, request.stepId, request.patch, now);
    }),
  'tracker.updateCase': (request, context) =>
    write(request, context, (programmeId, now) => updateCaseWithNoticeStart(request.applicantId, programmeId, request.patch, now, context, () => plannedNoticeEnd(request.applicantId, context))),
  'tracker.correction.addItem': (request, context) =>
    write(request, context, (programmeId, now) => {
      context.tracker.addItem(request.applicantId, programmeId, randomUUID(), request.text, now);
    }),
  'tracker.correction.updateItem': (request, context) =>
    write(request, context, (programmeId, now) => {
      const patch: { text?: string; ticked?: boolean } = {};
      if (request.text !== undefined) patch.text = request.text;
      if (request.ticked !== undefined) patch.ticked = request.ticked;
      if (!context.tracker.updateItem(request.applicantId, programmeId, request.itemId, patch, now)) return fail('not-found', `No correction item ${request.itemId}`);
    }),
  'tracker.correction.removeItem': (request, context) =>
    write(request, context, (programmeId, now) => {
      if (!context.tracker.removeItem(request.applicantId, programmeId, request.itemId, now)) return fail('not-found', `No correction item ${request.itemId}`);
    }),
  'tracker.correction.markSent': (request, context) =>
    write(request, context, (programmeId, now) => {
      context.tracker.markCorrectionSent(request.applicantId, programmeId, request.sentOn, now);
    }),
  'tracker.dashboard': (request, context) => {
    const today = todayOf(request, context);
    const rows = dashboardRows(context.applicants.list(), context, today).map(({ deadlines: _deadlines, ...row }) => row);
    return ok({ today, settings: context.tracker.settings(), rows });
  },
  'tracker.reminders': (request, context) => {
    const today = todayOf(request, context);
    const items: Reminder[] = [];
    const closedRounds: ClosedRoundReminder[] = [];
    for (const row of dashboardRows(context.applicants.list(), context, today)) {
      const who = { applicantId: row.applicantId, nameZh: row.nameZh, nameLatin: row.nameLatin };
      const programme = row.programmeId === null ? null : programmeById(row.programmeId, context);
      const status = programme ? roundStatusOf(programme, today) : 'unknown';
      const { due, closedRoundMissed } = remindersOf(row.deadlines, status);
      items.push(...due.map((deadline) => ({ ...who, deadline })));
      const window = programme?.dates.materialsWindow.value ?? null;
      if (programme && window && closedRoundMissed > 0) closedRounds.push({ ...who, round: { id: programme.id, name: programme.name }, closedOn: window.to });
    }
    items.sort((a, b) => (a.deadline.date ?? '').localeCompare(b.deadline.date ?? ''));
    return ok({ today, settings: context.tracker.settings(), items, closedRounds });
  },
  'tracker.ics': (request, context) => {
    if (request.applicantId !== undefined && !context.applicants.exists(request.applicantId)) return notFound(request.applicantId);
    return ok(deadlinesIcs(context, { applicantId: request.applicantId ?? null, language: request.language, today: todayOf(request, context) }));
  },
  'tracker.settings.get': (_request, context) => ok(context.tracker.settings()),
  'tracker.settings.update': (request, context) => ok(context.tracker.saveSettings({ ...context.tracker.settings(), ...request })),
};
