// Handlers of the hand-over channels. A refused package is a `validation` reply with one issue keyed
// handover.refused.<reason> (shared/i18n/handover.ts); a failed backup before a replace is the backups
// module's own typed failure, and in both cases no row was written. A transfer's problems (an upload gone,
// a size that is not the announced one) are keyed handover.upload.* and handover.export.*.
import type { Channel } from '../../../shared/contract/channels';
import { HANDOVER_MAX_BYTES, HANDOVER_MAX_GB, type HandoverNotice } from '../../../shared/contract/handoverChannels';
import { type Result, fail, ok } from '../../../shared/contract/result';
import { CHUNK_BYTES } from '../../../shared/materials/transfer';
import { shanghaiDate } from '../../../shared/summary/day';
import type { TransferProblem } from '../attachments/uploads';
import { backupFailure } from '../backups/handlers';
import { BackupError } from '../backups/backupStore';
import { fileNamePart } from '../documents/fileName';
import type { HandlerContext, Handlers } from '../handlerContext';
import { attachmentFilesOf } from './attachmentFiles';
import { PackageTooLargeError } from './exportPackage';
import { HandoverRefusal } from './refusal';

type HandoverChannel = Extract<Channel, `handover.${string}`>;

function refused(error: unknown): Result<never> {
  if (error instanceof HandoverRefusal) return fail('validation', error.message, [{ path: ['uploadId'], key: `handover.refused.${error.reason}`, params: error.params }]);
  if (error instanceof BackupError) return backupFailure(error);
  throw error;
}

/** The chunk store's problem as the user reads it; `not-found` when the upload is gone. */
function transferFailure(problem: TransferProblem): Result<never> {
  const issue = (key: string, params?: Record<string, number>) => [{ path: ['uploadId'], key, ...(params ? { params } : {}) }];
  switch (problem.problem) {
    case 'expired':
      return fail('not-found', 'No such upload (finished, cancelled or idle too long)', issue('handover.upload.expired'));
    case 'tooMany':
      return fail('validation', 'Too many packages being received', issue('handover.upload.tooMany', { max: problem.max }));
    case 'outOfOrder':
      return fail('validation', `Chunk ${problem.index} out of order`, issue('handover.upload.outOfOrder', { expected: problem.expected, index: problem.index }));
    case 'overflow':
    case 'short':
      return fail('validation', `Received ${problem.received} bytes of ${problem.declared} announced`, issue('handover.upload.sizeMismatch', { declared: problem.declared, received: problem.received }));
    case 'emptyChunk':
      return fail('validation', 'An empty chunk', issue('handover.refused.notEncoded'));
  }
}

const busy = () => fail('conflict', 'The package is being checked already', [{ path: ['uploadId'], key: 'handover.upload.busy' }]);

/** 申报资料交接包_张伟_2026-11-23.titleprep */
export function packageFileName(nameZh: string, nameLatin: string, now: string): string {
  const parts = ['申报资料交接包', nameZh || nameLatin, shanghaiDate(now) ?? now.slice(0, 10)].map(fileNamePart).filter((part) => part !== '');
  return `${parts.join('_')}.titleprep`;
}

/**
 * Runs `use` on a received package, complete (its size the announced one) and not in use by another call.
 * The upload ends afterwards unless `keep` says it is still wanted; a refusal or a failure always ends it.
 */
async function withUpload<T>(uploadId: string, { handover }: Pick<HandlerContext, 'handover'>, use: (path: string) => Promise<T>, keep: (value: T) => boolean): Promise<Result<T>> {
  const { uploads } = handover.transfers;
  if (handover.transfers.inUse(uploadId)) return busy();
  const sealed = uploads.seal(uploadId);
  if (!sealed.ok) return transferFailure(sealed.problem);
  let kept = false;
  const release = handover.transfers.claim(uploadId);
  try {
    const value = await use(sealed.value.tempPath);
    kept = keep(value);
    return ok(value);
  } catch (error) {
    return refused(error);
  } finally {
    release();
    if (kept) uploads.touch(uploadId);
    else uploads.end(uploadId);
  }
}

export const handoverHandlers: Pick<Handlers, HandoverChannel> = {
  'handover.export': async (request, { handover, attachments, info, now }) => {
    let exported: Awaited<ReturnType<typeof handover.export>>;
    try {
      exported = await handover.export(request.applicantId, {
        appVersion: info.version,
        now: now(),
        attachmentFiles: attachmentFilesOf(attachments.files),
        fileNameOf: (manifest) => packageFileName(manifest.applicant.nameZh, manifest.applicant.nameLatin, manifest.exportedAt),
      });
    } catch (error) {
      if (!(error instanceof PackageTooLargeError)) throw error;
      return fail('validation', error.message, [{ path: ['applicantId'], key: 'handover.exportTooLarge', params: { maxGb: HANDOVER_MAX_GB } }]);
    }
    if (!exported) return fail('not-found', `No applicant with id ${request.applicantId}`);
    const warnings: HandoverNotice[] = [];
    if (exported.missingFiles > 0) warnings.push({ key: 'handover.warning.filesMissing', params: { count: exported.missingFiles } });
    return ok({ exportId: exported.exportId, fileName: exported.fileName, bytes: exported.bytes, sha256: exported.sha256, chunkBytes: CHUNK_BYTES, warnings });
  },

  'handover.export.read': (request, { handover }) => {
    const slice = handover.transfers.readExport(request.exportId, request.offset, CHUNK_BYTES);
    if (!slice) return fail('not-found', `No export ${request.exportId} waiting (read to its end, or idle too long)`, [{ path: ['exportId'], key: 'handover.export.expired' }]);
    return ok({ contentBase64: slice.bytes.toString('base64'), offset: slice.offset, total: slice.total, done: slice.done });
  },

  'handover.upload.begin': (request, { handover }) => {
    // The size is judged by the request's schema (at most HANDOVER_MAX_BYTES) before anything is made.
    const begun = handover.transfers.uploads.begin({ fileName: request.fileName }, request.bytes);
    if (!begun.ok) return transferFailure(begun.problem);
    return ok({ uploadId: begun.value.id, chunkBytes: CHUNK_BYTES, maxBytes: HANDOVER_MAX_BYTES });
  },

  'handover.upload.chunk': (request, { handover }) => {
    if (handover.transfers.inUse(request.uploadId)) return busy();
    const appended = handover.transfers.uploads.append(request.uploadId, request.index, Buffer.from(request.contentBase64, 'base64'));
    return appended.ok ? ok({ received: appended.value.received }) : transferFailure(appended.problem);
  },

  'handover.upload.abort': (request, { handover }) => {
    if (handover.transfers.inUse(request.uploadId)) return busy();
    return handover.transfers.uploads.end(request.uploadId) ? ok({ uploadId: request.uploadId }) : transferFailure({ problem: 'expired' });
  },

  'handover.inspect': (request, context) =>
    withUpload(request.uploadId, context, (path) => context.handover.inspect(path), () => true),

  'handover.import': (request, context) => {
    const { attachments, backups } = context;
    return withUpload(
      request.uploadId,
      context,
      (path) =>
        context.handover.import(path, {
          onExisting: request.onExisting,
          backupBeforeReplace: () => ({ name: backups.createBeforeImport().name }),
          attachmentFiles: attachmentFilesOf(attachments.files),
        }),
      // The user is asked what to do with the applicant here, then imports the same package again.
      (outcome) => outcome.outcome === 'exists',
    );
  },
};
