// The employer's view (#/employer, #/employer/<id>): the dashboard of every applicant sorted by the next
// deadline, and, for the applicant chosen, HR's part: the public notice, the signed and sealed comments,
// the printed forms.
import { hrefOf } from '../router';
import { displayName, useSession } from '../session';
import { IcsButton } from '../tracker/IcsButton';
import { TrackerSettingsForm } from '../tracker/SettingsForm';
import { useTrackerI18n } from '../tracker/text';
import { useTracker } from '../tracker/useTracker';
import { Dashboard } from './Dashboard';
import { EmployerApplicant } from './EmployerApplicant';
import '../tracker/tracker.css';

function SelectedApplicant({ applicantId }: { applicantId: string }) {
  const i18n = useTrackerI18n();
  const { applicants } = useSession();
  const { view, loadError, reload, actions } = useTracker(applicantId);
  const applicant = applicants?.find((entry) => entry.id === applicantId);
  const name = applicant ? displayName(applicant, i18n.t('common.unnamed')) : '';
  if (loadError) {
    return (
      <div className="banner banner-error" role="alert">
        <span>{i18n.error(loadError)}</span>
        <button type="button" onClick={() => void reload()}>
          {i18n.t('common.retry')}
        </button>
      </div>
    );
  }
  if (!view) return <p className="muted">{i18n.t('common.loading')}</p>;
  return <EmployerApplicant view={view} actions={actions} name={name} />;
}

export function EmployerPage({ applicantId }: { applicantId: string | null }) {
  const { tt } = useTrackerI18n();
  return (
    <div className="page employer-page">
      <div className="page-heading">
        <h1>{tt('employer.title')}</h1>
        <div className="page-actions">
          <IcsButton applicantId={null} />
        </div>
      </div>
      <p className="muted intro">{tt('employer.intro')}</p>
      {applicantId && (
        <>
          <p>
            <a href={hrefOf({ name: 'employer' })}>{tt('employer.back')}</a>
          </p>
          <SelectedApplicant key={applicantId} applicantId={applicantId} />
        </>
      )}
      <section className="dashboard-section" aria-labelledby="dashboard-heading">
        <h2 id="dashboard-heading">{tt('employer.dashboard.heading')}</h2>
        <Dashboard selected={applicantId} />
      </section>
      <TrackerSettingsForm />
    </div>
  );
}
