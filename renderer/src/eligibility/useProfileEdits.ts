// The profile as the eligibility page reads and edits it (the work periods' toggles). Saving goes through the
// profile editor's own ProfileSaver (same revision rule, same conflict handling) and the same pending-save
// registry, so opening the profile right after a tick starts from the revision that tick produced.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/contract/result';
import type { Profile } from '../../../shared/profile/schema';
import { call } from '../api';
import { useI18n } from '../i18n';
import { ProfileSaver, type SaveState } from '../profile/autosave';
import { pendingSaves, unsavedDrafts } from '../profile/pending';
import { countInvalidFields, validateProfile } from '../profile/validation';
import { useToast } from '../toasts';

export type ProfileLoad = { kind: 'loading' } | { kind: 'loaded'; profile: Profile } | { kind: 'failed'; error: AppError };

export interface ProfileEdits {
  load: ProfileLoad;
  saveState: SaveState;
  /** The profile editor holds an unsaved (invalid) draft: editing here would make it stale, so wait. */
  draftPending: boolean;
  edit(update: (profile: Profile) => Profile): void;
  retry(): void;
}

export function useProfileEdits(applicantId: string): ProfileEdits {
  const { t } = useI18n();
  const toast = useToast();
  const [load, setLoad] = useState<ProfileLoad>({ kind: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'unchanged' });
  const saver = useRef<ProfileSaver | null>(null);
  const current = useRef<Profile | null>(null);
  const conflictMessage = useRef('');
  conflictMessage.current = t('profile.conflict');

  const fetchProfile = useCallback(async function fetchProfile(): Promise<void> {
    await pendingSaves.get(applicantId);
    const result = await call('profile.get', { applicantId });
    if (!result.ok) {
      setLoad({ kind: 'failed', error: result.error });
      return;
    }
    saver.current?.stop();
    saver.current = new ProfileSaver({
      applicantId,
      revision: result.value.revision,
      saved: result.value.profile,
      countInvalid: (profile) => countInvalidFields(validateProfile(profile)),
      onState: setSaveState,
      onConflict: () => {
        // Changed in another window: show the latest saved profile and say that the last tick was lost.
        toast({ message: (i18n) => i18n.t('profile.conflict'), duration: 10_000 });
        void fetchProfile();
      },
    });
    current.current = result.value.profile;
    setSaveState({ kind: 'unchanged' });
    setLoad({ kind: 'loaded', profile: result.value.profile });
  }, [applicantId, toast]);

  useEffect(() => {
    void fetchProfile();
    return () => {
      const leaving = saver.current;
      if (leaving) pendingSaves.set(applicantId, leaving.flush());
    };
  }, [applicantId, fetchProfile]);

  const edit = useCallback((update: (profile: Profile) => Profile) => {
    if (!current.current || !saver.current) return;
    const next = update(current.current);
    current.current = next;
    setLoad({ kind: 'loaded', profile: next });
    // A tick is a finished edit: save at once rather than after the typing pause.
    saver.current.edit(next);
    void saver.current.flush();
  }, []);

  return {
    load,
    saveState,
    draftPending: unsavedDrafts.has(applicantId),
    edit,
    retry: () => void saver.current?.flush(),
  };
}
