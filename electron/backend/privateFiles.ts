// The data folder holds an applicant's identity documents: it is the user's alone. Folders are 0700 and
// files 0600 on macOS and Linux (Windows gives a profile's AppData to its user already, and has no modes).
// The entry points set the umask to 077, so that everything created afterwards, by Node or by SQLite, is
// private from its first byte; at every open the folder is walked once to correct what an older TitlePrep
// (or a copy from elsewhere) left readable. Links are never followed: they are not the app's to change.
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_UMASK = 0o077;
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Whether this system has POSIX modes to set (not Windows). */
export const hasPosixModes = (platform: NodeJS.Platform = process.platform) => platform !== 'win32';

/** Called first thing by the desktop app's main process and the browser-mode server. */
export function restrictToUser(platform: NodeJS.Platform = process.platform): void {
  if (hasPosixModes(platform)) process.umask(PRIVATE_UMASK);
}

/** The mode an entry of the data folder must have; null for what is left alone (links, sockets). */
export function privateModeFor(kind: 'folder' | 'file' | 'other'): number | null {
  if (kind === 'folder') return PRIVATE_FOLDER_MODE;
  if (kind === 'file') return PRIVATE_FILE_MODE;
  return null;
}

function correct(path: string): void {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return; // removed meanwhile
  }
  const mode = privateModeFor(stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other');
  if (mode === null) return;
  if ((stats.mode & 0o777) !== mode) chmodSync(path, mode);
  if (stats.isDirectory()) for (const name of readdirSync(path)) correct(join(path, name));
}

/** Creates the data folder for the user alone and makes everything already in it the user's alone. */
export function securePrivateFolder(dataDirectory: string, platform: NodeJS.Platform = process.platform): void {
  mkdirSync(dataDirectory, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (hasPosixModes(platform)) correct(dataDirectory);
}
