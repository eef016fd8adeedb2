// The data folder's boundary: a path the backend reads or writes from a name it did not make up itself (a
// backup's file name, an attachment's hash, a path inside an imported package) must lie inside the data
// folder. One pure check, judged with Windows' rules or POSIX rules (injected, so both are tested on any
// machine): `..` in any spelling, another drive, a UNC share, a device path, an NTFS stream, a device name.
//
// Symbolic links and junctions are out of scope here: this is a check of the path's text. Code that follows
// a path which may be a link (attachments) also compares realpathSync of both sides.
import nodePath from 'node:path';

export type PathRules = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

export class OutsideDataFolderError extends Error {
  constructor(candidate: string) {
    super(`Refused: ${JSON.stringify(candidate.slice(0, 200))} would lie outside the data folder`);
    this.name = 'OutsideDataFolderError';
  }
}

/** \\?\C:\… and \\.\COM1 skip Windows' path normalisation altogether: never data files. */
const WINDOWS_DEVICE_NAMESPACE = /^[\\/]{2}[?.][\\/]/;
/** CON, NUL, COM1… open a device whatever the folder or extension (`nul.txt` too). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\.[^\\/]*)?$/i;

/** Names Windows would read as something other than a file in the folder. */
function windowsRefuses(candidate: string): boolean {
  if (WINDOWS_DEVICE_NAMESPACE.test(candidate)) return true;
  // A colon after the drive letter names an alternate data stream (`summary.docx:hidden`).
  if (candidate.replace(/^[A-Za-z]:/, '').includes(':')) return true;
  return candidate.split(/[\\/]/).some((part) => {
    if (part === '.' || part === '..') return false;
    // Windows drops trailing dots and spaces: `.. .` is `..`, and `name.` another spelling of `name`.
    return WINDOWS_DEVICE_NAME.test(part.trimEnd()) || /[. ]$/.test(part);
  });
}

/**
 * True when `candidate` (absolute, or relative to `folder`) names something strictly inside `folder`:
 * not the folder itself, not a sibling whose name starts the same, not anything `..` climbs to.
 */
export function isInsideFolder(folder: unknown, candidate: unknown, rules: PathRules = nodePath): boolean {
  if (typeof folder !== 'string' || typeof candidate !== 'string') return false;
  if (folder === '' || candidate === '' || folder.includes('\0') || candidate.includes('\0')) return false;
  const windows = rules.sep === '\\';
  if (windows && windowsRefuses(candidate)) return false;
  const base = rules.resolve(folder);
  const rest = rules.relative(base, rules.resolve(base, candidate));
  // An absolute remainder is another drive or share (Windows: relative() compares without case, as NTFS does).
  if (rest === '' || rules.isAbsolute(rest)) return false;
  const first = rest.split(windows ? /[\\/]/ : '/')[0];
  return first !== '..';
}

/** The path of `name` inside the data folder; throws OutsideDataFolderError when it would lie elsewhere. */
export function pathInDataFolder(dataDirectory: string, name: string, rules: PathRules = nodePath): string {
  if (!isInsideFolder(dataDirectory, name, rules)) throw new OutsideDataFolderError(name);
  return rules.resolve(dataDirectory, name);
}
