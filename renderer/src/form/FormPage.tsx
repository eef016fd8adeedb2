// The assessment form of one applicant: loads the form (after any save still in flight), the profile it
// shows, the programme (public-notice length, summary target), the working calendar and the summary's 字数,
// then opens the editor. A conflict reloads the saved form and says why.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createWorkCalendar } from '../../../shared/calendar/holidayYear';
import type { AppError } from '../../../shared/contract/result';
import { tf } from '../../../shared/i18n/form';
import type { Programme } from '../../../shared/programmes/schema';
import { formOf } from '../../../shared/programmes/applicationForm';
import type { Profile } from '../../../shared/profile/schema';
import { summaryTarget } from '../../../shared/summary/target';
import { call } from '../api';
import { useI18n } from '../i18n';
import { markReady } from '../ready';
import { hrefOf } from '../router';
import { displayName, useSession } from '../session';
import { CopyAnnouncer } from './CopyButton';
import { FormEditor, type StoredForm } from './FormEditor';
import type { NoticeMinimum } from './noticePeriod';
import { pendingFormSaves, unsavedFormDrafts } from './pending';
import type { SummaryInfo } from './SummaryLinkSection';
import { useFormReport } from './useFormReport';
import type { WorkCalendar } from '../../../shared/calendar/workdays';
import { restoreUnsavedFields } from '../unsavedFields';

interface Context {
  profile: Profile;
  summary: SummaryInfo;
  noticeMinimum: NoticeMinimum;
  /** The applicant's programme (for the notice's end against its materials deadline); null when none. */
  programme: Programme | null;
  calendar: { kind: 'loaded'; calendar: WorkCalendar } | { kind: 'failed'; error: AppError };
}

type Load = { kind: 'loading' } | { kind: 'failed'; error: AppError } | { kind: 'loaded'; stored: StoredForm; context: Context; generation: number };

async function loadCalendar(): Promise<Context['calendar']> {
  const years = await call('calendar.years', {});
  if (!years.ok) return { kind: 'failed', error: years.error };
  const calendar = createWorkCalendar(years.value.bundled, years.value.user);
  return calendar.ok ? { kind: 'loaded', calendar: calendar.value } : { kind: 'failed', error: calendar.error };
}

async function loadProgrammeParts(applicantId: string, programmeId: string | null): Promise<Pick<Context, 'summary' | 'noticeMinimum' | 'programme'>> {
  if (programmeId === null) return { summary: { kind: 'noProgramme' }, noticeMinimum: { kind: 'noProgramme' }, programme: null };
  const programme = await call('programmes.get', { id: programmeId });
  if (!programme.ok) return { summary: { kind: 'failed', error: programme.error }, noticeMinimum: { kind: 'unknown' }, programme: null };
  const found: Programme = programme.value;
  const minimum = found.publicNotice.value;
  const noticeMinimum: NoticeMinimum = minimum === null ? { kind: 'unknown' } : { kind: 'known', days: minimum };
  const stored = await call('summary.get', { applicantId, programmeId: found.id });
  const target = summaryTarget(found);
  const summary: SummaryInfo = stored.ok
    ? { kind: 'loaded', written: stored.value.revision > 0, words: stored.value.count.all.words, target: target.words, fromProgramme: target.fromProgramme }
    : { kind: 'failed', error: stored.error };
  return { summary, noticeMinimum, programme: found };
}

async function loadAll(applicantId: string): Promise<Exclude<Load, { kind: 'loading' } | { kind: 'loaded' }> | { kind: 'ok'; stored: StoredForm; context: Context }> {
  await pendingFormSaves.get(applicantId);
  const [form, profile, application, calendar] = await Promise.all([
    call('form.get', { applicantId }),
    call('profile.get', { applicantId }),
    call('application.get', { applicantId }),
    loadCalendar(),
  ]);
  if (!profile.ok) return { kind: 'failed', error: profile.error };
  if (!form.ok) return { kind: 'failed', error: form.error };
  const programmeId = application.ok ? application.value.programmeId : null;
  const parts = await loadProgrammeParts(applicantId, programmeId);
  return { kind: 'ok', stored: { form: form.value.form, revision: form.value.revision }, context: { profile: profile.value.profile, calendar, ...parts } };
}

export function FormPage({ applicantId, field }: { applicantId: string; field?: string }) {
  const { t, language, error } = useI18n();
  const { settings, updateSettings, applicants } = useSession();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [conflicted, setConflicted] = useState(false);
  const generation = useRef(0);
  const { state: report, refresh: refreshReport } = useFormReport(applicantId);

  const fetchForm = useCallback(async () => {
    const result = await loadAll(applicantId);
    generation.current += 1;
    setLoad(result.kind === 'ok' ? { kind: 'loaded', stored: result.stored, context: result.context, generation: generation.current } : result);
    markReady();
  }, [applicantId]);
  useEffect(() => void fetchForm(), [fetchForm]);
  useEffect(() => {
    if (load.kind === 'loaded' && settings.currentApplicantId !== applicantId) void updateSettings({ currentApplicantId: applicantId });
  }, [load.kind, settings.currentApplicantId, applicantId, updateSettings]);

  const onConflict = useCallback(() => {
    unsavedFormDrafts.delete(applicantId);
    setConflicted(true);
    void fetchForm();
    void refreshReport();
  }, [applicantId, fetchForm, refreshReport]);

  const applicant = applicants?.find((item) => item.id === applicantId);
  const name = applicant ? displayName(applicant, t('common.unnamed')) : '';
  // A programme that publishes no form (Guangzhou), or none chosen yet: the page prepares TitlePrep's sheet of
  // details, as the print does (shared/print/formContent.ts, formTitle), not a 考核认定表.
  const loadedProgramme = load.kind === 'loaded' ? load.context.programme : null;
  const published = loadedProgramme !== null && formOf(loadedProgramme).name !== null;
  const heading = <h1>{name ? tf(language, published ? 'form.title' : 'form.title.details', { name }) : tf(language, published ? 'nav.form' : 'nav.details')}</h1>;

  if (load.kind === 'loading') return <p className="page muted">{t('common.loading')}</p>;
  if (load.kind === 'failed') {
    return (
      <div className="page">
        {heading}
        <div className="banner banner-error" role="alert">
          <span>{load.error.code === 'not-found' || load.error.code === 'validation' ? t('profile.notFound') : error(load.error)}</span>
        </div>
        <a href={hrefOf({ name: 'applicants' })}>{t('profile.backToList')}</a>
      </div>
    );
  }
  const unsaved = unsavedFormDrafts.get(applicantId);
  // A draft left by the editor in this session, else the invalid fields kept across a reload.
  const initialDraft = unsaved && unsaved.baseRevision === load.stored.revision ? unsaved.draft : restoreUnsavedFields('form', applicantId, load.stored.form);
  return (
    <CopyAnnouncer>
      <div className="page form-page">
        {heading}
        <p className="muted intro">{tf(language, published ? 'form.intro' : loadedProgramme === null ? 'form.intro.noProgramme' : 'form.intro.details')}</p>
        {conflicted && (
          <div className="banner banner-warning" role="alert">
            <span>{tf(language, 'form.conflict')}</span>
            <button type="button" onClick={() => setConflicted(false)}>
              {t('common.close')}
            </button>
          </div>
        )}
        <FormEditor
          key={load.generation}
          applicantId={applicantId}
          stored={load.stored}
          initialDraft={initialDraft}
          {...load.context}
          report={report}
          refreshReport={() => void refreshReport()}
          field={field}
          onConflict={onConflict}
        />
      </div>
    </CopyAnnouncer>
  );
}
