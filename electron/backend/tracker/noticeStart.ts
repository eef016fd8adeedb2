// The public notice's start is one fact, kept in the form (form.publicNotice.startDate, migration 011): the
// notice PDF, the packet, the deadlines and the .ics read it there. The tracker's "notice posted on" shows
// that same date and an edit of it from the tracker or the employer page is written to the form, so the
// two screens can never disagree. The end is derived from the start (shared/tracker/noticeDates.ts): HR's
// "ended on" is stored only when it differs from that derived end.
import { fail, ok, type Result } from '../../../shared/contract/result';
import { formSchema } from '../../../shared/form/schema';
import { recordedNoticeEnd } from '../../../shared/tracker/noticeDates';
import type { CasePatch, TrackerCase } from '../../../shared/tracker/schema';
import type { HandlerContext } from '../handlerContext';

/** The tracker's case as every screen shows it: the notice start read from the form. */
export function withNoticeStart(trackerCase: TrackerCase, noticeStart: string | null): TrackerCase {
  return { ...trackerCase, noticePostedOn: noticeStart };
}

/**
 * After the start moved: a recorded "ended on" equal to the end derived from the old start was a copy of that
 * end (stored before the end was derived), not an override, and would go stale; it is dropped.
 */
export function dropCopiedNoticeEnd(applicantId: string, programmeId: string, oldPlannedEnd: string | null, now: string, { tracker }: Pick<HandlerContext, 'tracker'>): void {
  const recorded = tracker.case(applicantId, programmeId).noticeEndedOn;
  if (recorded !== null && recorded === oldPlannedEnd) tracker.updateCase(applicantId, programmeId, { noticeEndedOn: null }, now);
}

/**
 * A tracker edit of the case: the notice start goes to the form, the rest to the tracker's own record, with
 * an "ended on" equal to the end derived from the (new) start dropped. `plannedEnd` reads that derived end.
 */
export function updateCaseWithNoticeStart(
  applicantId: string,
  programmeId: string,
  patch: CasePatch,
  now: string,
  { forms, tracker }: Pick<HandlerContext, 'forms' | 'tracker'>,
  plannedEnd: () => string | null,
): Result<null> {
  const { noticePostedOn, ...own } = patch;
  if (noticePostedOn !== undefined) {
    let stored;
    try {
      stored = forms.get(applicantId);
    } catch {
      // An unreadable form is never overwritten from here: the form page shows what is wrong with it.
      return fail('validation', 'The form cannot be read, so its notice start cannot be changed', [{ path: ['patch', 'noticePostedOn'], key: 'tracker.error.formUnreadable' }]);
    }
    const before = stored.form.publicNotice.startDate;
    if (before !== noticePostedOn) {
      const oldPlannedEnd = plannedEnd();
      const parsed = formSchema.safeParse({ ...stored.form, publicNotice: { ...stored.form.publicNotice, startDate: noticePostedOn } });
      if (!parsed.success) {
        const issue = parsed.error.issues.find((entry) => entry.path.includes('startDate')) ?? parsed.error.issues[0];
        return fail('validation', 'The notice start does not fit the form', [{ path: ['patch', 'noticePostedOn'], key: issue?.message ?? 'field.invalid' }]);
      }
      forms.save(applicantId, parsed.data, stored.revision, now);
      if (own.noticeEndedOn === undefined) dropCopiedNoticeEnd(applicantId, programmeId, oldPlannedEnd, now, { tracker });
      // The timeline shows this change as it shows every other change of the case.
      tracker.recordCaseChange(applicantId, programmeId, { noticePostedOn: before }, { noticePostedOn }, now);
    }
  }
  if (own.noticeEndedOn !== undefined) own.noticeEndedOn = recordedNoticeEnd(own.noticeEndedOn, plannedEnd());
  if (Object.keys(own).length > 0) tracker.updateCase(applicantId, programmeId, own, now);
  return ok(null);
}
