// Overdue and due-soon marks, "visible everywhere": on each applicant in the list, in the navigation for the
// current applicant, on the dashboard, and on each deadline. Colour is never the only signal: the text says it.
import type { DeadlineView } from '../../../shared/contract/trackerChannels';
import { hrefOf } from '../router';
import { countsFor, useTrackerStatus } from './status';
import { useTrackerI18n } from './text';
import './tracker.css';

export function StateBadge({ state }: { state: DeadlineView['state'] }) {
  const { tt } = useTrackerI18n();
  return (
    <span className={`badge state-badge state-${state}`} data-state={state}>
      {tt(`tracker.state.${state}`)}
    </span>
  );
}

/** "3 days left", "due today", "2 days overdue", for a dated deadline not done. */
export function DaysLeft({ deadline }: { deadline: Pick<DeadlineView, 'daysLeft' | 'state'> }) {
  const { tt } = useTrackerI18n();
  if (deadline.daysLeft === null || deadline.state === 'done') return null;
  const text =
    deadline.daysLeft < 0 ? tt('tracker.days.overdue', { days: -deadline.daysLeft }) : deadline.daysLeft === 0 ? tt('tracker.days.today') : tt('tracker.days.left', { days: deadline.daysLeft });
  return <span className="days-left">{text}</span>;
}

/** The applicant's overdue and due-soon counts; nothing when all is calm. Links to the tracker when asked. */
export function ApplicantDueBadges({ applicantId, link = false }: { applicantId: string; link?: boolean }) {
  const { tt } = useTrackerI18n();
  const { overdue, dueSoon } = countsFor(useTrackerStatus(), applicantId);
  if (overdue === 0 && dueSoon === 0) return null;
  const overdueText = overdue > 0 ? tt('tracker.badge.overdue', { count: overdue }) : null;
  const dueSoonText = dueSoon > 0 ? tt('tracker.badge.dueSoon', { count: dueSoon }) : null;
  const badges = (
    <>
      {overdueText && (
        <span className="badge state-badge state-overdue" data-due="overdue">
          {overdueText}
        </span>
      )}
      {overdueText && dueSoonText && ' '}
      {dueSoonText && (
        <span className="badge state-badge state-due-soon" data-due="due-soon">
          {dueSoonText}
        </span>
      )}
    </>
  );
  // The link's name starts with the badges' own words (WCAG 2.5.3): a voice user says what they see.
  const shown = [overdueText, dueSoonText].filter((text): text is string => text !== null).join(' ');
  return link ? (
    <a className="due-badges" href={hrefOf({ name: 'tracker', applicantId })} aria-label={tt('tracker.badge.open', { badges: shown })}>
      {badges}
    </a>
  ) : (
    <span className="due-badges">{badges}</span>
  );
}
