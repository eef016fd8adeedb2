// The review panel beside the summary editor: the live review of the text being written, its links putting
// the cursor in the paragraph (the placeholder or date selected, ready to be typed over), and, when the page
// was opened from a link naming a paragraph (the print page's review), the cursor put there once.
import type { Editor } from '@tiptap/core';
import { useEffect, useRef } from 'react';
import type { ReviewFinding } from '../../../shared/review';
import type { WordCount } from '../../../shared/text/wordcount';
import { useI18n } from '../i18n';
import { ReviewPanel } from '../review/ReviewPanel';
import { useReviewContext } from '../review/useReviewContext';
import { focusParagraph } from './paragraphFocus';
import { useLiveReview } from './useLiveReview';

interface Props {
  editor: Editor;
  applicantId: string;
  /** The paragraph a link asked for, if any. */
  paragraph?: number;
  /** The editor's paragraph counter (useDocumentStats). */
  count(text: string): WordCount;
}

export function SummaryReview({ editor, applicantId, paragraph, count }: Props) {
  const { error } = useI18n();
  const review = useReviewContext(applicantId);
  const context = review.state.kind === 'loaded' ? review.state.reply.context : null;
  const findings = useLiveReview(editor, context, count);
  const focused = useRef<number | null>(null);

  const goTo = (finding: ReviewFinding) => {
    if (finding.paragraph !== undefined) focusParagraph(editor, finding.paragraph, finding.text);
  };

  useEffect(() => {
    if (paragraph === undefined || findings === null || focused.current === paragraph) return;
    focused.current = paragraph;
    const named = findings.find((finding) => finding.paragraph === paragraph && finding.text !== undefined);
    focusParagraph(editor, paragraph, named?.text);
  }, [paragraph, findings, editor]);

  return (
    <ReviewPanel
      applicantId={applicantId}
      findings={findings}
      failure={review.state.kind === 'failed' ? error(review.state.error) : null}
      itemRows={context?.itemRows ?? []}
      formName={context?.formName}
      acknowledged={review.acknowledged}
      onAcknowledge={review.acknowledge}
      onParagraph={goTo}
    />
  );
}
