// Autosave of the work summary: the revision saver shared with the profile, bound to summary.save, and
// flushed on every way out: the editor losing focus (the caller), the tab hidden, the page closing
// (keepalive), and leaving the page inside the app (the next load waits for that save).
import { useEffect, useRef, useState } from 'react';
import type { StoredSummary } from '../../../shared/contract/summaryChannels';
import { type SummaryDocument, documentSchema } from '../../../shared/summary/document';
import { call } from '../api';
import { RevisionSaver, type SaveState } from '../revisionSaver';

/** ≤ 500 ms after typing stops, as the design asks, with room for the request itself. */
export const SUMMARY_SAVE_DELAY_MS = 400;

/** Saves still in flight when a summary page went away, by applicant and programme. */
export const pendingSummarySaves = new Map<string, Promise<void>>();
export const summaryKey = (applicantId: string, programmeId: string) => `${applicantId}\u0000${programmeId}`;

export interface InvalidIssue {
  key: string;
  params?: Record<string, string | number>;
}

interface Options {
  applicantId: string;
  programmeId: string;
  stored: StoredSummary;
  onConflict(): void;
  /** The first save of a day kept the previous text as a snapshot: the history list has a new entry. */
  onSnapshotTaken(): void;
}

export function useSummarySaver({ applicantId, programmeId, stored, onConflict, onSnapshotTaken }: Options) {
  const [state, setState] = useState<SaveState>({ kind: 'unchanged' });
  const [invalid, setInvalid] = useState<InvalidIssue | null>(null);
  const callbacks = useRef({ onConflict, onSnapshotTaken });
  callbacks.current = { onConflict, onSnapshotTaken };

  // One saver per loaded revision (the page gives each load a new workspace): it alone knows the revision
  // the next save must name.
  const [saver] = useState(
    () =>
      new RevisionSaver<SummaryDocument>({
        revision: stored.revision,
        saved: stored.document,
        delayMs: SUMMARY_SAVE_DELAY_MS,
        onState: setState,
        onConflict: () => callbacks.current.onConflict(),
        // The backend's own schema, so what it would refuse is explained here instead of failing there.
        countInvalid: (document) => {
          const result = documentSchema.safeParse(document);
          const first = result.success ? undefined : result.error.issues[0];
          setInvalid(first ? { key: first.message, params: (first as { params?: InvalidIssue['params'] }).params } : null);
          return result.success ? 0 : result.error.issues.length;
        },
        send: async (document, baseRevision, options) => {
          const result = await call('summary.save', { applicantId, programmeId, document, baseRevision }, options);
          if (!result.ok) return result;
          if (result.value.snapshotTaken) callbacks.current.onSnapshotTaken();
          return { ok: true, value: { revision: result.value.revision, savedAt: result.value.savedAt } };
        },
      }),
  );

  useEffect(() => {
    const key = summaryKey(applicantId, programmeId);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onUnload = () => saver.flushOnUnload();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onUnload);
      pendingSummarySaves.set(key, saver.flush());
    };
  }, [saver, applicantId, programmeId]);

  return { saver, state, invalid };
}
