// One applicant's eligibility for the programme they choose: the engine runs here, in the renderer, on the
// saved profile and application, so every tick or choice updates the cards at once.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Application, emptyApplication } from '../../../shared/application/schema';
import { applicationCertificate, factsFromProfile } from '../../../shared/application/facts';
import type { ProgrammeSummary } from '../../../shared/contract/programmeChannels';
import type { AppError } from '../../../shared/contract/result';
import { assessEligibility } from '../../../shared/eligibility';
import type { Programme } from '../../../shared/programmes';
import { call } from '../api';
import { useI18n } from '../i18n';
import { Contacts, KeyDates } from '../programmes/KeyDates';
import { RoundBanner } from '../programmes/RoundBanner';
import { markReady } from '../ready';
import { hrefOf } from '../router';
import { displayName, useSession } from '../session';
import { today as todayFromClock } from '../today';
import { useToast } from '../toasts';
import { ApplicationForm } from './ApplicationForm';
import { CertificateServices } from './CertificateServices';
import { ExperiencePanel } from './ExperiencePanel';
import { LevelCard } from './LevelCard';
import { useProfileEdits } from './useProfileEdits';
import { WorkPeriodToggles } from './WorkPeriodToggles';

type ProgrammeLoad = { kind: 'none' } | { kind: 'loading'; id: string } | { kind: 'loaded'; programme: Programme } | { kind: 'failed'; id: string; error: AppError };

function useApplication(applicantId: string) {
  const { error } = useI18n();
  const toast = useToast();
  const [application, setApplication] = useState<Application | null>(null);
  const [saving, setSaving] = useState<'idle' | 'saving' | 'saved'>('idle');
  // Saves run one after another, so an older choice can never land after a newer one.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    void call('application.get', { applicantId }).then((result) => setApplication(result.ok ? result.value : emptyApplication()));
  }, [applicantId]);
  const save = useCallback(
    (next: Application) => {
      setApplication(next);
      setSaving('saving');
      queue.current = queue.current.then(async () => {
        const result = await call('application.save', { applicantId, application: next });
        if (result.ok) setSaving('saved');
        else {
          setSaving('idle');
          toast({ message: (i18n) => i18n.error(result.error) });
        }
      });
    },
    [applicantId, error, toast],
  );
  return { application, saving, save };
}

export function EligibilityPage({ applicantId }: { applicantId: string }) {
  const { t, error } = useI18n();
  const { applicants, settings, updateSettings } = useSession();
  const [today] = useState(todayFromClock);
  const profile = useProfileEdits(applicantId);
  const { application, saving, save } = useApplication(applicantId);
  const [programmes, setProgrammes] = useState<ProgrammeSummary[] | null>(null);
  const [programmeLoad, setProgrammeLoad] = useState<ProgrammeLoad>({ kind: 'none' });

  useEffect(() => {
    void call('programmes.list', {}).then((result) => setProgrammes(result.ok ? result.value : []));
  }, []);
  const programmeId = application?.programmeId ?? null;
  useEffect(() => {
    if (programmeId === null) {
      setProgrammeLoad({ kind: 'none' });
      return;
    }
    let current = true;
    setProgrammeLoad({ kind: 'loading', id: programmeId });
    void call('programmes.get', { id: programmeId }).then((result) => {
      if (current) setProgrammeLoad(result.ok ? { kind: 'loaded', programme: result.value } : { kind: 'failed', id: programmeId, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [programmeId]);

  const loaded = profile.load.kind !== 'loading' && application !== null && programmes !== null && programmeLoad.kind !== 'loading';
  // Only the first load replaces the page with "Loading": a programme chosen later (arrow keys in the
  // select change it option by option) must not unmount the select that has the keyboard focus.
  const shownOnce = useRef(false);
  if (loaded) shownOnce.current = true;
  useEffect(() => {
    if (loaded) markReady();
  }, [loaded]);
  useEffect(() => {
    if (profile.load.kind === 'loaded' && settings.currentApplicantId !== applicantId) void updateSettings({ currentApplicantId: applicantId });
  }, [profile.load.kind, settings.currentApplicantId, applicantId, updateSettings]);

  const programme = programmeLoad.kind === 'loaded' ? programmeLoad.programme : null;
  const storedProfile = profile.load.kind === 'loaded' ? profile.load.profile : null;
  const assessment = useMemo(() => {
    if (!programme || !storedProfile || !application) return null;
    return assessEligibility(programme, factsFromProfile(storedProfile, application), { today, countOverseas: application.countOverseas });
  }, [programme, storedProfile, application, today]);

  const applicant = applicants?.find((item) => item.id === applicantId);
  const name = applicant ? displayName(applicant, t('common.unnamed')) : '';
  const heading = <h1>{name ? t('eligibility.title', { name }) : t('nav.eligibility')}</h1>;

  if (!loaded && !shownOnce.current) return <p className="page muted">{t('common.loading')}</p>;
  if (profile.load.kind === 'failed' || !storedProfile || !application || !programmes) {
    const failure = profile.load.kind === 'failed' ? profile.load.error : null;
    return (
      <div className="page">
        {heading}
        <div className="banner banner-error" role="alert">
          <span>{failure && failure.code !== 'not-found' && failure.code !== 'validation' ? error(failure) : t('profile.notFound')}</span>
        </div>
        <a href={hrefOf({ name: 'applicants' })}>{t('profile.backToList')}</a>
      </div>
    );
  }

  const field = applicationCertificate(storedProfile.certificates)?.field ?? null;
  return (
    <div className="page eligibility-page">
      {heading}
      {programme && <RoundBanner round={programme} today={today} />}
      <p className="muted intro">{t('eligibility.intro')}</p>
      <p className="muted small">{t('eligibility.today', { date: today })}</p>
      <ApplicationForm
        application={application}
        programmes={programmes}
        programme={programme}
        field={field}
        status={saving === 'saving' ? t('common.saving') : saving === 'saved' ? t('common.saved') : null}
        onChange={save}
      />
      {programmeLoad.kind === 'failed' && (
        <div className="banner banner-error" role="alert">
          <span>{programmeLoad.error.code === 'not-found' ? t('eligibility.programmeMissing', { id: programmeLoad.id }) : error(programmeLoad.error)}</span>
        </div>
      )}
      {programme && assessment ? (
        <div className="eligibility-layout">
          <div className="eligibility-main">
            <section aria-labelledby="levels-heading" className="levels">
              <h2 id="levels-heading">{t('eligibility.levels')}</h2>
              {assessment.levels.map((level) => (
                <LevelCard key={level.level} level={level} programme={programme} applicantId={applicantId} />
              ))}
            </section>
            <CertificateServices applicantId={applicantId} profile={storedProfile} application={application} programme={programme} />
          </div>
          <div className="eligibility-aside">
            <ExperiencePanel assessment={assessment} programme={programme} />
            <WorkPeriodToggles
              applicantId={applicantId}
              periods={storedProfile.workPeriods}
              saveState={profile.saveState}
              disabled={profile.draftPending}
              onRetry={profile.retry}
              onChange={(id, patch) =>
                profile.edit((current) => ({ ...current, workPeriods: current.workPeriods.map((period) => (period.id === id ? { ...period, ...patch } : period)) }))
              }
            />
            <section className="card side-card" aria-labelledby="dates-heading">
              <h2 id="dates-heading">{t('dates.heading')}</h2>
              <KeyDates programme={programme} today={today} />
            </section>
            <section className="card side-card" aria-labelledby="contacts-heading">
              <h2 id="contacts-heading">{t('contacts.heading')}</h2>
              <Contacts programme={programme} />
            </section>
          </div>
        </div>
      ) : (
        <>
          {programmeLoad.kind === 'none' && <p className="empty-state">{t('application.noProgramme')}</p>}
          <CertificateServices applicantId={applicantId} profile={storedProfile} application={application} programme={null} />
        </>
      )}
    </div>
  );
}
