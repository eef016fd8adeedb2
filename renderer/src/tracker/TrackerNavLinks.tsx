// The header's links of the tracker: the current applicant's progress, with their overdue and due-soon
// marks, and HR's employer view (a global page, beside programmes and the calendar).
import { hrefOf, type Route } from '../router';
import { ApplicantDueBadges } from './badges';
import { useTrackerI18n } from './text';

export function TrackerNavLink({ applicantId, route }: { applicantId: string; route: Route }) {
  const { tt } = useTrackerI18n();
  const here = route.name === 'tracker' && route.applicantId === applicantId;
  return (
    <li className="nav-tracker">
      <a href={hrefOf({ name: 'tracker', applicantId })} aria-current={here ? 'page' : undefined} className="nav-with-badges">
        {tt('tracker.nav')}
        <ApplicantDueBadges applicantId={applicantId} />
      </a>
    </li>
  );
}

export function EmployerNavLink({ route }: { route: Route }) {
  const { tt } = useTrackerI18n();
  return (
    <li>
      <a href={hrefOf({ name: 'employer' })} aria-current={route.name === 'employer' ? 'page' : undefined}>
        {tt('employer.nav')}
      </a>
    </li>
  );
}
