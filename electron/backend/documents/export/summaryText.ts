// The printed words of the work summary: always Chinese, whatever the interface language, because the summary
// is handed to a Chinese assessing committee (issue 10). The title block, the page numbers (第 1 页 / 共 5 页,
// the packet's style) and the closing signature line come from the i18n dictionary's Chinese entries.
import { td } from '../../../../shared/i18n/documents';
import type { SummaryPrintText } from './summaryDocx';

/**
 * employerReview: print the employer's check-and-seal block under the signature (programme data or the user's
 * choice). employer: the employer's full name, a second line under the applicant's (../shared/paper.md: the
 * title block gives the applicant's name and employer); omitted when unknown.
 */
export function summaryPrintText(name: string, options: { employerReview?: boolean; employer?: string | null } = {}): SummaryPrintText {
  const employer = options.employer?.trim() ?? '';
  const lines = [td('zh', 'documents.print.applicant', { name }), ...(employer === '' ? [] : [td('zh', 'documents.print.employer', { employer })])];
  return {
    title: td('zh', 'documents.print.title'),
    applicant: lines.join('\n'),
    pageLabel: td('zh', 'documents.print.page'),
    author: name,
    closing: {
      signature: td('zh', 'documents.print.signature'),
      date: td('zh', 'documents.print.date'),
      blankDate: td('zh', 'documents.print.blankDate'),
    },
    ...(options.employerReview
      ? { employerReview: { opinion: td('zh', 'documents.print.employerOpinion'), seal: td('zh', 'documents.print.employerSeal'), blankDate: td('zh', 'documents.print.blankDate') } }
      : {}),
  };
}
