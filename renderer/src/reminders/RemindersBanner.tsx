// On start, what is overdue and what is due within the next days, for every applicant, above every screen:
// "applicants and HR always know what is next". Dismissed for the session (it comes back on the next start,
// or when something new becomes due). A round that has closed is not a list of overdue deadlines: it says
// the round closed, as the eligibility page does, and offers to prepare the next round.
import { useEffect, useState } from 'react';
import type { ClosedRoundReminder } from '../../../shared/contract/trackerChannels';
import { longDate } from '../../../shared/programmes/citation';
import { hrefOf, useRoute } from '../router';
import { displayName, useSession } from '../session';
import { DaysLeft, StateBadge } from '../tracker/badges';
import { refreshTrackerStatus, useTrackerStatus } from '../tracker/status';
import { useTrackerI18n } from '../tracker/text';
import { useRulesText } from '../rulesText';

const DISMISSED_KEY = 'titleprep.reminders.dismissed';

/** What was on screen when the user dismissed it: a new overdue or due-soon item shows the banner again. */
function signatureOf(items: { applicantId: string; deadline: { id: string; state: string } }[], closed: readonly ClosedRoundReminder[]): string {
  return [...items.map((item) => `${item.applicantId}/${item.deadline.id}/${item.deadline.state}`), ...closed.map((entry) => `${entry.applicantId}/closed/${entry.round.id}`)].join('|');
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
  const closedRounds = status?.closedRounds ?? [];
  const signature = signatureOf(items, closedRounds);
  if ((items.length === 0 && closedRounds.length === 0) || dismissed === signature) return null;
  const overdue = items.filter((item) => item.deadline.state === 'overdue').length;
  const dueSoon = items.length - overdue;
  const dismiss = () => {
    sessionStorage.setItem(DISMISSED_KEY, signature);
    setDismissed(signature);
  };
  const heading = items.length > 0 ? tt('reminders.heading', { overdue, dueSoon, days: status?.dueSoonDays ?? 0 }) : tt('reminders.closedHeading', { count: closedRounds.length });
  return (
    <section className={`reminders ${overdue > 0 ? 'reminders-overdue' : 'reminders-due-soon'}`} aria-labelledby="reminders-heading" data-reminders={items.length} data-closed-rounds={closedRounds.length}>
      <div className="reminders-head">
        <h2 id="reminders-heading">{heading}</h2>
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
        {closedRounds.map((entry) => (
          <ClosedRoundLine key={`${entry.applicantId}/closed`} entry={entry} />
        ))}
      </ul>
    </section>
  );
}

/** "张伟 — 第三批…已于2025年9月19日截止。 为下一批做准备" */
function ClosedRoundLine({ entry }: { entry: ClosedRoundReminder }) {
  const i18n = useTrackerI18n();
  const { pick, language } = i18n;
  const rt = useRulesText();
  return (
    <li data-round-status="closed" data-round={entry.round.id}>
      <a href={hrefOf({ name: 'tracker', applicantId: entry.applicantId })}>{displayName(entry, i18n.t('common.unnamed'))}</a>
      <span>{rt('rules.round.closed', { round: pick(entry.round.name), date: longDate(entry.closedOn, language) })}</span>
      <a className="reminders-next" href={hrefOf({ name: 'programmes', nextFrom: entry.round.id })}>{rt('rules.round.prepareNext')}</a>
    </li>
  );
}
