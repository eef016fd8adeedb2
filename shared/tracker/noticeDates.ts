// The public notice's dates as one fact. The start is the form's (form.publicNotice.startDate); the end is
// derived from it: the programme's number of working days (plus the employer's extra days) on the
// working-day calendar, the same period the printed notice shows. HR's record of the day the notice actually
// came down is kept only when it differs from that end (an extension after an objection, a notice taken
// down early): it is an override of the derived end, never a second copy of it.

/** The period computed from the start (null when the start or the programme's length is unknown). */
export type NoticeWindow = { from: string; to: string } | null;

export interface NoticeDates {
  /** The first day of the notice: the computed start (moved to a working day), else the start entered. */
  start: string | null;
  /** The last day computed from the start on the working-day calendar. */
  plannedEnd: string | null;
  /** HR's recorded last day, only when it differs from the planned end. */
  endOverride: string | null;
  /** The last day that holds: the override when there is one, else the planned end. */
  end: string | null;
}

export function noticeDates(window: NoticeWindow, enteredStart: string | null, recordedEnd: string | null): NoticeDates {
  const plannedEnd = window?.to ?? null;
  const endOverride = recordedEnd !== null && recordedEnd !== plannedEnd ? recordedEnd : null;
  return { start: window?.from ?? enteredStart, plannedEnd, endOverride, end: endOverride ?? plannedEnd };
}

/**
 * The recorded end to store for what HR typed: nothing when it is the derived end (the end follows the start,
 * so a copy of it would go stale when the start moves).
 */
export function recordedNoticeEnd(typed: string | null, plannedEnd: string | null): string | null {
  return typed !== null && typed === plannedEnd ? null : typed;
}

/**
 * Where the notice stands on `today` (the app's today): not dated yet; scheduled (its start lies ahead);
 * posted (the start has come, the last day has not passed); ended (the day after its last day).
 */
export type NoticeStage = 'undated' | 'scheduled' | 'posted' | 'ended';

export function noticeStage(dates: Pick<NoticeDates, 'start' | 'end'>, today: string): NoticeStage {
  if (dates.start === null) return 'undated';
  if (today < dates.start) return 'scheduled';
  if (dates.end !== null && dates.end < today) return 'ended';
  return 'posted';
}
