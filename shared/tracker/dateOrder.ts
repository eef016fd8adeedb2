// Dates that contradict each other (an acceptance before the filing, a certificate before the result, a step
// done before the step it follows). They are saved as typed, nothing is lost; the tracker shows a warning
// next to the field so the user can fix a typing slip.
import type { ProgrammeStep } from '../programmes/schema';
import type { TrackerKey } from '../i18n/tracker';
import type { Params } from '../i18n/core';
import type { CaseField, StepRecord, TrackerCase } from './schema';

export interface OrderWarning {
  key: TrackerKey;
  params?: Params;
  /** The field the warning belongs to: a case field, or a step's field. */
  field: { case: CaseField | 'correctionSentOn' } | { stepId: string; field: 'startedOn' | 'doneOn' };
}

type CaseDate = CaseField | 'correctionSentOn';

/** Pairs of case dates where the second cannot come before the first. */
const CASE_ORDER: readonly [CaseDate, CaseDate, TrackerKey][] = [
  ['filedOn', 'acceptedOn', 'tracker.order.acceptedBeforeFiled'],
  ['filedOn', 'correctionRequestedOn', 'tracker.order.correctionBeforeFiled'],
  ['correctionRequestedOn', 'correctionDeadline', 'tracker.order.correctionDeadlineBeforeRequest'],
  ['correctionRequestedOn', 'correctionSentOn', 'tracker.order.correctionSentBeforeRequest'],
  ['filedOn', 'interviewOn', 'tracker.order.interviewBeforeFiled'],
  ['acceptedOn', 'interviewOn', 'tracker.order.interviewBeforeAcceptance'],
  ['interviewOn', 'resultOn', 'tracker.order.resultBeforeInterview'],
  ['acceptedOn', 'resultOn', 'tracker.order.resultBeforeAcceptance'],
  ['resultOn', 'certificateOn', 'tracker.order.certificateBeforeResult'],
  ['noticePostedOn', 'noticeEndedOn', 'tracker.order.noticeEndedBeforePosted'],
  ['formsPrintedOn', 'formsSignedOn', 'tracker.order.signedBeforePrinted'],
];

/**
 * Facts that cannot have happened after today. Not the notice's start: it is one fact with the form's planned
 * start (electron/backend/tracker/noticeStart.ts), rightly a future date until the notice goes up.
 */
const HAPPENED: readonly CaseDate[] = ['filedOn', 'acceptedOn', 'correctionRequestedOn', 'correctionSentOn', 'paperMaterialsSentOn', 'resultOn', 'certificateOn', 'formsPrintedOn', 'formsSignedOn'];

export function dateOrderWarnings(trackerCase: TrackerCase, steps: readonly ProgrammeStep[], records: readonly StepRecord[], today: string): OrderWarning[] {
  const warnings: OrderWarning[] = [];
  const value = (field: CaseDate) => trackerCase[field] as string | null;
  for (const [first, second, key] of CASE_ORDER) {
    const a = value(first);
    const b = value(second);
    if (a !== null && b !== null && b < a) warnings.push({ key, params: { first: a, second: b }, field: { case: second } });
  }
  const deadline = value('correctionDeadline');
  const sent = value('correctionSentOn');
  if (deadline !== null && sent !== null && sent > deadline) {
    warnings.push({ key: 'tracker.order.correctionSentLate', params: { first: deadline, second: sent }, field: { case: 'correctionSentOn' } });
  }
  for (const field of HAPPENED) {
    const date = value(field);
    if (date !== null && date > today) warnings.push({ key: 'tracker.order.inFuture', params: { date }, field: { case: field } });
  }

  const byId = new Map(records.map((record) => [record.stepId, record]));
  let latestDone: { step: ProgrammeStep; date: string } | null = null;
  for (const step of steps) {
    const record = byId.get(step.id);
    if (!record) continue;
    if (record.startedOn !== null && record.doneOn !== null && record.doneOn < record.startedOn) {
      warnings.push({ key: 'tracker.order.doneBeforeStarted', params: { started: record.startedOn, done: record.doneOn }, field: { stepId: step.id, field: 'doneOn' } });
    }
    if (record.doneOn !== null && record.doneOn > today) {
      warnings.push({ key: 'tracker.order.inFuture', params: { date: record.doneOn }, field: { stepId: step.id, field: 'doneOn' } });
    }
    if (record.doneOn !== null) {
      // A step follows the ones before it: done earlier than an earlier step is a slip (or a skipped step).
      if (latestDone !== null && record.doneOn < latestDone.date) {
        warnings.push({
          key: 'tracker.order.stepBeforeEarlier',
          params: { date: record.doneOn, earlierDate: latestDone.date, earlierZh: latestDone.step.name.zh, earlierEn: latestDone.step.name.en },
          field: { stepId: step.id, field: 'doneOn' },
        });
      }
      if (latestDone === null || record.doneOn > latestDone.date) latestDone = { step, date: record.doneOn };
    }
  }
  return warnings;
}
