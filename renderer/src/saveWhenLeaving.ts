// What an autosaving editor does when the user leaves it: save at once when the page is hidden or closed,
// and, when the editor itself goes (another page of the app), leave its last save in flight for the next
// mount to wait on and keep a draft that could not be sent (it has invalid fields) for the return.
// Shared by the profile and the form editors.
import { useEffect, useRef } from 'react';
import { electronBridge } from './bridge';

export interface LeavingSaver {
  readonly dirty: boolean;
  flush(): Promise<void>;
  flushOnUnload(): void;
}

export interface LeaveOptions<D> {
  applicantId: string;
  /** The revision the draft started from. */
  baseRevision: number;
  /** The draft as it is now. */
  draft(): D;
  /** True when the draft has fields that fail validation: it is then not sent. */
  invalid(): boolean;
  /** The fields not saved yet, named in the user's language, for the leave-page warning. */
  unsavedText?(): string | undefined;
  /** Saves in flight when an editor went, by applicant. */
  pending: Map<string, Promise<void>>;
  /** Drafts that could not be sent when an editor went, by applicant. */
  unsent: Map<string, { draft: D; baseRevision: number }>;
}

export function useSaveWhenLeaving<D>(saver: LeavingSaver, options: LeaveOptions<D>): void {
  const latest = useRef(options);
  latest.current = options;
  const { applicantId, baseRevision } = options;

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onUnload = (event: BeforeUnloadEvent) => {
      saver.flushOnUnload();
      // Browser mode only: Electron would silently refuse to close the window instead of asking.
      if (saver.dirty && latest.current.invalid() && electronBridge() === null) {
        event.preventDefault();
        // Most browsers show their own words; the same list is on the page beside the save status.
        event.returnValue = latest.current.unsavedText?.() ?? '';
      }
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onUnload);
      const { pending, unsent, draft, invalid } = latest.current;
      pending.set(applicantId, saver.flush());
      if (saver.dirty && invalid()) unsent.set(applicantId, { draft: draft(), baseRevision });
      else unsent.delete(applicantId);
    };
  }, [saver, applicantId, baseRevision]);
}
