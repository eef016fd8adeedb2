// The review of an applicant's saved application on a given day (the cover sheet lists its acknowledged
// warnings that still stand).
import { type ReviewFinding, reviewApplication } from '../../../shared/review';
import { reviewContextOf, reviewInputOf, summaryParagraphs } from '../../../shared/review/fromApplication';
import type { ApplicationFile } from '../form/load';

export function reviewOf(file: ApplicationFile, today: string): ReviewFinding[] {
  const context = reviewContextOf({ profile: file.stored.profile, application: file.application, programme: file.programme, form: file.form });
  return reviewApplication(reviewInputOf(context, file.summary ? summaryParagraphs(file.summary.document) : [], today));
}
