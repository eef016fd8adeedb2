// The .ics export: one applicant's dated deadlines, or every applicant's in one calendar for HR. The events
// and the file text come from shared/tracker (pure); this module only loads the applicants and the settings.
import type { Language } from '../../../shared/contract/channels';
import { trackerText } from '../../../shared/i18n/tracker';
import { buildIcs } from '../../../shared/tracker/ics';
import { deadlineEvents } from '../../../shared/tracker/icsEvents';
import { fileNamePart } from '../documents/fileName';
import { type TrackerContext, trackApplicant, workCalendar } from './view';

export interface IcsRequest {
  /** null: every applicant. */
  applicantId: string | null;
  language: Language;
  today: string;
}

export interface IcsFile {
  fileName: string;
  content: string;
  events: number;
}

/** The name to show in an event: the Chinese name in Chinese, the passport name in English. */
function nameIn(language: Language, applicant: { nameZh: string; nameLatin: string }): string {
  const [first, second] = language === 'zh' ? [applicant.nameZh, applicant.nameLatin] : [applicant.nameLatin, applicant.nameZh];
  return first.trim() || second.trim() || trackerText(language, 'tracker.ics.unnamed');
}

export function deadlinesIcs(context: TrackerContext, request: IcsRequest): IcsFile {
  const calendar = workCalendar(context);
  const { alarmDays } = context.tracker.settings();
  const applicants = context.applicants.list().filter((applicant) => request.applicantId === null || applicant.id === request.applicantId);
  const events = applicants.flatMap((applicant) => {
    const { programme, deadlines } = trackApplicant(applicant.id, context, request.today, calendar);
    const acceptanceNumber = programme ? context.tracker.case(applicant.id, programme.id).acceptanceNumber : '';
    return deadlineEvents({ applicantId: applicant.id, name: nameIn(request.language, applicant), acceptanceNumber, deadlines }, request.language, alarmDays);
  });
  const single = request.applicantId !== null && applicants[0] ? applicants[0] : null;
  const name = single
    ? trackerText(request.language, 'tracker.ics.calendarNameOf', { name: nameIn(request.language, single) })
    : trackerText(request.language, 'tracker.ics.calendarName');
  const content = buildIcs({ name, language: request.language, events, now: context.now() });
  const fileName = single ? `deadlines_${fileNamePart(nameIn(request.language, single))}.ics` : 'deadlines.ics';
  return { fileName, content, events: events.length };
}
