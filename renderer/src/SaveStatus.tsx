// The save state of an autosaving editor (profile, summary), announced to screen readers.
import { useI18n } from './i18n';
import type { SaveState } from './revisionSaver';

interface Props {
  state: SaveState;
  onRetry(): void;
  /** What to say while the save waits for a fix; by default, how many fields need one. */
  invalidText?: string;
}

export function SaveStatus({ state, onRetry, invalidText }: Props) {
  const { t, error, formatTime } = useI18n();
  const text = (() => {
    switch (state.kind) {
      case 'unchanged':
        return t('save.unchanged');
      case 'pending':
        return t('save.pending');
      case 'saving':
        return t('save.saving');
      case 'saved':
        return t('save.saved', { time: formatTime(state.at) });
      case 'invalid':
        if (invalidText !== undefined) return invalidText;
        return t('save.invalid', { count: state.count });
      case 'failed':
        return t('save.failed', { reason: error(state.error) });
    }
  })();
  return (
    <div className={`save-status save-${state.kind}`} data-save-state={state.kind}>
      <p role="status" aria-live="polite">
        {text}
      </p>
      {state.kind === 'failed' && (
        <button type="button" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}
