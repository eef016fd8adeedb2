// The report before printing, from the backend ('form.report'): loaded once, then again on request (after
// each save of the form page, and before building a packet).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/contract/result';
import type { FormReport } from '../../../shared/form/validation';
import { call } from '../api';

export type ReportState = { kind: 'loading' } | { kind: 'failed'; error: AppError } | { kind: 'loaded'; report: FormReport };

export function useFormReport(applicantId: string): { state: ReportState; refresh(): Promise<FormReport | null> } {
  const [state, setState] = useState<ReportState>({ kind: 'loading' });
  // Only the latest request's answer is shown, whatever order the replies come in.
  const latest = useRef(0);
  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    const result = await call('form.report', { applicantId });
    if (ticket !== latest.current) return result.ok ? result.value : null;
    setState(result.ok ? { kind: 'loaded', report: result.value } : { kind: 'failed', error: result.error });
    return result.ok ? result.value : null;
  }, [applicantId]);
  useEffect(() => void refresh(), [refresh]);
  return { state, refresh };
}
