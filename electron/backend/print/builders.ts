// The document builders the print handlers use, in one place: the form draft, the public notice and the
// cover sheet as PDF (pdfmake, bands left free for the packet's labels), the .docx versions, and the public
// notice's period on the user's working calendar (bundled holiday years plus the ones the user entered).
import { BUNDLED_HOLIDAY_YEARS, createWorkCalendar, type WorkCalendar } from '../../../shared/calendar/workdays';
import { noticePeriod } from '../../../shared/print/noticePeriod';
import type { HandlerContext } from '../handlerContext';
import type { ApplicationFile } from '../form/load';
import { type CoverContents, buildCoverSheetPdf } from './coverSheet';
import { buildFormDocx } from './formDocx';
import { buildFormDraftPdf } from './formDraft';
import { buildPublicNoticePdf } from './publicNotice';
import { buildPublicNoticeDocx } from './publicNoticeDocx';
import type { NoticePeriodView } from './types';

export type { CoverContents };
export { buildFormDocx, buildPublicNoticeDocx };
export const buildCoverSheet = buildCoverSheetPdf;
export const buildFormDraft = buildFormDraftPdf;
export const buildPublicNotice = buildPublicNoticePdf;

/** The bundled years and the user's valid years; a stored year that no longer validates is left out. */
export function userCalendar({ programmes }: Pick<HandlerContext, 'programmes'>): WorkCalendar {
  const calendar = createWorkCalendar(BUNDLED_HOLIDAY_YEARS, programmes.years().valid);
  if (calendar.ok) return calendar.value;
  // The stored years were validated one by one; only a year stored twice could fail here. Fall back to the
  // bundled years, whose missing years the period reports as uncertain (never a silent Monday–Friday).
  const bundled = createWorkCalendar(BUNDLED_HOLIDAY_YEARS);
  if (!bundled.ok) throw new Error(`bundled holiday data is invalid: ${bundled.error.message}`);
  return bundled.value;
}

export function noticePeriodOf(file: ApplicationFile, calendar: WorkCalendar): NoticePeriodView {
  return noticePeriod(file, calendar);
}
