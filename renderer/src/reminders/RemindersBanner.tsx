// On start, what is overdue and what is due within the next days, for every applicant, above every screen:
// "applicants and HR always know what is next". Dismissed for the session (it comes back on the next start,
// or when something new becomes due).
import { useEffect, useState } from 'react';
import { hrefOf, useRoute } from '../router';
import { displayName, useSession } from '../session';
import { DaysLeft, StateBadge } from '../tracker/badges';
import { refreshTrackerStatus, useTrackerStatus } from '../tracker/status';
import { useTrackerI18n } from '../tracker/text';

const DISMISSED_KEY = 'titleprep.reminders.dismissed';

/** What was on screen when the user dismissed it: a new overdue or due-soon item shows the banner again. */
function signatureOf(items: { applicantId: string; deadline: { id: string; state: string } }[]): string {
  return items.map((item) => `${item.applicantId}/${item.deadline.id}/${item.deadline.state}`).join('|');
}

export function RemindersBanner() {
  const i18n = useTrackerI18n();
  const { tt, pick } = i18n;
  const { applicants } = useSession();
  const status = useTrackerStatus();
  const [dismissed, setDismissed] = useState(() => sessionStorage.getItem(DISMISSED_KEY));

  // Applicants added, renamed or deleted, or another screen opened (where a programme, a level or the
  // notice's start may have changed): the deadlines may have changed too.
  const route = JSON.stringify(useRoute());
  useEffect(() => {
    if (applicants !== null) void refreshTrackerStatus();
  }, [applicants, route]);

  const items = status?.items ?? [];
  const signature = signatureOf(items);
  if (items.length === 0 || dismissed === signature) return null;
  const overdue = items.filter((item) => item.deadline.state === 'overdue').length;
  const dueSoon = items.length - overdue;
  const dismiss = () => {
    sessionStorage.setItem(DISMISSED_KEY, signature);
    setDismissed(signature);
  };
  return (
    <section className={`reminders ${overdue > 0 ? 'reminders-overdue' : 'reminders-due-soon'}`} aria-labelledby="reminders-heading" data-reminders={items.length}>
      <div className="reminders-head">
        <h2 id="reminders-heading">{tt('reminders.heading', { overdue, dueSoon, days: status?.dueSoonDays ?? 0 })}</h2>
        <button type="button" className="button-link" onClick={dismiss}>
          {tt('reminders.dismiss')}
        </button>
      </div>
      <ul>
        {items.map((item) => (
          <li key={`${item.applicantId}/${item.deadline.id}`} data-deadline={item.deadline.id} data-state={item.deadline.state}>
            <a href={hrefOf({ name: 'tracker', applicantId: item.applicantId })}>{displayName(item, i18n.t('common.unnamed'))}</a>
            <span>{pick(item.deadline.name)}</span>
            <span className="date-value">{item.deadline.date}</span>
            <StateBadge state={item.deadline.state} />
            <DaysLeft deadline={item.deadline} />
          </li>
        ))}
      </ul>
    </section>
  );
}
