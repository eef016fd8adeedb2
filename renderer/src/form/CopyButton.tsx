// The small "copy" button beside every value of the form page. It says "copied" on itself for a moment and,
// for screen readers, in one polite live region of the page (several buttons, one announcement at a time).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import type { Localized } from '../toasts';
import { tf } from '../../../shared/i18n/form';
import { writeClipboard } from './clipboard';

const SHOWN_MS = 1800;

// A function of the dictionary, like every message kept for later: it follows a change of language.
type Announce = (message: Localized) => void;
const AnnounceContext = createContext<Announce>(() => undefined);

export function CopyAnnouncer({ children }: { children: ReactNode }) {
  const i18n = useI18n();
  const [message, setMessage] = useState<Localized | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback((next: Localized) => {
    window.clearTimeout(timer.current);
    // Cleared first, so the same message twice is announced twice.
    setMessage(null);
    window.setTimeout(() => setMessage(() => next), 30);
    timer.current = window.setTimeout(() => setMessage(null), SHOWN_MS + 2000);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p className="sr-only" role="status" aria-live="polite" data-testid="copy-announcement">
        {message ? message(i18n) : ''}
      </p>
    </AnnounceContext.Provider>
  );
}

interface Props {
  /** What goes on the clipboard (already 无 where the system wants it). */
  value: string;
  /** The field's name, for the button's accessible name and the announcement. */
  label: string;
  className?: string;
}

export function CopyButton({ value, label, className }: Props) {
  const { language } = useI18n();
  const announce = useContext(AnnounceContext);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = async () => {
    const copied = await writeClipboard(value);
    setState(copied ? 'copied' : 'failed');
    announce(copied ? (now) => tf(now.language, 'copy.announce', { label }) : (now) => tf(now.language, 'copy.failed'));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), SHOWN_MS);
  };
  const shown = useMemo(() => (state === 'copied' ? `✓ ${tf(language, 'copy.done')}` : tf(language, 'copy.button')), [state, language]);
  return (
    <button
      type="button"
      className={`copy-button${state === 'copied' ? ' copy-done' : ''}${className ? ` ${className}` : ''}`}
      aria-label={tf(language, 'copy.buttonFor', { label })}
      title={state === 'failed' ? tf(language, 'copy.failed') : tf(language, 'copy.buttonFor', { label })}
      onClick={() => void copy()}
    >
      {shown}
    </button>
  );
}
