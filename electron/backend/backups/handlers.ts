// Handlers of the backup channels. Each failure comes back typed, with an i18n key the screen shows in the
// user's language, and in each case the data and the earlier backups are as they were.
import type { Channel } from '../../../shared/contract/channels';
import { type FieldIssue, type Result, fail, ok } from '../../../shared/contract/result';
import type { Handlers } from '../handlerContext';
import { BackupError, isDiskFull } from './backupStore';
import { RestoreError } from './dataFile';
import { BackupRefusal, failureKey } from './service';

type BackupChannel = Extract<Channel, `backups.${string}`>;

const REFUSAL_KEYS = {
  'not-found': 'backups.error.notFound',
  damaged: 'backups.error.backupDamaged',
  newer: 'backups.error.backupNewer',
} as const;

/** Turns the backup module's own errors into replies; anything else is a bug for backend.ts to report. */
export function backupFailure(error: unknown): Result<never> {
  if (error instanceof BackupRefusal) {
    const issue: FieldIssue = { path: ['name'], key: REFUSAL_KEYS[error.refusal] };
    return fail(error.refusal === 'not-found' ? 'not-found' : 'validation', error.message, [issue]);
  }
  if (error instanceof BackupError) {
    const { key, params } = failureKey(error);
    return fail('internal', error.message, [params ? { path: [], key, params } : { path: [], key }]);
  }
  if (error instanceof RestoreError) {
    const issue: FieldIssue = error.diskFull ? { path: [], key: 'backups.error.diskFull' } : { path: [], key: 'backups.error.restoreFailed', params: { reason: error.reason } };
    return fail('internal', error.message, [issue]);
  }
  throw error;
}

function guarded<T>(run: () => T): Result<T> {
  try {
    return ok(run());
  } catch (error) {
    return backupFailure(error);
  }
}

export const backupHandlers: Pick<Handlers, BackupChannel> = {
  'backups.list': (_request, { backups }) => ok(backups.list()),
  'backups.create': (_request, { backups }) => guarded(() => backups.createManual()),
  'backups.restore': (request, { backups }) => guarded(() => backups.restore(request.name)),
  'backups.status': (_request, { backups }) => ok(backups.status()),
  'backups.dismissRecovery': (_request, { backups }) => ok({ dismissed: backups.dismissRecovery() }),
};

/**
 * Any save that failed because the disk is full. SQLite rolled its transaction back, so the state saved
 * before stands; the reply says so in the user's language instead of a bare "internal error".
 */
export function diskFullFailure(error: unknown): Result<never> | null {
  if (!isDiskFull(error)) return null;
  return fail('internal', 'The disk is full: nothing was saved, and what was saved before is unchanged', [{ path: [], key: 'backups.error.saveDiskFull' }]);
}
