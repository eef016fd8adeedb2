// Every failure of backups and recovery reaches the user as a typed error with a key of the backups
// dictionary, which reads as a sentence in both languages with the same placeholders.
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../electron/backend/backups/backupStore';
import { RestoreError } from '../../../electron/backend/backups/dataFile';
import { backupFailure, diskFullFailure } from '../../../electron/backend/backups/handlers';
import { BackupRefusal } from '../../../electron/backend/backups/service';
import { backupsDictionary, isBackupsKey } from '../../../shared/i18n/backups';

function onlyIssue(result: ReturnType<typeof backupFailure>) {
  if (result.ok) throw new Error('expected a failure');
  return { code: result.error.code, issue: result.error.issues?.[0] };
}

describe('backup failures as replies', () => {
  it('a full disk while backing up', () => {
    expect(onlyIssue(backupFailure(new BackupError('disk-full', 'database or disk is full')))).toEqual({ code: 'internal', issue: { path: [], key: 'backups.error.diskFull' } });
  });

  it('any other write failure names its reason', () => {
    expect(onlyIssue(backupFailure(new BackupError('io', 'permission denied')))).toEqual({
      code: 'internal',
      issue: { path: [], key: 'backups.error.writeFailed', params: { reason: 'permission denied' } },
    });
  });

  it.each([
    ['not-found', 'not-found', 'backups.error.notFound'],
    ['damaged', 'validation', 'backups.error.backupDamaged'],
    ['newer', 'validation', 'backups.error.backupNewer'],
  ] as const)('a backup that cannot be restored: %s', (refusal, code, key) => {
    expect(onlyIssue(backupFailure(new BackupRefusal(refusal, 'no')))).toEqual({ code, issue: { path: ['name'], key } });
  });

  it('a restore that did not complete, and one stopped by a full disk', () => {
    expect(onlyIssue(backupFailure(new RestoreError('rename failed', false))).issue).toEqual({ path: [], key: 'backups.error.restoreFailed', params: { reason: 'rename failed' } });
    expect(onlyIssue(backupFailure(new RestoreError('no space', true))).issue?.key).toBe('backups.error.diskFull');
  });

  it('leaves anything else to the backend, which reports it as a bug', () => {
    expect(() => backupFailure(new TypeError('bug'))).toThrow(TypeError);
  });
});

describe('a full disk while saving anything', () => {
  it.each(['SQLITE_FULL', 'ENOSPC', 'EDQUOT'])('%s is told as "nothing saved, the previous state stands"', (code) => {
    const result = diskFullFailure(Object.assign(new Error('full'), { code }));
    expect(result && !result.ok && result.error.issues).toEqual([{ path: [], key: 'backups.error.saveDiskFull' }]);
  });

  it('other errors are not mistaken for it', () => {
    expect(diskFullFailure(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).toBeNull();
    expect(diskFullFailure('full')).toBeNull();
  });
});

describe('the backups dictionary', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

  it.each(Object.keys(backupsDictionary.zh))('%s has the same placeholders in Chinese and English', (key) => {
    if (!isBackupsKey(key)) throw new Error(key);
    expect(backupsDictionary.en[key].trim()).not.toBe('');
    expect(placeholders(backupsDictionary.en[key])).toEqual(placeholders(backupsDictionary.zh[key]));
  });
});
