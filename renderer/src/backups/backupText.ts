// The backups screen's words: its own dictionary (shared/i18n/backups), the sentence for a failed call,
// and the labels of a backup (reason, check, size) in the current language.
import type { BackupEntry } from '../../../shared/contract/backupChannels';
import type { AppError } from '../../../shared/contract/result';
import { type BackupsKey, isBackupsKey, tb } from '../../../shared/i18n/backups';
import type { Params } from '../../../shared/i18n/core';
import type { I18n } from '../i18n';
import { formatSize } from '../summary/ImportExportFiles';

export type BackupsText = (key: BackupsKey, params?: Params) => string;

export function backupsText(i18n: I18n): BackupsText {
  return (key, params) => tb(i18n.language, key, params);
}

/** The backups dictionary's own sentence when the backend sent one of its keys, else the app's. */
export function describeBackupsError(error: AppError, i18n: I18n): string {
  const issue = error.issues?.[0];
  if (issue && isBackupsKey(issue.key)) return tb(i18n.language, issue.key, issue.params);
  return i18n.error(error);
}

/** A key the backend stored (the last automatic backup's failure), as a sentence. */
export function describeKey(key: string, params: Params | undefined, i18n: I18n): string {
  return isBackupsKey(key) ? tb(i18n.language, key, params) : i18n.issue(key, params);
}

export interface BackupLabels {
  date: string;
  reason: string;
  applicants: string;
  size: string;
  check: string;
}

/** With seconds: two backups made in the same minute must not read alike. */
export function formatBackupTime(iso: string, i18n: I18n): string {
  const format = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
  return Number.isNaN(Date.parse(iso)) ? iso : format.format(new Date(iso));
}

export function backupLabels(entry: BackupEntry, i18n: I18n): BackupLabels {
  const text = backupsText(i18n);
  return {
    date: formatBackupTime(entry.createdAt, i18n),
    reason: text(`backups.reason.${entry.reason}`),
    applicants: entry.applicants === null ? text('backups.unknown') : String(entry.applicants),
    size: formatSize(entry.sizeBytes, i18n.language),
    check: text(`backups.check.${entry.check}`),
  };
}

/** "a、b 和 c" / "a, b and c": the names of files moved aside, as a list in the language's own style. */
export function listOf(items: readonly string[], i18n: I18n): string {
  return new Intl.ListFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', { type: 'conjunction' }).format(items);
}
