// The review panel of the print page: the review of the saved summary with the rest of the application,
// each paragraph finding a link that opens the summary at that paragraph.
import { useMemo } from 'react';
import { reviewApplication } from '../../../shared/review';
import { reviewInputOf } from '../../../shared/review/fromApplication';
import { useI18n } from '../i18n';
import { ReviewPanel } from '../review/ReviewPanel';
import { useReviewContext } from '../review/useReviewContext';
import { today } from '../today';

export function PrintReview({ applicantId }: { applicantId: string }) {
  const { error } = useI18n();
  const review = useReviewContext(applicantId);
  const reply = review.state.kind === 'loaded' ? review.state.reply : null;
  const findings = useMemo(() => (reply ? reviewApplication(reviewInputOf(reply.context, reply.paragraphs, today())) : null), [reply]);
  return (
    <ReviewPanel
      applicantId={applicantId}
      findings={findings}
      failure={review.state.kind === 'failed' ? error(review.state.error) : null}
      itemRows={reply?.context.itemRows ?? []}
      formName={reply?.context.formName}
      acknowledged={review.acknowledged}
      onAcknowledge={review.acknowledge}
    />
  );
}
