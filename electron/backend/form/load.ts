// Everything the form's report and the printed documents read about one applicant, loaded in one place:
// the profile, the application, the programme it names (bundled or user-entered), the form and the summary.
import { getProgramme, isProgrammeId } from '../../../shared/programmes';
import type { Programme } from '../../../shared/programmes/schema';
import type { StoredProfile } from '../../../shared/contract/channels';
import type { Application } from '../../../shared/application/schema';
import { countDocument } from '../../../shared/summary/count';
import type { SummaryDocument } from '../../../shared/summary/document';
import { summaryTarget } from '../../../shared/summary/target';
import type { AssessmentForm } from '../../../shared/form/schema';
import { noticeTimingItems } from '../../../shared/form/noticeTiming';
import { type FormReport, type ReportItem, reportForPrinting } from '../../../shared/form/validation';
import { summaryParagraphs } from '../../../shared/review/fromApplication';
import { placeholdersLeft } from '../../../shared/review';
import { userCalendar } from '../programmes/userCalendar';
import type { HandlerContext } from '../handlerContext';

export interface ApplicationFile {
  stored: StoredProfile;
  application: Application;
  /** null when no programme is chosen, or the chosen user round can no longer be read. */
  programme: Programme | null;
  form: AssessmentForm;
  /** null before the first save of a summary for the programme. */
  summary: { document: SummaryDocument; words: number; target: number } | null;
  report: FormReport;
}

export function programmeById(id: string, { programmes }: Pick<HandlerContext, 'programmes'>): Programme | null {
  if (isProgrammeId(id)) {
    const bundled = getProgramme(id);
    return bundled.ok ? bundled.value : null;
  }
  return programmes.round(id)?.round ?? null;
}

/** null for an unknown (or deleted) applicant. */
export function loadApplicationFile(applicantId: string, context: Pick<HandlerContext, 'applicants' | 'programmes' | 'summaries' | 'forms'>): ApplicationFile | null {
  const stored = context.applicants.getProfile(applicantId);
  if (!stored) return null;
  const application = context.programmes.application(applicantId);
  const programme = application.programmeId === null ? null : programmeById(application.programmeId, context);
  const { form } = context.forms.get(applicantId);
  let summary: ApplicationFile['summary'] = null;
  if (programme) {
    const saved = context.summaries.get(applicantId, programme.id);
    if (saved.revision > 0) {
      summary = { document: saved.document, words: countDocument(saved.document.blocks).all.words, target: summaryTarget(programme).words };
    }
  }
  const report = withReviewErrors(reportForPrinting({ profile: stored.profile, application, form, summary: summary && { words: summary.words, target: summary.target }, programme }), summary?.document ?? null);
  // The notice's end against the materials deadline needs the programme and the calendar: checked here.
  if (programme) report.items.push(...noticeTimingItems(programme, form, userCalendar(context)));
  return { stored, application, programme, form, summary, report };
}

/**
 * The review's errors stop a clean print like a missing value: a placeholder left in the summary (its length
 * is already the report's own item). Each links to its paragraph.
 */
function withReviewErrors(report: FormReport, document: SummaryDocument | null): FormReport {
  if (!document) return report;
  const items: ReportItem[] = placeholdersLeft(summaryParagraphs(document)).map((finding) => ({
    target: { page: 'summary', path: ['paragraph', finding.paragraph ?? 0] },
    key: 'report.summaryPlaceholder',
    params: { paragraph: (finding.paragraph ?? 0) + 1, text: finding.text ?? '' },
    severity: 'missing',
    parts: ['summary'],
  }));
  return items.length === 0 ? report : { items: [...report.items, ...items], complete: false };
}
