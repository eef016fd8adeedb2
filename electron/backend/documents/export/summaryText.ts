// The printed words of the work summary: always Chinese, whatever the interface language, because the summary
// is handed to a Chinese assessing committee (issue 10). The title block, the page numbers (第 1 页 / 共 5 页,
// the packet's style) and the closing signature line come from the i18n dictionary's Chinese entries.
import { td } from '../../../../shared/i18n/documents';
import type { SummaryPrintText } from './summaryDocx';

export function summaryPrintText(name: string): SummaryPrintText {
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
  };
}
