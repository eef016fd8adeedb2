// Short notices (created, deleted with Undo, reloaded after a conflict) in one polite live region.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { type I18n, useI18n } from './i18n';

/**
 * A sentence written when it is shown, in the language of that moment: a notice already on screen is
 * re-rendered when the language changes, so it keeps its key and parameters rather than a rendered string.
 */
export type Localized = (i18n: I18n) => string;

export interface ToastInput {
  message: Localized;
  action?: { label: Localized; run: () => void };
  /** Milliseconds; an Undo toast stays ~10 s. */
  duration?: number;
}

interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const timer = useRef<number | undefined>(undefined);
  const start = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onDismiss(toast.id), toast.duration ?? 6000);
  }, [onDismiss, toast.id, toast.duration]);
  useEffect(() => {
    start();
    return () => window.clearTimeout(timer.current);
  }, [start]);
  // While the keyboard is on the toast (reaching for Undo), it must not vanish.
  return (
    <div className="toast" onFocus={() => window.clearTimeout(timer.current)} onBlur={start}>
      <span className="toast-message">{toast.message(i18n)}</span>
      {toast.action && (
        <button
          type="button"
          className="button-link"
          onClick={() => {
            toast.action?.run();
            onDismiss(toast.id);
          }}
        >
          {toast.action.label(i18n)}
        </button>
      )}
      <button type="button" className="toast-close" aria-label={t('common.close')} onClick={() => onDismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((current) => [...current.slice(-3), { ...toast, id }]);
  }, []);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <section className="toasts" aria-label={t('common.notifications')} aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </section>
    </ToastContext.Provider>
  );
}
