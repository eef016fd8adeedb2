// Handlers of the form channels: the applicant must exist; saves are whole documents checked against the
// revision they started from.
import type { Channel } from '../../../shared/contract/channels';
import { fail, ok } from '../../../shared/contract/result';
import type { HandlerContext, Handlers } from '../handlerContext';
import { dropCopiedNoticeEnd } from '../tracker/noticeStart';
import { plannedNoticeEnd } from '../tracker/view';
import { loadApplicationFile } from './load';

/** The stored notice start, or undefined when the stored form cannot be read. */
function startDateOf(applicantId: string, { forms }: Pick<HandlerContext, 'forms'>): string | null | undefined {
  try {
    return forms.get(applicantId).form.publicNotice.startDate;
  } catch {
    return undefined;
  }
}

type FormChannel = Extract<Channel, `form.${string}`>;

const notFound = (id: string) => fail('not-found', `No applicant with id ${id}`);

export const formHandlers: Pick<Handlers, FormChannel> = {
  'form.get': (request, { applicants, forms }) => {
    if (!applicants.exists(request.applicantId)) return notFound(request.applicantId);
    return ok(forms.get(request.applicantId));
  },
  'form.save': (request, context) => {
    const { applicants, forms, programmes, now } = context;
    if (!applicants.exists(request.applicantId)) return notFound(request.applicantId);
    // The notice's end follows its start (shared/tracker/noticeDates.ts): read the old derived end first.
    const { programmeId } = programmes.application(request.applicantId);
    const startBefore = programmeId === null ? null : startDateOf(request.applicantId, context);
    const startMoves = programmeId !== null && startBefore !== undefined && startBefore !== request.form.publicNotice.startDate;
    const oldPlannedEnd = startMoves ? plannedNoticeEnd(request.applicantId, context) : null;
    const saved = forms.save(request.applicantId, request.form, request.baseRevision, now());
    if (startMoves && programmeId !== null) dropCopiedNoticeEnd(request.applicantId, programmeId, oldPlannedEnd, now(), context);
    return ok(saved);
  },
  'form.report': (request, context) => {
    const file = loadApplicationFile(request.applicantId, context);
    return file ? ok(file.report) : notFound(request.applicantId);
  },
};
