// One applicant's tracker view and its writes. Every write replies with the whole view (deadlines and
// warnings recomputed by the backend); a refused write resolves to its error, which the field that made it
// translates when it shows it (so that it follows a change of language).
import { useCallback, useEffect, useState } from 'react';
import type { RequestOf } from '../../../shared/contract/channels';
import type { AppError, Result } from '../../../shared/contract/result';
import type { TrackerView } from '../../../shared/contract/trackerChannels';
import { call } from '../api';
import { today } from '../today';
import { refreshTrackerStatus } from './status';

type StepPatch = RequestOf<'tracker.updateStep'>['patch'];
type CasePatch = RequestOf<'tracker.updateCase'>['patch'];

export interface TrackerActions {
  updateStep(stepId: string, patch: StepPatch): Promise<AppError | null>;
  updateCase(patch: CasePatch): Promise<AppError | null>;
  addItem(text: string): Promise<AppError | null>;
  updateItem(itemId: string, patch: { text?: string; ticked?: boolean }): Promise<AppError | null>;
  removeItem(itemId: string): Promise<AppError | null>;
  /** Final: only one response to a correction request is allowed. */
  markSent(sentOn: string): Promise<AppError | null>;
}

export function useTracker(applicantId: string): { view: TrackerView | null; loadError: AppError | null; reload(): Promise<void>; actions: TrackerActions } {
  const [view, setView] = useState<TrackerView | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);

  const reload = useCallback(async () => {
    const result = await call('tracker.get', { applicantId, today: today() });
    if (result.ok) {
      setView(result.value);
      setLoadError(null);
    } else {
      setLoadError(result.error);
    }
  }, [applicantId]);
  useEffect(() => void reload(), [reload]);

  const apply = async (pending: Promise<Result<TrackerView>>): Promise<AppError | null> => {
    const result = await pending;
    if (!result.ok) return result.error;
    setView(result.value);
    void refreshTrackerStatus();
    return null;
  };
  const base = () => ({ applicantId, today: today() });

  const actions: TrackerActions = {
    updateStep: (stepId, patch) => apply(call('tracker.updateStep', { ...base(), stepId, patch })),
    updateCase: (patch) => apply(call('tracker.updateCase', { ...base(), patch })),
    addItem: (text) => apply(call('tracker.correction.addItem', { ...base(), text })),
    updateItem: (itemId, patch) => apply(call('tracker.correction.updateItem', { ...base(), itemId, ...patch })),
    removeItem: (itemId) => apply(call('tracker.correction.removeItem', { ...base(), itemId })),
    markSent: (sentOn) => apply(call('tracker.correction.markSent', { ...base(), sentOn, confirm: true })),
  };
  return { view, loadError, reload, actions };
}
