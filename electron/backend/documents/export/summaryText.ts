// The printed words of the work summary: always Chinese, whatever the interface language, because the summary
// is handed to a Chinese assessing committee (issue 10). The title block, the page numbers (第 1 页 / 共 5 页,
// the packet's style) and the closing signature line come from the i18n dictionary's Chinese entries.
import { td } from '../../../../shared/i18n/documents';
import type { SummaryPrintText } from './summaryDocx';

/** employerReview: print the employer's check-and-seal block under the signature (programme data or the user's choice). */
export function summaryPrintText(name: string, options: { employerReview?: boolean } = {}): SummaryPrintText {
  return {
    title: td('zh', 'documents.print.title'),
    applicant: td('zh', 'documents.print.applicant', { name }),
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
