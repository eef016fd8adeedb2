// Handlers of the attachment channels: the chunked upload (begin, chunk, finish, abort) and what is done
// with a stored file (list, read back, open, delete with undo, file under another item, limits). Refusals
// the user must read are `validation` errors whose issue key is a sentence of shared/i18n/materials.ts.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Channel } from '../../../shared/contract/channels';
import type { Attachment } from '../../../shared/contract/materialsChannels';
import { type Result, fail, ok } from '../../../shared/contract/result';
import { EXTENSION_OF, MIME_OF, downloadName, kindClaimedByName, kindOfMime } from '../../../shared/materials/attachmentTypes';
import { checkSize } from '../../../shared/materials/limits';
import { CHUNK_BYTES, DELETED_RETENTION_MS } from '../../../shared/materials/transfer';
import { programmeById } from '../form/load';
import type { HandlerContext, Handlers } from '../handlerContext';
import { limitsForApplicant, limitsReply } from './limitsFor';
import { storedFilePath } from './paths';
import type { AttachmentRow } from './repository';
import { type UploadRefusal, megabytes, refusalKey } from './uploads';

type AttachmentChannel = Extract<Channel, `attachments.${string}`>;

const KIND_NAMES = { pdf: 'PDF', jpeg: 'JPEG', png: 'PNG' } as const;

const noApplicant = (id: string) => fail('not-found', `No applicant with id ${id}`);
const noAttachment = (id: string) => fail('not-found', `No attachment with id ${id}`, [{ path: ['attachmentId'], key: 'materials.attachment.notFound' }]);

/** A refusal the user reads; `not-found` when the upload is gone, `validation` otherwise. */
function refused(refusal: UploadRefusal, path: (string | number)[] = []): Result<never> {
  const code = refusal.key === 'materials.upload.expired' ? 'not-found' : 'validation';
  const issue = refusal.params ? { path, key: refusal.key, params: refusal.params } : { path, key: refusal.key };
  return fail(code, `Upload refused: ${refusal.key}`, [issue]);
}

/**
 * A stored scan is checked again (once a session, by its hash) before it is shown or opened: one stored
 * before the checks existed, or received in a package, may be built to exhaust the viewer. One that fails
 * is set aside: kept on disk, never sent to a viewer, and the user is told why.
 */
async function scanSetAside(row: AttachmentRow, context: HandlerContext): Promise<Result<never> | null> {
  const verdict = await context.untrusted.checkScan({ path: storedFilePath(context.attachments.files.root, row.sha256) }, row.sha256);
  if (verdict.ok) return null;
  return fail('validation', `The stored scan failed the check: ${verdict.detail}`, [{ path: ['attachmentId'], key: 'materials.scan.setAside', params: { fileName: row.originalName } }]);
}

function toAttachment(row: AttachmentRow, { attachments }: Pick<HandlerContext, 'attachments'>): Attachment {
  return {
    id: row.id,
    applicantId: row.applicantId,
    materialItemId: row.materialItemId,
    sha256: row.sha256,
    originalName: row.originalName,
    mime: row.mime,
    bytes: row.bytes,
    pages: row.pages,
    addedAt: row.addedAt,
    missing: attachments.files.status(row.sha256, row.bytes) === 'missing',
  };
}

const missingFile = (row: AttachmentRow) =>
  fail('not-found', `The file of attachment ${row.id} is not in the data folder`, [
    { path: ['attachmentId'], key: 'materials.attachment.missing', params: { fileName: row.originalName } },
  ]);

/** The attachment, not deleted; null otherwise. */
function liveRow(id: string, { attachmentRows }: Pick<HandlerContext, 'attachmentRows'>): AttachmentRow | null {
  const row = attachmentRows.get(id);
  return row && row.deletedAt === null ? row : null;
}

/** Whether `itemId` is on one of the applicant's checklists. */
function itemOfApplicant(itemId: string, applicantId: string, { materials }: Pick<HandlerContext, 'materials'>): boolean {
  return materials.itemOwner(itemId)?.applicantId === applicantId;
}

const noSuchItem = () => fail('validation', 'No such checklist item for this applicant', [{ path: ['materialItemId'], key: 'materials.upload.noSuchItem' }]);

export const attachmentHandlers: Pick<Handlers, AttachmentChannel> = {
  'attachments.list': (request, context) => {
    if (!context.applicants.exists(request.applicantId)) return noApplicant(request.applicantId);
    const { programmeId } = limitsForApplicant(request.applicantId, context);
    return ok({
      attachments: context.attachmentRows.list(request.applicantId).map((row) => toAttachment(row, context)),
      limits: programmeId === null ? null : limitsReply(programmeId, context),
    });
  },

  'attachments.begin': (request, context) => {
    if (!context.applicants.exists(request.applicantId)) return noApplicant(request.applicantId);
    if (request.materialItemId !== null && !itemOfApplicant(request.materialItemId, request.applicantId, context)) return noSuchItem();
    if (request.replaces !== undefined) {
      const replaced = liveRow(request.replaces, context);
      if (!replaced || replaced.applicantId !== request.applicantId) return noAttachment(request.replaces);
    }
    const { limits } = limitsForApplicant(request.applicantId, context);
    // The declared size decides before a byte is read: a 2 GB file is refused here, whole.
    const size = checkSize(request.bytes, limits);
    if (!size.ok) {
      return size.reason === 'empty'
        ? refused({ key: 'materials.upload.refused.empty', params: { fileName: request.fileName }, ended: true }, ['bytes'])
        : refused({ key: 'materials.upload.tooLarge', params: { fileName: request.fileName, maxMb: megabytes(limits.maxBytes) }, ended: true }, ['bytes']);
    }
    const started = context.attachments.uploads.begin({
      applicantId: request.applicantId,
      materialItemId: request.materialItemId,
      replaces: request.replaces ?? null,
      fileName: request.fileName,
      declared: request.bytes,
      limits,
    });
    if (!started.ok) return refused(started.refusal);
    return ok({ uploadId: started.value.uploadId, chunkBytes: CHUNK_BYTES, maxBytes: limits.maxBytes });
  },

  'attachments.chunk': (request, { attachments }) => {
    const result = attachments.uploads.chunk(request.uploadId, request.index, Buffer.from(request.contentBase64, 'base64'));
    return result.ok ? ok(result.value) : refused(result.refusal, ['contentBase64']);
  },

  'attachments.finish': async (request, context) => {
    const { attachments, attachmentRows } = context;
    const pending = attachments.uploads.peek(request.uploadId);
    if (!pending) return refused({ key: 'materials.upload.expired', ended: true });
    const completed = attachments.uploads.complete(request.uploadId, limitsForApplicant(pending.applicantId, context).limits);
    if (!completed.ok) return refused(completed.refusal);
    const upload = completed.value;
    try {
      if (request.sha256 !== undefined && request.sha256 !== upload.sha256) {
        return refused({ key: 'materials.upload.hashMismatch', params: { fileName: upload.fileName }, ended: true });
      }
      // The applicant may have gone to the bin, or the item been removed, while the file was on its way.
      if (!context.applicants.exists(upload.applicantId)) return noApplicant(upload.applicantId);
      const itemId = upload.materialItemId !== null && itemOfApplicant(upload.materialItemId, upload.applicantId, context) ? upload.materialItemId : null;
      // The whole file is read (PDF streams decoded within a bound, an image's declared size) in the parser
      // process; a file that fails or exhausts it is refused before anything is stored.
      const scan = await context.untrusted.checkScan({ path: upload.tempPath }, upload.sha256);
      if (!scan.ok) return refused({ key: refusalKey(scan.reason), params: { fileName: upload.fileName }, ended: true });
      const pages = scan.pages;

      attachments.files.storeUpload(upload.tempPath, upload.sha256, upload.bytes);
      const claimed = kindClaimedByName(upload.fileName);
      const notice = claimed === upload.kind ? null : { key: 'materials.upload.typeFromBytes', params: { fileName: upload.fileName, type: KIND_NAMES[upload.kind] } };
      const duplicate = attachmentRows.findDuplicate(upload.applicantId, itemId, upload.sha256);
      if (duplicate) {
        if (upload.replaces !== null && upload.replaces !== duplicate.id) attachmentRows.softDelete(upload.replaces, context.now());
        return ok({ attachment: toAttachment(duplicate, context), duplicate: true, notice });
      }
      const row = {
        id: randomUUID(),
        applicantId: upload.applicantId,
        materialItemId: itemId,
        sha256: upload.sha256,
        originalName: upload.fileName,
        mime: MIME_OF[upload.kind],
        bytes: upload.bytes,
        pages,
        addedAt: context.now(),
      };
      attachmentRows.insertReplacing(row, upload.replaces, context.now());
      return ok({ attachment: toAttachment({ ...row, deletedAt: null }, context), duplicate: false, notice });
    } finally {
      // Stored or refused, the temporary file is not needed any more (storeUpload has moved it if it went in).
      rmSync(upload.tempPath, { force: true });
    }
  },

  'attachments.abort': (request, { attachments }) => {
    attachments.uploads.abort(request.uploadId);
    return ok({ uploadId: request.uploadId });
  },

  'attachments.get': async (request, context) => {
    const row = liveRow(request.attachmentId, context);
    if (!row) return noAttachment(request.attachmentId);
    if (request.offset > row.bytes) return fail('validation', 'Offset past the end', [{ path: ['offset'], key: 'field.invalid' }]);
    if (context.attachments.files.status(row.sha256, row.bytes) === 'missing') return missingFile(row);
    const setAside = await scanSetAside(row, context);
    if (setAside) return setAside;
    const bytes = context.attachments.files.readRange(row.sha256, request.offset, Math.min(CHUNK_BYTES, row.bytes - request.offset));
    if (bytes === null) return missingFile(row);
    const kind = kindOfMime(row.mime) ?? 'pdf';
    return ok({
      contentBase64: bytes.toString('base64'),
      offset: request.offset,
      total: row.bytes,
      done: request.offset + bytes.length >= row.bytes,
      mime: row.mime,
      downloadName: downloadName(row.originalName, kind),
    });
  },

  'attachments.open': async (request, context) => {
    const { attachments } = context;
    const row = liveRow(request.attachmentId, context);
    if (!row) return noAttachment(request.attachmentId);
    if (attachments.openFile === null) {
      return fail('validation', 'Opening in the system viewer needs the desktop app', [{ path: [], key: 'materials.open.unavailable' }]);
    }
    if (attachments.files.status(row.sha256, row.bytes) === 'missing') return missingFile(row);
    const setAside = await scanSetAside(row, context);
    if (setAside) return setAside;
    const path = attachments.files.copyForViewer(row.sha256, EXTENSION_OF[kindOfMime(row.mime) ?? 'pdf'], row.bytes);
    const problem = await attachments.openFile(path);
    if (problem !== '') return fail('internal', `The system viewer could not open the file: ${problem}`);
    return ok({ attachmentId: row.id });
  },

  'attachments.delete': (request, context) => {
    const row = liveRow(request.attachmentId, context);
    if (!row) return noAttachment(request.attachmentId);
    const now = context.now();
    context.attachmentRows.softDelete(row.id, now);
    return ok({ attachmentId: row.id, restorableUntil: new Date(Date.parse(now) + DELETED_RETENTION_MS).toISOString() });
  },

  'attachments.restore': (request, context) => {
    const row = context.attachmentRows.get(request.attachmentId);
    if (!row) return noAttachment(request.attachmentId);
    if (!context.applicants.exists(row.applicantId)) return noApplicant(row.applicantId);
    context.attachmentRows.restore(row.id);
    return ok(toAttachment({ ...row, deletedAt: null }, context));
  },

  'attachments.assign': (request, context) => {
    const row = liveRow(request.attachmentId, context);
    if (!row) return noAttachment(request.attachmentId);
    if (request.materialItemId !== null && !itemOfApplicant(request.materialItemId, row.applicantId, context)) return noSuchItem();
    context.attachmentRows.assign(row.id, request.materialItemId);
    return ok(toAttachment({ ...row, materialItemId: request.materialItemId }, context));
  },

  'attachments.limits.get': (request, context) => {
    if (!programmeById(request.programmeId, context)) return fail('not-found', `No programme with id ${request.programmeId}`);
    return ok(limitsReply(request.programmeId, context));
  },

  'attachments.limits.save': (request, context) => {
    if (!programmeById(request.programmeId, context)) return fail('not-found', `No programme with id ${request.programmeId}`);
    context.attachmentRows.saveLimits(request.programmeId, request.limits, context.now());
    return ok(limitsReply(request.programmeId, context));
  },
};
