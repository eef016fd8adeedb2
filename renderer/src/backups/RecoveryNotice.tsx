// Shown above every screen when the data file was found damaged at open: where the damaged file went
// (moved aside, never deleted), that a new empty file is in use, and the newest sound backup to restore.
// It stays, across restarts too, until the user restores a backup or dismisses it.
import { useEffect, useState } from 'react';
import type { RecoveryNotice as Notice } from '../../../shared/contract/backupChannels';
import { call } from '../api';
import { useI18n } from '../i18n';
import { hrefOf } from '../router';
import { backupLabels, backupsText, describeBackupsError, formatBackupTime, listOf } from './backupText';
import { RestoreDialog } from './RestoreDialog';
import { useRestore } from './useRestore';
import './backups.css';

export function RecoveryNotice() {
  const i18n = useI18n();
  const text = backupsText(i18n);
  const [notice, setNotice] = useState<Notice | null>(null);
  const restore = useRestore();

  useEffect(() => {
    void call('backups.status', {}).then((result) => {
      if (result.ok) setNotice(result.value.recovery);
    });
  }, []);

  if (!notice) return null;
  const latest = notice.latestGood;
  const dismiss = async () => {
    const result = await call('backups.dismissRecovery', {});
    if (result.ok) setNotice(null);
  };
  return (
    <section className="recovery-notice banner banner-error" role="alert" aria-labelledby="recovery-notice-title">
      <div>
        <h2 id="recovery-notice-title">{text('backups.recovery.title')}</h2>
        <p>
          {text(notice.problem === 'empty' ? 'backups.recovery.empty' : 'backups.recovery.damaged', { names: listOf(notice.movedAside, i18n) })}{' '}
          {text('backups.recovery.started')}
        </p>
        <p>{latest ? text('backups.recovery.offer', { date: formatBackupTime(latest.createdAt, i18n), applicants: backupLabels(latest, i18n).applicants }) : text('backups.recovery.noBackup')}</p>
        {restore.error && <p className="field-error">{describeBackupsError(restore.error, i18n)}</p>}
        <div className="form-actions">
          {latest && (
            <button type="button" className="button-primary" onClick={() => restore.ask(latest)}>
              {text('backups.recovery.restore')}
            </button>
          )}
          <a className="button" href={hrefOf({ name: 'backups' })}>
            {text('backups.recovery.seeAll')}
          </a>
          <button type="button" onClick={() => void dismiss()}>
            {text('backups.recovery.dismiss')}
          </button>
        </div>
      </div>
      {restore.asking && <RestoreDialog entry={restore.asking} busy={restore.busy} onConfirm={() => void restore.confirm()} onCancel={restore.cancel} />}
    </section>
  );
}
