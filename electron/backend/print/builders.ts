// The document builders the print handlers use, in one place: the form draft, the public notice and the
// cover sheet as PDF (pdfmake, bands left free for the packet's labels), the .docx versions, and the public
// notice's period on the user's working calendar (bundled holiday years plus the ones the user entered).
import type { WorkCalendar } from '../../../shared/calendar/workdays';
import { heldPeriod, noticePeriod } from '../../../shared/print/noticePeriod';
import type { ApplicationFile } from '../form/load';
import type { HandlerContext } from '../handlerContext';
import { type CoverContents, buildCoverSheetPdf } from './coverSheet';
import { buildFormDocx } from './formDocx';
import { buildFormDraftPdf } from './formDraft';
import { buildNoticeRecordPdf, buildPublicNoticePdf } from './publicNotice';
import { buildNoticeRecordDocx, buildPublicNoticeDocx } from './publicNoticeDocx';
import type { NoticePeriodView } from './types';

export type { CoverContents };
export { buildFormDocx, buildNoticeRecordDocx, buildPublicNoticeDocx };
export const buildNoticeRecord = buildNoticeRecordPdf;
export const buildCoverSheet = buildCoverSheetPdf;
export const buildFormDraft = buildFormDraftPdf;
export const buildPublicNotice = buildPublicNoticePdf;

export { userCalendar } from '../programmes/userCalendar';

export function noticePeriodOf(file: ApplicationFile, calendar: WorkCalendar): NoticePeriodView {
  return noticePeriod(file, calendar);
}

/** The period the record of the notice's result states: the computed one, or up to HR's recorded last day. */
export function recordPeriodOf(file: ApplicationFile, calendar: WorkCalendar, { tracker }: Pick<HandlerContext, 'tracker'>): NoticePeriodView {
  const recordedEnd = file.programme ? tracker.case(file.stored.applicantId, file.programme.id).noticeEndedOn : null;
  return heldPeriod(noticePeriod(file, calendar), recordedEnd, calendar);
}
