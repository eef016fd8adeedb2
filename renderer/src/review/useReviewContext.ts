// What the review reads besides the text ('review.context'), loaded once per page, and the acknowledged
// warnings, saved one by one ('review.acknowledge').
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReplyOf } from '../../../shared/contract/channels';
import type { Acknowledgement } from '../../../shared/contract/reviewChannels';
import type { AppError } from '../../../shared/contract/result';
import { call } from '../api';

export type ReviewContextState = { kind: 'loading' } | { kind: 'failed'; error: AppError } | { kind: 'loaded'; reply: ReplyOf<'review.context'> };

export interface ReviewContextHandle {
  state: ReviewContextState;
  acknowledged: Acknowledgement[];
  /** Saves an acknowledgement (or takes it back); the error when it was not saved. */
  acknowledge(key: string, acknowledged: boolean): Promise<AppError | null>;
  reload(): void;
}

export function useReviewContext(applicantId: string): ReviewContextHandle {
  const [state, setState] = useState<ReviewContextState>({ kind: 'loading' });
  const [acknowledged, setAcknowledged] = useState<Acknowledgement[]>([]);
  const latest = useRef(0);

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    void call('review.context', { applicantId }).then((result) => {
      if (ticket !== latest.current) return;
      if (result.ok) {
        setState({ kind: 'loaded', reply: result.value });
        setAcknowledged(result.value.acknowledged);
      } else setState({ kind: 'failed', error: result.error });
    });
  }, [applicantId]);
  useEffect(reload, [reload]);

  const acknowledge = useCallback(
    async (key: string, value: boolean) => {
      const result = await call('review.acknowledge', { applicantId, key, acknowledged: value });
      if (!result.ok) return result.error;
      setAcknowledged(result.value.acknowledged);
      return null;
    },
    [applicantId],
  );

  return { state, acknowledged, acknowledge, reload };
}
