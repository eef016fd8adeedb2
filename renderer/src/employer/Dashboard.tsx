// HR's dashboard: every applicant, sorted by the next deadline (overdue first, undated last), with the
// current step and the employer's part at a glance. Moves with "today" (?today= in tests and demos).
import { useEffect, useState } from 'react';
import type { ReplyOf } from '../../../shared/contract/channels';
import type { AppError } from '../../../shared/contract/result';
import type { DashboardRow } from '../../../shared/contract/trackerChannels';
import { call } from '../api';
import { markReady } from '../ready';
import { hrefOf } from '../router';
import { displayName } from '../session';
import { today } from '../today';
import { DaysLeft, StateBadge } from '../tracker/badges';
import { DeadlineDate } from '../tracker/DeadlineList';
import { useTrackerStatus } from '../tracker/status';
import { useTrackerI18n } from '../tracker/text';

function Check({ done, label }: { done: boolean; label: string }) {
  return (
    <li className={done ? 'employer-check done' : 'employer-check'}>
      <span aria-hidden="true">{done ? '✓' : '○'}</span> {label}
    </li>
  );
}

/**
 * Posted means the start has come (the app's today), not that a start is entered: a start ahead reads as
 * scheduled. Ended means its last day (the derived end, or HR's recorded one) has passed.
 */
function NoticeChecks({ notice }: { notice: DashboardRow['employer']['notice'] }) {
  const { tt } = useTrackerI18n();
  const { stage, start, end } = notice;
  const posted =
    stage === 'undated' || start === null
      ? tt('employer.check.posted')
      : stage === 'scheduled'
        ? tt('employer.check.scheduled', { date: start })
        : tt('employer.check.postedOn', { date: start });
  const ended = end === null ? tt('employer.check.ended') : stage === 'ended' ? tt('employer.check.endedOn', { date: end }) : tt('employer.check.endsOn', { date: end });
  return (
    <>
      <li className={stage === 'posted' || stage === 'ended' ? 'employer-check done' : 'employer-check'} data-notice-stage={stage}>
        <span aria-hidden="true">{stage === 'posted' || stage === 'ended' ? '✓' : '○'}</span> {posted}
      </li>
      <Check done={stage === 'ended'} label={ended} />
    </>
  );
}

function EmployerPart({ row }: { row: DashboardRow }) {
  const { tt, message } = useTrackerI18n();
  const part = row.employer;
  const { notice } = part;
  if (row.employerAppointed) return <p className="muted">{tt('employer.appointment')}</p>;
  if (row.programmeId === null) return <span className="muted">—</span>;
  return (
    <ul className="employer-checks">
      <li className="notice-dates">
        {notice.start && notice.end ? tt('tracker.deadline.window', { from: notice.start, to: notice.end }) : tt('employer.notice.noDates')}
      </li>
      {part.noticeWarnings.map((warning) => (
        <li key={warning.key} className="employer-check notice-warning">
          {message(warning.key, warning.params)}
        </li>
      ))}
      <NoticeChecks notice={notice} />
      {part.objections === 'received' && <li className="employer-check objections">{tt('employer.check.objections')}</li>}
      <Check done={part.verificationSigned && part.sealApplied} label={tt('employer.check.verification')} />
      <Check done={part.formsPrintedOn !== null && part.formsSignedOn !== null} label={tt('employer.check.forms')} />
    </ul>
  );
}

export function Dashboard({ selected }: { selected: string | null }) {
  const i18n = useTrackerI18n();
  const { tt, te, pick, error } = i18n;
  const [data, setData] = useState<ReplyOf<'tracker.dashboard'> | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const load = async () => {
    const result = await call('tracker.dashboard', { today: today() });
    if (result.ok) {
      setData(result.value);
      setLoadError(null);
    } else setLoadError(result.error);
  };
  // Reloaded after every tracker change (the status store refreshes then) and when the selection changes.
  const status = useTrackerStatus();
  useEffect(() => void load(), [selected, status]);
  useEffect(() => {
    if (data !== null || loadError !== null) markReady();
  }, [data, loadError]);

  if (loadError) {
    return (
      <div className="banner banner-error" role="alert">
        <span>{error(loadError)}</span>
        <button type="button" onClick={() => void load()}>
          {i18n.t('common.retry')}
        </button>
      </div>
    );
  }
  if (!data) return <p className="muted">{i18n.t('common.loading')}</p>;
  if (data.rows.length === 0) return <p className="muted">{tt('employer.dashboard.empty')}</p>;
  return (
    <table className="dashboard" aria-label={tt('employer.dashboard.heading')}>
      <thead>
        <tr>
          <th scope="col">{tt('employer.column.applicant')}</th>
          <th scope="col">{tt('employer.column.programme')}</th>
          <th scope="col">{tt('employer.column.step')}</th>
          <th scope="col">{tt('employer.column.next')}</th>
          <th scope="col">{tt('employer.column.employer')}</th>
          <th scope="col">
            <span className="sr-only">{tt('employer.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => {
          const name = displayName(row, i18n.t('common.unnamed'));
          return (
            <tr key={row.applicantId} data-applicant={row.applicantId} data-next-state={row.next?.state ?? 'none'} aria-current={row.applicantId === selected ? 'true' : undefined}>
              <th scope="row">
                <span className="dashboard-name">{name}</span>
                {row.nameZh && row.nameLatin && <span className="muted dashboard-latin">{row.nameLatin}</span>}
                <span className="dashboard-counts">
                  {row.overdue > 0 && <span className="badge state-badge state-overdue">{tt('tracker.badge.overdue', { count: row.overdue })}</span>}
                  {row.dueSoon > 0 && <span className="badge state-badge state-due-soon">{tt('tracker.badge.dueSoon', { count: row.dueSoon })}</span>}
                </span>
              </th>
              <td>
                {row.programmeName ? pick(row.programmeName) : <span className="muted">{tt('employer.noProgramme')}</span>}
                {row.level && <span className="muted"> · {te(`eligibility.level.${row.level}`)}</span>}
                {row.acceptanceNumber && <div className="muted">{tt('tracker.acceptanceNumberShort', { number: row.acceptanceNumber })}</div>}
              </td>
              <td>{row.currentStep ? `${pick(row.currentStep.name)} · ${tt(`tracker.status.${row.currentStep.status}`)}` : row.programmeId ? tt('employer.allDone') : '—'}</td>
              <td className="dashboard-next">
                {row.next ? (
                  <div>
                    <span className="next-name">{pick(row.next.name)}</span>
                    <DeadlineDate deadline={row.next} />
                    <span>
                      <StateBadge state={row.next.state} /> <DaysLeft deadline={row.next} />
                    </span>
                  </div>
                ) : (
                  <span className="muted">{tt('employer.noNext')}</span>
                )}
              </td>
              <td>
                <EmployerPart row={row} />
              </td>
              <td className="dashboard-actions">
                <a href={hrefOf({ name: 'employer', applicantId: row.applicantId })} aria-label={tt('employer.openFor', { name })}>
                  {tt('employer.open')}
                </a>
                <a href={hrefOf({ name: 'tracker', applicantId: row.applicantId })} aria-label={tt('employer.trackerFor', { name })}>
                  {tt('employer.tracker')}
                </a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
