// This computer's settings belong to this computer: restoring a backup brings back the applicants' data
// of that day, not the language, holiday years, attachment limits or reminder lead time it was made with.
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../shared/contract/backupChannels';
import type { ReplyOf } from '../../shared/contract/channels';
import { value } from '../support/result';
import { makeTempDir } from '../support/tempDir';
import { TestClock, applicantNames, createApplicant, openTestBackend } from './backups-support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((cleanup) => cleanup()));

function setUp() {
  const dir = makeTempDir('titleprep-restore-settings-');
  cleanups.push(dir.remove);
  const clock = new TestClock(new Date('2026-06-01T08:00:00Z'));
  const backend = openTestBackend(dir.path, { clock });
  cleanups.push(() => backend.close());
  return { clock, backend };
}

const year = (number: number, source: string) => ({ year: number, daysOff: [{ from: `${number}-01-01`, to: `${number}-01-01` }], adjustedWorkdays: [], source, userEntered: true });

describe('restoring a backup keeps this computer’s settings', () => {
  it('a backup made in English, restored on a Chinese interface, stays Chinese', async () => {
    const { backend, clock } = setUp();
    await backend.invoke('settings.update', { language: 'en' });
    await createApplicant(backend, '张伟');
    const backup = value<BackupEntry>(await backend.invoke('backups.create', {}));

    clock.advance(60_000);
    await backend.invoke('settings.update', { language: 'zh' });
    value(await backend.invoke('backups.restore', { name: backup.name }));

    expect(value<ReplyOf<'settings.get'>>(await backend.invoke('settings.get', {})).language).toBe('zh');
    expect(await applicantNames(backend)).toEqual(['张伟']);
  });

  it('a computer that follows the system language still follows it after restoring a backup made with a chosen one', async () => {
    const { backend, clock } = setUp();
    await backend.invoke('settings.update', { language: 'en' });
    const backup = value<BackupEntry>(await backend.invoke('backups.create', {}));
    clock.advance(60_000);
    await backend.invoke('settings.update', { language: null });
    value(await backend.invoke('backups.restore', { name: backup.name }));
    expect(value<ReplyOf<'settings.get'>>(await backend.invoke('settings.get', {})).language).toBeNull();
  });

  it('keeps the holiday years, attachment limits and reminder lead time of this computer, and restores the data', async () => {
    const { backend, clock } = setUp();
    await backend.invoke('calendar.saveYear', year(2028, 'notice seen when the backup was made'));
    await backend.invoke('attachments.limits.save', { programmeId: 'shanghai-c-r3', limits: { maxBytes: 5_000_000, types: ['pdf'] } });
    await backend.invoke('tracker.settings.update', { dueSoonDays: 30, alarmDays: 10 });
    const backup = value<BackupEntry>(await backend.invoke('backups.create', {}));

    clock.advance(60_000);
    await backend.invoke('calendar.deleteYear', { year: 2028 });
    await backend.invoke('calendar.saveYear', year(2027, 'this computer’s own entry'));
    await backend.invoke('attachments.limits.save', { programmeId: 'shanghai-c-r3', limits: null });
    await backend.invoke('tracker.settings.update', { dueSoonDays: 5, alarmDays: 1 });
    await createApplicant(backend, '李娜');
    value(await backend.invoke('backups.restore', { name: backup.name }));

    const years = value<ReplyOf<'calendar.years'>>(await backend.invoke('calendar.years', {}));
    expect(years.user.map((entry) => [entry.year, entry.source])).toEqual([[2027, 'this computer’s own entry']]);
    expect(value<ReplyOf<'attachments.limits.get'>>(await backend.invoke('attachments.limits.get', { programmeId: 'shanghai-c-r3' })).userSet).toBe(false);
    expect(value<ReplyOf<'tracker.settings.get'>>(await backend.invoke('tracker.settings.get', {}))).toEqual({ dueSoonDays: 5, alarmDays: 1 });
    // The data itself is the backup's: the applicant added later is gone.
    expect(await applicantNames(backend)).toEqual([]);
  });
});
