// The editor for one loaded profile: holds the draft, validates it as the user types (same zod schema as
// the backend), shows the messages, and hands every change to the autosaver.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { StoredProfile } from '../../../shared/contract/channels';
import type { FieldIssue } from '../../../shared/contract/result';
import type { ProfileInput } from '../../../shared/profile/schema';
import { savableDraft } from '../savableDraft';
import { useSaveWhenLeaving } from '../saveWhenLeaving';
import { keepUnsavedFields } from '../unsavedFields';
import { unsavedFieldsText } from '../unsavedText';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { AUTOSAVE_DELAY_MS, ProfileSaver, type SaveState } from './autosave';
import { CertificateSection } from './CertificateSection';
import { EducationSection } from './EducationSection';
import { ProfileFormContext, groupIssues, pathKey } from './formContext';
import { PersonSection } from './PersonSection';
import { ProfileAside } from './ProfileAside';
import { unsavedDrafts, pendingSaves } from './pending';
import { countInvalidFields, hasFieldFor, missingKeys, validateProfile } from './validation';
import { WorkSection } from './WorkSection';

interface Props {
  stored: StoredProfile;
  /** A draft left unsaved (invalid) when the user last left this editor, if still based on `stored`. */
  initialDraft?: ProfileInput;
  onConflict(): void;
}

export function ProfileEditor({ stored, initialDraft: givenDraft, onConflict }: Props) {
  const { t, issue, language } = useI18n();
  const { reloadApplicants } = useSession();
  // Read at mount only: the page rebuilds this object at every render (after a save, the names reload), and
  // a new object in the effect below would hand the saver the same draft again as an edit.
  const [initialDraft] = useState(givenDraft);
  const [draft, setDraft] = useState<ProfileInput>(initialDraft ?? stored.profile);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'unchanged' });
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const issues = useMemo(() => validateProfile(draft), [draft]);
  // The latest values, for listeners and cleanups that outlive a render.
  const issuesRef = useRef(issues);
  issuesRef.current = issues;
  const draftRef = useRef(draft);
  draftRef.current = draft;

  const onConflictRef = useRef(onConflict);
  onConflictRef.current = onConflict;

  // One saver per loaded revision (the page gives each load a new editor): it alone knows the revision
  // the next save must name, so nothing that merely re-renders (a language switch) may replace it.
  const [saver] = useState(
    () =>
      new ProfileSaver({
        applicantId: stored.applicantId,
        revision: stored.revision,
        saved: stored.profile,
        countInvalid: (profile) => countInvalidFields(validateProfile(profile)),
        savable: (profile, saved) => savableDraft(profile, saved, validateProfile),
        onState: setSaveState,
        onConflict: () => onConflictRef.current(),
      }),
  );

  // Messages appear when the user pauses or leaves a field, not at every keystroke of a half-typed date.
  const reveal = () => setRevealed(new Set(issuesRef.current.map((item) => pathKey(item.path))));
  const first = useRef(true);
  const composing = useRef(false);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      if (initialDraft) {
        // Back to a draft that could not be saved: say so at once, with its messages.
        saver.edit(initialDraft);
        void saver.flush().then(reveal);
      }
      return;
    }
    // Mid-composition text (pinyin not yet turned into characters) is neither saved nor judged.
    if (composing.current) return;
    saver.edit(draft);
    const timer = setTimeout(reveal, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, saver, initialDraft]);

  // What fails validation is kept beside its error across a reload (the rest is saved).
  useEffect(() => keepUnsavedFields('profile', stored.applicantId, draft, stored.profile, issues), [draft, issues, stored]);

  useSaveWhenLeaving(saver, {
    applicantId: stored.applicantId,
    baseRevision: stored.revision,
    draft: () => draftRef.current,
    invalid: () => countInvalidFields(issuesRef.current) > 0,
    unsavedText: () => unsavedFieldsText(language, 'profile', issuesRef.current),
    pending: pendingSaves,
    unsent: unsavedDrafts,
  });
  // The names in the header and the list come from the profile: refresh them after each save.
  useEffect(() => {
    if (saveState.kind === 'saved') void reloadApplicants();
  }, [saveState, reloadApplicants]);

  const shown = useMemo<FieldIssue[]>(() => {
    const fromServer = saveState.kind === 'failed' ? (saveState.error.issues ?? []) : [];
    return [...issues.filter((item) => revealed.has(pathKey(item.path))), ...fromServer];
  }, [issues, revealed, saveState]);
  const missing = useMemo(() => missingKeys(draft), [draft]);
  const form = useMemo(() => ({ issues: groupIssues(shown), missing }), [shown, missing]);
  const others = shown.filter((item) => !hasFieldFor(item.path));

  const section = <K extends 'education' | 'workPeriods' | 'certificates'>(key: K) =>
    (update: (rows: ProfileInput[K]) => ProfileInput[K]) =>
      setDraft((current) => ({ ...current, [key]: update(current[key]) }));

  return (
    <ProfileFormContext.Provider value={form}>
      <div className="profile-layout">
        <ProfileAside saveState={saveState} unsavedText={unsavedFieldsText(language, 'profile', issues)} missingCount={missing.size} onRetry={() => void saver.flush()} />
        <form
          className="profile-form"
          noValidate
          onSubmit={(event) => event.preventDefault()}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={() => {
            composing.current = false;
            saver.edit(draftRef.current);
          }}
          onBlur={() => {
            // After the blur's own updates (a tidied date) have reached the saver.
            setTimeout(() => {
              reveal();
              void saver.flush();
            }, 0);
          }}
        >
          {others.length > 0 && (
            <div className="banner banner-error">
              <p>{t('profile.otherIssues')}</p>
              <ul>
                {others.map((item, index) => (
                  <li key={index}>{issue(item.key, item.params)}</li>
                ))}
              </ul>
            </div>
          )}
          <PersonSection person={draft.person} onChange={(patch) => setDraft((current) => ({ ...current, person: { ...current.person, ...patch } }))} />
          <EducationSection rows={draft.education} onChange={section('education')} />
          <WorkSection rows={draft.workPeriods} onChange={section('workPeriods')} />
          <CertificateSection rows={draft.certificates} onChange={section('certificates')} city={draft.person.targetCity ?? null} />
        </form>
      </div>
    </ProfileFormContext.Provider>
  );
}
