// The confirmation before a restore: a modal <dialog> (the browser keeps the focus inside it, Escape
// cancels, and the focus returns to the button that opened it). It says that the current data is backed
// up first. The focus starts on Cancel: replacing all the data must never be one stray Enter away.
import { useEffect, useRef } from 'react';
import type { BackupEntry } from '../../../shared/contract/backupChannels';
import { useI18n } from '../i18n';
import { backupLabels, backupsText } from './backupText';

export interface RestoreDialogProps {
  entry: BackupEntry;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function RestoreDialog({ entry, busy, onConfirm, onCancel }: RestoreDialogProps) {
  const i18n = useI18n();
  const text = backupsText(i18n);
  const labels = backupLabels(entry, i18n);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    cancelButton.current?.focus();
    return () => {
      element.close();
      // React removes the dialog before this runs, so the browser's own focus return does not happen.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="restore-dialog"
      aria-labelledby="restore-dialog-title"
      aria-describedby="restore-dialog-body restore-dialog-safety"
      onCancel={(event) => {
        // Escape: the browser would close the dialog by itself; React's state decides instead.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="restore-dialog-title">{text('backups.confirm.title', { date: labels.date })}</h2>
      <p id="restore-dialog-body">{text('backups.confirm.body', { applicants: labels.applicants, reason: labels.reason })}</p>
      <p id="restore-dialog-safety" className="restore-dialog-safety">
        {text('backups.confirm.safety')}
      </p>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={onConfirm} disabled={busy} aria-busy={busy}>
          {busy ? text('backups.restoring') : text('backups.confirm.restore')}
        </button>
        <button type="button" ref={cancelButton} onClick={onCancel} disabled={busy}>
          {text('backups.confirm.cancel')}
        </button>
      </div>
    </dialog>
  );
}
