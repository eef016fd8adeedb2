// Handlers of the review channels: the applicant must exist.
import type { Channel } from '../../../shared/contract/channels';
import { fail, ok } from '../../../shared/contract/result';
import { reviewContextOf, summaryParagraphs } from '../../../shared/review/fromApplication';
import { loadApplicationFile } from '../form/load';
import type { Handlers } from '../handlerContext';

type ReviewChannel = Extract<Channel, `review.${string}`>;

const notFound = (id: string) => fail('not-found', `No applicant with id ${id}`);

export const reviewHandlers: Pick<Handlers, ReviewChannel> = {
  'review.context': (request, context) => {
    const file = loadApplicationFile(request.applicantId, context);
    if (!file) return notFound(request.applicantId);
    return ok({
      context: reviewContextOf({ profile: file.stored.profile, application: file.application, programme: file.programme, form: file.form }),
      paragraphs: file.summary ? summaryParagraphs(file.summary.document) : [],
      acknowledged: context.reviews.acknowledged(request.applicantId),
    });
  },
  'review.acknowledge': (request, { applicants, reviews, now }) => {
    if (!applicants.exists(request.applicantId)) return notFound(request.applicantId);
    return ok({ acknowledged: reviews.setAcknowledged(request.applicantId, request.key, request.acknowledged, now()) });
  },
};
