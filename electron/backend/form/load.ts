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
import { type FormReport, reportForPrinting } from '../../../shared/form/validation';
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
  const report = reportForPrinting({ profile: stored.profile, application, form, summary: summary && { words: summary.words, target: summary.target } });
  return { stored, application, programme, form, summary, report };
}
