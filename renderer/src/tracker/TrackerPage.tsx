// The submission tracker of one applicant (#/applicants/<id>/tracker): what is next and by when, each step of
// the programme with its status and guidance, the acceptance number, the one-time correction, the interview,
// the result and the certificate, and the timeline of every change.
import { RoundBanner } from '../programmes/RoundBanner';
import { useRound } from '../programmes/useRound';
import { useEffect } from 'react';
import { markReady } from '../ready';
import { hrefOf } from '../router';
import { displayName, useSession } from '../session';
import { DaysLeft, StateBadge } from './badges';
import { CorrectionPanel } from './CorrectionPanel';
import { FilingPanel, OutcomePanel } from './CasePanels';
import { DeadlineDate, DeadlineList, DeadlineWarnings } from './DeadlineList';
import { QuotedSource } from './Guidance';
import { IcsButton } from './IcsButton';
import { StepCard } from './StepCard';
import { Timeline } from './Timeline';
import { useTrackerI18n } from './text';
import { useTracker } from './useTracker';
import './tracker.css';

function NextUp({ view }: { view: NonNullable<ReturnType<typeof useTracker>['view']> }) {
  const { tt, pick } = useTrackerI18n();
  const next = view.next;
  return (
    <section className={`next-up card state-${next?.state ?? 'none'}`} aria-labelledby="next-heading" data-next={next?.id ?? ''}>
      <h2 id="next-heading">{tt('tracker.next.heading')}</h2>
      {next ? (
        <>
          <p className="next-line">
            <span className="next-name">{pick(next.name)}</span>
            <DeadlineDate deadline={next} />
            <StateBadge state={next.state} />
            <DaysLeft deadline={next} />
          </p>
          <DeadlineWarnings deadline={next} />
        </>
      ) : (
        <p className="muted">{tt('tracker.next.none')}</p>
      )}
    </section>
  );
}

/** The round's status from the programme itself (the tracker's view carries no dates of the window). */
function TrackerRoundBanner({ programmeId, today }: { programmeId: string; today: string }) {
  const round = useRound(programmeId);
  return round ? <RoundBanner round={round} today={today} /> : null;
}

export function TrackerPage({ applicantId }: { applicantId: string }) {
  const i18n = useTrackerI18n();
  const { tt, te, pick, error } = i18n;
  const { applicants } = useSession();
  const { view, loadError, reload, actions } = useTracker(applicantId);
  const applicant = applicants?.find((entry) => entry.id === applicantId) ?? null;
  const name = applicant ? displayName(applicant, i18n.t('common.unnamed')) : '';

  useEffect(() => {
    if (view !== null || loadError !== null) markReady();
  }, [view, loadError]);

  return (
    <div className="page tracker-page">
      <div className="page-heading">
        <h1>{tt('tracker.title', { name })}</h1>
        <div className="page-actions">
          {view?.programme && <IcsButton applicantId={applicantId} />}
          <a className="button" href={hrefOf({ name: 'employer', applicantId })}>
            {tt('tracker.toEmployer')}
          </a>
        </div>
      </div>
      <p className="muted intro">{tt('tracker.intro')}</p>
      {loadError && (
        <div className="banner banner-error" role="alert">
          <span>{error(loadError)}</span>
          <button type="button" onClick={() => void reload()}>
            {i18n.t('common.retry')}
          </button>
        </div>
      )}
      {view === null && !loadError && <p className="muted">{i18n.t('common.loading')}</p>}
      {view && view.programme === null && (
        <section className="empty-state">
          <h2>{tt('tracker.noProgramme.title')}</h2>
          <p>{tt('tracker.noProgramme.body')}</p>
          <a className="button button-primary" href={hrefOf({ name: 'eligibility', applicantId })}>
            {tt('tracker.noProgramme.link')}
          </a>
        </section>
      )}
      {view?.programme && (
        <>
          <TrackerRoundBanner programmeId={view.programme.id} today={view.today} />
          <p className="tracker-programme">
            <span>{pick(view.programme.name)}</span>
            <span>{view.level ? te(`eligibility.level.${view.level}`) : tt('tracker.level.none')}</span>
            {view.case.acceptanceNumber && <span>{tt('tracker.acceptanceNumberShort', { number: view.case.acceptanceNumber })}</span>}
          </p>
          {view.level === null && (
            <div className="banner banner-warning" role="note">
              <span>{tt('tracker.level.choose')}</span>
              <a href={hrefOf({ name: 'summary', applicantId })}>{tt('tracker.level.link')}</a>
            </div>
          )}
          {view.appointment && (
            <section className="card junior-path" aria-labelledby="junior-heading">
              <h2 id="junior-heading">{tt('tracker.junior.heading')}</h2>
              <p>{tt('tracker.junior.body', { form: view.appointment.form ? pick(view.appointment.form) : tt('tracker.junior.formUnknown') })}</p>
              <QuotedSource source={view.appointment.source} />
            </section>
          )}
          <NextUp view={view} />
          <section className="card deadlines-card" aria-labelledby="deadlines-heading">
            <h2 id="deadlines-heading">{tt('tracker.deadlines.heading')}</h2>
            <DeadlineList deadlines={view.deadlines} />
          </section>
          <div className={view.employerAppointed ? 'tracker-layout tracker-layout-single' : 'tracker-layout'}>
            <section className="tracker-steps" aria-labelledby="steps-heading">
              <h2 id="steps-heading">{tt('tracker.steps.heading')}</h2>
              <ol className="step-list">
                {view.steps.map((entry, index) => (
                  <StepCard
                    key={entry.step.id}
                    entry={entry}
                    applicantId={applicantId}
                    index={index}
                    deadline={view.deadlines.find((deadline) => deadline.stepId === entry.step.id && deadline.id !== 'paper-materials') ?? null}
                    contacts={view.programme?.contacts ?? []}
                    warnings={view.orderWarnings}
                    actions={actions}
                  />
                ))}
              </ol>
            </section>
            {!view.employerAppointed && (
              <div className="tracker-panels">
                <FilingPanel view={view} actions={actions} />
                <CorrectionPanel view={view} actions={actions} />
                <OutcomePanel view={view} actions={actions} />
              </div>
            )}
          </div>
          <section className="card timeline-card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{tt('tracker.timeline.heading')}</h2>
            <Timeline view={view} />
          </section>
        </>
      )}
    </div>
  );
}
