// The backups screen: what is kept and where, "Back up now", the list (time, reason, applicants, size,
// check) with a restore per sound backup, and what happened lately (a restore, a failed automatic backup).
import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry } from '../../../shared/contract/backupChannels';
import type { ReplyOf } from '../../../shared/contract/channels';
import type { AppError } from '../../../shared/contract/result';
import { call } from '../api';
import { useI18n } from '../i18n';
import { markReady } from '../ready';
import type { Localized } from '../toasts';
import { type BackupsText, backupLabels, backupsText, describeBackupsError, describeKey, formatBackupTime } from './backupText';
import { RestoreDialog } from './RestoreDialog';
import { useRestore } from './useRestore';
import './backups.css';

type List = ReplyOf<'backups.list'>;
type Status = ReplyOf<'backups.status'>;
// A function of the dictionary, so that a result already shown follows a change of language.
type Outcome = { tone: 'info' | 'error'; text: Localized } | null;

function StatusNotes({ status, text }: { status: Status; text: BackupsText }) {
  const i18n = useI18n();
  const { lastRestore, lastFailure } = status;
  return (
    <>
      {lastRestore && (
        <p className="banner banner-info" role="status">
          {text('backups.restored', { date: formatBackupTime(lastRestore.restored.createdAt, i18n), name: lastRestore.safetyBackup.name })}
        </p>
      )}
      {lastFailure && (
        <p className="banner banner-warning" role="alert">
          {text('backups.lastFailure', {
            date: i18n.formatDateTime(lastFailure.at),
            reason: text(`backups.reason.${lastFailure.reason}`),
            problem: describeKey(lastFailure.key, lastFailure.params, i18n),
          })}
        </p>
      )}
    </>
  );
}

function BackupRow({ entry, onRestore }: { entry: BackupEntry; onRestore(entry: BackupEntry): void }) {
  const i18n = useI18n();
  const text = backupsText(i18n);
  const labels = backupLabels(entry, i18n);
  return (
    <tr className={entry.check === 'ok' ? undefined : 'backup-unusable'}>
      <th scope="row">
        <time dateTime={entry.createdAt}>{labels.date}</time>
      </th>
      <td>{labels.reason}</td>
      <td className="number">{labels.applicants}</td>
      <td className="number">{labels.size}</td>
      <td>
        <span className={`backup-check backup-check-${entry.check}`}>{labels.check}</span>
      </td>
      <td>
        {entry.check === 'ok' ? (
          <button type="button" onClick={() => onRestore(entry)} aria-label={text('backups.restoreFor', { date: labels.date })}>
            {text('backups.restore')}
          </button>
        ) : (
          <span className="muted">{text('backups.cannotRestore')}</span>
        )}
      </td>
    </tr>
  );
}

export function BackupsPage() {
  const i18n = useI18n();
  const text = backupsText(i18n);
  const [list, setList] = useState<List | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [creating, setCreating] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const restore = useRestore();

  const reload = useCallback(async () => {
    const [listed, state] = await Promise.all([call('backups.list', {}), call('backups.status', {})]);
    if (!listed.ok) return setLoadError(listed.error);
    setList(listed.value);
    setLoadError(null);
    if (state.ok) setStatus(state.value);
  }, []);
  useEffect(() => {
    void reload().then(markReady);
  }, [reload]);

  async function backUpNow() {
    setCreating(true);
    setOutcome(null);
    const result = await call('backups.create', {});
    setCreating(false);
    if (!result.ok) {
      const error = result.error;
      return setOutcome({ tone: 'error', text: (now) => describeBackupsError(error, now) });
    }
    const created = result.value;
    setOutcome({
      tone: 'info',
      text: (now) => {
        const labels = backupLabels(created, now);
        return backupsText(now)('backups.created', { applicants: labels.applicants, size: labels.size });
      },
    });
    await reload();
  }

  const shownError = restore.error ? describeBackupsError(restore.error, i18n) : null;
  return (
    <div className="page backups-page">
      <h1>{text('backups.title')}</h1>
      <p className="muted intro">{text('backups.intro')}</p>
      {list && (
        <p className="muted small backups-where">
          {text('backups.policy', { automatic: list.keep.automatic, manual: list.keep.manual })} {text('backups.folder', { folder: list.folder })}
        </p>
      )}
      {status && <StatusNotes status={status} text={text} />}
      <div className="backups-actions">
        <button type="button" className="button-primary" onClick={() => void backUpNow()} disabled={creating} aria-busy={creating}>
          {creating ? text('backups.creating') : text('backups.createNow')}
        </button>
        <p role="status" className="backups-outcome">
          {outcome?.tone === 'info' ? outcome.text(i18n) : null}
        </p>
      </div>
      {outcome?.tone === 'error' && (
        <p className="banner banner-error" role="alert">
          {outcome.text(i18n)}
        </p>
      )}
      {shownError && (
        <p className="banner banner-error" role="alert">
          {shownError}
        </p>
      )}
      {loadError ? (
        <p className="banner banner-error" role="alert">
          {text('backups.loadFailed', { reason: describeBackupsError(loadError, i18n) })}
        </p>
      ) : !list ? (
        <p className="muted">{text('backups.loading')}</p>
      ) : list.backups.length === 0 ? (
        <p className="empty-state">{text('backups.empty')}</p>
      ) : (
        <table className="backups-table">
          <caption>{text('backups.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{text('backups.column.date')}</th>
              <th scope="col">{text('backups.column.reason')}</th>
              <th scope="col" className="number">
                {text('backups.column.applicants')}
              </th>
              <th scope="col" className="number">
                {text('backups.column.size')}
              </th>
              <th scope="col">{text('backups.column.check')}</th>
              <th scope="col">{text('backups.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.backups.map((entry) => (
              <BackupRow key={entry.name} entry={entry} onRestore={restore.ask} />
            ))}
          </tbody>
        </table>
      )}
      {restore.asking && <RestoreDialog entry={restore.asking} busy={restore.busy} onConfirm={() => void restore.confirm()} onCancel={restore.cancel} />}
    </div>
  );
}
