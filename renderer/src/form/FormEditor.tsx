// The editor of one loaded form: holds the draft, validates it as the user types (the backend's schema),
// shows the messages in the profile editor's fields, and hands every change to the revision saver (≤ 400 ms
// after typing, at once on blur, on hiding the page and on leaving it).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FieldIssue } from '../../../shared/contract/result';
import type { AssessmentFormInput } from '../../../shared/form/schema';
import type { Profile } from '../../../shared/profile/schema';
import { call } from '../api';
import { savableDraft } from '../savableDraft';
import { useSaveWhenLeaving } from '../saveWhenLeaving';
import { keepUnsavedFields } from '../unsavedFields';
import { unsavedFieldsText } from '../unsavedText';
import { useI18n } from '../i18n';
import { ProfileFormContext, groupIssues, pathKey } from '../profile/formContext';
import { RevisionSaver, type SaveState } from '../revisionSaver';
import { useFieldFocus } from './fieldFocus';
import { FormAside } from './FormAside';
import { countInvalidFields, validateForm } from './formValidation';
import { pendingFormSaves, unsavedFormDrafts } from './pending';
import { ProfileView } from './ProfileView';
import { AchievementList, AwardList, PaperList, PatentList, StandardList } from './RecordLists';
import { RegistrationSection } from './RegistrationSection';
import { CommitmentSection, EmployerVerificationSection, PostConfirmationSection } from './SignatureSections';
import { formOf, signedSections } from '../../../shared/programmes/applicationForm';
import { type SummaryInfo, SummaryLinkSection } from './SummaryLinkSection';
import { PublicNoticeSection } from './PublicNoticeSection';
import type { NoticeMinimum } from './noticePeriod';
import type { WorkCalendar } from '../../../shared/calendar/workdays';
import type { Programme } from '../../../shared/programmes/schema';
import type { AppError } from '../../../shared/contract/result';
import type { ReportState } from './useFormReport';

export const FORM_AUTOSAVE_DELAY_MS = 400;

export interface StoredForm {
  form: AssessmentFormInput;
  revision: number;
}

interface Props {
  applicantId: string;
  stored: StoredForm;
  initialDraft?: AssessmentFormInput;
  profile: Profile;
  summary: SummaryInfo;
  noticeMinimum: NoticeMinimum;
  programme: Programme | null;
  calendar: { kind: 'loaded'; calendar: WorkCalendar } | { kind: 'failed'; error: AppError };
  report: ReportState;
  refreshReport(): void;
  /** A field to focus (a link from the report). */
  field?: string;
  onConflict(): void;
}

/** The form page's sections that exist only where the programme's form has them signed. */
const SIGNED_FORM_SECTIONS = ['commitment', 'employerVerification', 'postConfirmation'] as const;

type ListKey = 'achievements' | 'papers' | 'patents' | 'standards' | 'awards';

export function FormEditor({ applicantId, stored, initialDraft: givenDraft, profile, summary, noticeMinimum, programme, calendar, report, refreshReport, field, onConflict }: Props) {
  const { language } = useI18n();
  // The signed sections are the programme's (applicationForm): Guangzhou's catalogue has none, Shanghai's
  // 考核认定表 has the 个人承诺 and the 单位核实意见 (沪人社专〔2024〕296号 四(三)), and for a 事业单位's staff
  // the supervising authority's post confirmation, which is written on paper only.
  const signed = signedSections(programme, profile.person.employerKind);
  const postConfirmation = programme ? formOf(programme).sections.find((section) => section.id === 'postConfirmation' && signed.includes('postConfirmation')) ?? null : null;
  // Read at mount only: the page rebuilds this object at every render, and a new object in the effect
  // below would hand the saver the same draft again as an edit.
  const [initialDraft] = useState(givenDraft);
  const [draft, setDraft] = useState<AssessmentFormInput>(initialDraft ?? stored.form);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'unchanged' });
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const issues = useMemo(() => validateForm(draft), [draft]);
  const issuesRef = useRef(issues);
  issuesRef.current = issues;
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const onConflictRef = useRef(onConflict);
  onConflictRef.current = onConflict;

  // One saver per loaded revision: it alone knows the revision the next save must name.
  const [saver] = useState(
    () =>
      new RevisionSaver<AssessmentFormInput>({
        revision: stored.revision,
        saved: stored.form,
        delayMs: FORM_AUTOSAVE_DELAY_MS,
        countInvalid: (form) => countInvalidFields(validateForm(form)),
        savable: (form, saved) => savableDraft(form, saved, validateForm),
        onState: setSaveState,
        onConflict: () => onConflictRef.current(),
        send: async (form, baseRevision, options) => {
          const result = await call('form.save', { applicantId, form, baseRevision }, options);
          return result.ok ? { ok: true, value: { revision: result.value.revision, savedAt: result.value.updatedAt } } : result;
        },
      }),
  );

  const reveal = () => setRevealed(new Set(issuesRef.current.map((item) => pathKey(item.path))));
  const first = useRef(true);
  const composing = useRef(false);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      if (initialDraft) {
        saver.edit(() => initialDraft);
        void saver.flush().then(reveal);
      }
      return;
    }
    // Mid-composition text (pinyin not yet turned into characters) is neither saved nor judged.
    if (composing.current) return;
    const value = draft;
    saver.edit(() => value);
    const timer = setTimeout(reveal, FORM_AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, saver, initialDraft]);

  // What fails validation is kept beside its error across a reload (the rest is saved).
  useEffect(() => keepUnsavedFields('form', applicantId, draft, stored.form, issues), [applicantId, draft, issues, stored]);

  useSaveWhenLeaving(saver, {
    applicantId,
    baseRevision: stored.revision,
    draft: () => draftRef.current,
    invalid: () => countInvalidFields(issuesRef.current) > 0,
    unsavedText: () => unsavedFieldsText(language, 'form', issuesRef.current),
    pending: pendingFormSaves,
    unsent: unsavedFormDrafts,
  });

  // The report reads the saved form: ask again after each save.
  const refreshRef = useRef(refreshReport);
  refreshRef.current = refreshReport;
  useEffect(() => {
    if (saveState.kind === 'saved') refreshRef.current();
  }, [saveState]);

  useFieldFocus(field, 'form');

  const shown = useMemo<FieldIssue[]>(() => {
    const fromServer = saveState.kind === 'failed' ? (saveState.error.issues ?? []) : [];
    return [...issues.filter((item) => revealed.has(pathKey(item.path))), ...fromServer];
  }, [issues, revealed, saveState]);
  // "Needed" marks next to labels: the form's own missing items of the last report.
  const missing = useMemo(
    () => new Set(report.kind === 'loaded' ? report.report.items.filter((item) => item.target.page === 'form' && item.severity === 'missing').map((item) => pathKey(item.target.path)) : []),
    [report],
  );
  const context = useMemo(() => ({ issues: groupIssues(shown), missing }), [shown, missing]);

  const patch = <K extends 'registration' | 'commitment' | 'employerVerification' | 'publicNotice'>(key: K) =>
    (change: Partial<AssessmentFormInput[K]>) => setDraft((current) => ({ ...current, [key]: { ...current[key], ...change } }));
  const list = <K extends ListKey>(key: K) =>
    (update: (rows: AssessmentFormInput[K]) => AssessmentFormInput[K]) => setDraft((current) => ({ ...current, [key]: update(current[key]) }));

  return (
    <ProfileFormContext.Provider value={context}>
      <div className="form-layout">
        <FormAside
          applicantId={applicantId}
          saveState={saveState}
          unsavedText={unsavedFieldsText(language, 'form', issues)}
          onRetry={() => void saver.flush()}
          report={report}
          onRefreshReport={refreshReport}
          hidden={SIGNED_FORM_SECTIONS.filter((id) => !signed.includes(id))}
          formPublished={programme !== null && formOf(programme).name !== null}
        />
        <form
          className="form-page-form"
          noValidate
          onSubmit={(event) => event.preventDefault()}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={() => {
            composing.current = false;
            const value = draftRef.current;
            saver.edit(() => value);
          }}
          onBlur={() => {
            setTimeout(() => {
              reveal();
              void saver.flush();
            }, 0);
          }}
        >
          <RegistrationSection applicantId={applicantId} registration={draft.registration} person={profile.person} programme={programme} onChange={patch('registration')} />
          <ProfileView applicantId={applicantId} profile={profile} programme={programme} />
          <AchievementList rows={draft.achievements} onChange={list('achievements')} />
          <PaperList rows={draft.papers} onChange={list('papers')} />
          <PatentList rows={draft.patents} onChange={list('patents')} />
          <StandardList rows={draft.standards} onChange={list('standards')} />
          <AwardList rows={draft.awards} onChange={list('awards')} />
          <SummaryLinkSection applicantId={applicantId} info={summary} />
          {signed.includes('commitment') && <CommitmentSection commitment={draft.commitment} onChange={patch('commitment')} />}
          {signed.includes('employerVerification') && <EmployerVerificationSection verification={draft.employerVerification} onChange={patch('employerVerification')} />}
          {postConfirmation && <PostConfirmationSection source={postConfirmation.source} />}
          <PublicNoticeSection notice={draft.publicNotice} onChange={patch('publicNotice')} minimum={noticeMinimum} programme={programme} calendar={calendar} />
        </form>
      </div>
    </ProfileFormContext.Provider>
  );
}
