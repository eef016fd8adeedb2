// The applicant's deadlines, in the order of the steps: each with its date (or "unknown"), its state, where
// the date comes from, its warnings and the notice's words.
import type { DeadlineView } from '../../../shared/contract/trackerChannels';
import { SourceNote } from '../programmes/SourceNote';
import { DaysLeft, StateBadge } from './badges';
import { useTrackerI18n } from './text';

export function DeadlineDate({ deadline }: { deadline: DeadlineView }) {
  const { tt } = useTrackerI18n();
  // An unknown date is said once, by the state badge beside it.
  if (deadline.date === null) return null;
  if (deadline.window) return <span className="date-value">{tt('tracker.deadline.window', { from: deadline.window.from, to: deadline.window.to })}</span>;
  if (deadline.time) return <span className="date-value">{tt('tracker.deadline.at', { date: deadline.date, time: deadline.time })}</span>;
  return <span className="date-value">{deadline.date}</span>;
}

export function DeadlineWarnings({ deadline }: { deadline: DeadlineView }) {
  const { message } = useTrackerI18n();
  if (deadline.warnings.length === 0) return null;
  return (
    <ul className="deadline-warnings">
      {deadline.warnings.map((warning) => (
        <li key={warning.key} data-warning={warning.key}>
          {message(warning.key, warning.params)}
        </li>
      ))}
    </ul>
  );
}

function DeadlineRow({ deadline }: { deadline: DeadlineView }) {
  const { tt, pick } = useTrackerI18n();
  return (
    <li className={`deadline deadline-${deadline.state}`} data-deadline={deadline.id} data-state={deadline.state}>
      <div className="deadline-head">
        <span className="deadline-name">{pick(deadline.name)}</span>
        <DeadlineDate deadline={deadline} />
        <StateBadge state={deadline.state} />
        <DaysLeft deadline={deadline} />
      </div>
      {deadline.dateFrom !== 'none' && <p className="deadline-origin muted">{tt(`tracker.dateFrom.${deadline.dateFrom}`)}</p>}
      <DeadlineWarnings deadline={deadline} />
      <SourceNote source={deadline.source} />
    </li>
  );
}

export function DeadlineList({ deadlines }: { deadlines: DeadlineView[] }) {
  const { tt } = useTrackerI18n();
  if (deadlines.length === 0) return <p className="muted">{tt('tracker.deadlines.none')}</p>;
  return (
    <ul className="deadline-list" aria-label={tt('tracker.deadlines.heading')}>
      {deadlines.map((deadline) => (
        <DeadlineRow key={deadline.id} deadline={deadline} />
      ))}
    </ul>
  );
}
