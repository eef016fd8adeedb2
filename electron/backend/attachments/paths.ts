// Where attachment files live: <data>/attachments/<first 2 hex digits>/<sha256>. Every name is derived
// from the hash alone, never from the user's file name, and every path is checked to resolve inside the
// attachments folder before it is used, so a forged hash or id cannot reach another file.
import { join, resolve } from 'node:path';
import { SHA256_HEX } from '../../../shared/materials/transfer';
import { isInsideFolder } from '../dataFolder';

export const ATTACHMENTS_FOLDER = 'attachments';
/** Uploads being received; emptied of stale files at start. */
export const UPLOADS_FOLDER = 'tmp';
/** Copies handed to the system viewer (with an extension it understands); emptied at start. */
export const OPEN_FOLDER = 'open';

export class UnsafePathError extends Error {
  constructor(what: string) {
    super(`Refused: ${what} would lie outside the attachments folder`);
    this.name = 'UnsafePathError';
  }
}

export function attachmentsRoot(dataDirectory: string): string {
  return resolve(dataDirectory, ATTACHMENTS_FOLDER);
}

/**
 * True when `candidate` lies strictly below `root` (after resolving `..`; never `root` itself): the data
 * folder's one boundary check, under the name the attachment code has always used.
 */
export const isInside = (root: string, candidate: string): boolean => isInsideFolder(root, candidate);

function checked(root: string, path: string, what: string): string {
  if (!isInside(root, path)) throw new UnsafePathError(what);
  return path;
}

export function isSha256(value: string): boolean {
  return SHA256_HEX.test(value);
}

/** The stored file of a hash; throws UnsafePathError for anything that is not 64 lower-case hex digits. */
export function storedFilePath(root: string, sha256: string): string {
  if (!isSha256(sha256)) throw new UnsafePathError(`the file name ${JSON.stringify(sha256.slice(0, 80))}`);
  return checked(root, join(root, sha256.slice(0, 2), sha256), 'a stored file');
}

/** The temporary file of an upload, named by its id (a UUID the backend made). */
export function uploadFilePath(root: string, uploadId: string): string {
  if (!/^[0-9a-f-]{36}$/.test(uploadId)) throw new UnsafePathError('an upload');
  return checked(root, join(root, UPLOADS_FOLDER, `${uploadId}.part`), 'an upload');
}

/** A copy for the system viewer, named by the hash with the extension of its kind. */
export function openCopyPath(root: string, sha256: string, extension: string): string {
  if (!isSha256(sha256) || !/^[a-z]{3,4}$/.test(extension)) throw new UnsafePathError('a copy to open');
  return checked(root, join(root, OPEN_FOLDER, `${sha256}.${extension}`), 'a copy to open');
}
