// Loads one applicant's profile (after any save still in flight for it), makes that applicant the
// current one, and reloads after a conflict, telling the user why.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoredProfile } from '../../../shared/contract/channels';
import type { AppError } from '../../../shared/contract/result';
import { call } from '../api';
import { useI18n } from '../i18n';
import { markReady } from '../ready';
import { hrefOf, type ProfileSection } from '../router';
import { displayName, useSession } from '../session';
import { pendingSaves, unsavedDrafts } from './pending';
import { ProfileEditor } from './ProfileEditor';
import { restoreUnsavedFields } from '../unsavedFields';

type Load = { kind: 'loading' } | { kind: 'loaded'; stored: StoredProfile; generation: number } | { kind: 'failed'; error: AppError };

export function ProfilePage({ applicantId, section }: { applicantId: string; section?: ProfileSection }) {
  const { t, error } = useI18n();
  const { settings, updateSettings, applicants } = useSession();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [conflicted, setConflicted] = useState(false);
  // Each load gets a new editor (key), so a reload after a conflict starts from a clean autosaver.
  const generation = useRef(0);

  const fetchProfile = useCallback(async () => {
    await pendingSaves.get(applicantId);
    const result = await call('profile.get', { applicantId });
    generation.current += 1;
    setLoad(result.ok ? { kind: 'loaded', stored: result.value, generation: generation.current } : { kind: 'failed', error: result.error });
    markReady();
  }, [applicantId]);

  useEffect(() => void fetchProfile(), [fetchProfile]);
  // Opened at a section (a link from the eligibility page to a missing fact): bring it into view once.
  const loadedOnce = load.kind === 'loaded';
  useEffect(() => {
    if (!loadedOnce || !section) return;
    const heading = document.getElementById(`section-${section}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }, [loadedOnce, section]);
  useEffect(() => {
    if (load.kind === 'loaded' && settings.currentApplicantId !== applicantId) void updateSettings({ currentApplicantId: applicantId });
  }, [load.kind, settings.currentApplicantId, applicantId, updateSettings]);

  const onConflict = useCallback(() => {
    unsavedDrafts.delete(applicantId);
    // The banner (role=alert) tells the user; the editor is replaced by one on the latest revision.
    setConflicted(true);
    void fetchProfile();
  }, [applicantId, fetchProfile]);

  const applicant = applicants?.find((item) => item.id === applicantId);
  const name = applicant ? displayName(applicant, t('common.unnamed')) : '';

  if (load.kind === 'loading') return <p className="page muted">{t('common.loading')}</p>;
  if (load.kind === 'failed') {
    return (
      <div className="page">
        <h1>{t('nav.profile')}</h1>
        <div className="banner banner-error" role="alert">
          <span>{load.error.code === 'not-found' || load.error.code === 'validation' ? t('profile.notFound') : error(load.error)}</span>
        </div>
        <a href={hrefOf({ name: 'applicants' })}>{t('profile.backToList')}</a>
      </div>
    );
  }
  const unsaved = unsavedDrafts.get(applicantId);
  // A draft left by the editor in this session, else the invalid fields kept across a reload.
  const initialDraft = unsaved && unsaved.baseRevision === load.stored.revision ? unsaved.draft : restoreUnsavedFields('profile', applicantId, load.stored.profile);
  return (
    <div className="page profile-page">
      <h1>{name ? t('profile.title', { name }) : t('nav.profile')}</h1>
      <p className="muted intro">{t('profile.intro')}</p>
      {conflicted && (
        <div className="banner banner-warning" role="alert">
          <span>{t('profile.conflict')}</span>
          <button type="button" onClick={() => setConflicted(false)}>
            {t('common.close')}
          </button>
        </div>
      )}
      <ProfileEditor key={load.generation} stored={load.stored} initialDraft={initialDraft} onConflict={onConflict} />
    </div>
  );
}
