// Loads the settings, picks the language, then shows the shell and the screen the hash names.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApplicantSummary, Language, Settings } from '../../shared/contract/channels';
import type { AppError } from '../../shared/contract/result';
import { languageFromLocale } from '../../shared/i18n/core';
import { call } from './api';
import { ApplicantsPage } from './applicants/ApplicantsPage';
import { BackupsPage } from './backups/BackupsPage';
import { CalendarPage } from './calendar/CalendarPage';
import { EligibilityPage } from './eligibility/EligibilityPage';
import { EmployerPage } from './employer/EmployerPage';
import { FieldFocus } from './form/fieldFocus';
import { FormPage } from './form/FormPage';
import { I18nProvider, useI18n } from './i18n';
import { MaterialsPage } from './materials/MaterialsPage';
import { ProfilePage } from './profile/ProfilePage';
import { PrintPage } from './print/PrintPage';
import { ProgrammesPage } from './programmes/ProgrammesPage';
import { markReady } from './ready';
import { SummaryPage } from './summary/SummaryPage';
import { TrackerPage } from './tracker/TrackerPage';
import { hrefOf, useRoute } from './router';
import { type Session, SessionContext } from './session';
import { Shell } from './Shell';
import { ToastProvider } from './toasts';

function languageOf(settings: Settings | null): Language {
  return settings?.language ?? languageFromLocale(navigator.language);
}

function FatalScreen({ error }: { error: AppError }) {
  const { t, error: describe } = useI18n();
  useEffect(markReady, []);
  return (
    <main className="fatal" role="alert">
      <h1>{t('app.startFailed')}</h1>
      <p>{describe(error)}</p>
    </main>
  );
}

function Screen() {
  const route = useRoute();
  useEffect(() => {
    if (route.name === 'unknown') window.location.replace(hrefOf({ name: 'applicants' }));
  }, [route.name]);
  if (route.name === 'profile') {
    return (
      <>
        <ProfilePage key={route.applicantId} applicantId={route.applicantId} section={route.section} />
        <FieldFocus field={route.field} page="profile" />
      </>
    );
  }
  if (route.name === 'form') return <FormPage key={route.applicantId} applicantId={route.applicantId} field={route.field} />;
  if (route.name === 'print') return <PrintPage key={route.applicantId} applicantId={route.applicantId} />;
  if (route.name === 'eligibility') return <EligibilityPage key={route.applicantId} applicantId={route.applicantId} />;
  if (route.name === 'summary') return <SummaryPage key={route.applicantId} applicantId={route.applicantId} paragraph={route.paragraph} />;
  if (route.name === 'programmes') return <ProgrammesPage key={route.nextFrom ?? ''} nextFrom={route.nextFrom ?? null} />;
  if (route.name === 'calendar') return <CalendarPage />;
  if (route.name === 'backups') return <BackupsPage />;
  if (route.name === 'tracker') return <TrackerPage key={route.applicantId} applicantId={route.applicantId} />;
  if (route.name === 'materials') return <MaterialsPage key={route.applicantId} applicantId={route.applicantId} />;
  if (route.name === 'employer') return <EmployerPage applicantId={route.applicantId ?? null} />;
  return <ApplicantsPage />;
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [startError, setStartError] = useState<AppError | null>(null);
  const [applicants, setApplicants] = useState<ApplicantSummary[] | null>(null);
  const [applicantsError, setApplicantsError] = useState<AppError | null>(null);

  useEffect(() => {
    void call('settings.get', {}).then((result) => (result.ok ? setSettings(result.value) : setStartError(result.error)));
  }, []);

  const reloadApplicants = useCallback(async () => {
    const result = await call('applicants.list', {});
    if (result.ok) {
      setApplicants(result.value);
      setApplicantsError(null);
    } else {
      setApplicantsError(result.error);
    }
  }, []);
  useEffect(() => void reloadApplicants(), [reloadApplicants]);

  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    // Optimistic: the language flips at once; the reply (the stored settings) wins afterwards.
    setSettings((current) => (current ? { ...current, ...patch } : current));
    const result = await call('settings.update', patch);
    if (result.ok) setSettings(result.value);
    return result;
  }, []);

  const language = languageOf(settings);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);

  const session = useMemo<Session | null>(
    () => (settings ? { settings, updateSettings, applicants, applicantsError, reloadApplicants } : null),
    [settings, updateSettings, applicants, applicantsError, reloadApplicants],
  );

  return (
    <I18nProvider language={language}>
      {startError ? (
        <FatalScreen error={startError} />
      ) : session ? (
        <ToastProvider>
          <SessionContext.Provider value={session}>
            <Shell>
              <Screen />
            </Shell>
          </SessionContext.Provider>
        </ToastProvider>
      ) : null}
    </I18nProvider>
  );
}
