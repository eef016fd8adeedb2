// Which URLs belong to the app: files under out/renderer, and the one index.html. Every navigation and
// request check goes through here, so a hostile URL (UNC host, `..`, `%2e%2e`, NUL) is judged in one place.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Longer URLs are refused outright: nothing the app loads has one, and parsing them costs time. */
const MAX_URL_LENGTH = 8_192;

export function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** A local file URL's path, or null for any other URL, a file URL with a host (UNC share) or an odd path. */
export function localFilePath(value: unknown): string | null {
  const url = parseUrl(value);
  if (url === null || url.protocol !== 'file:' || url.host !== '') return null;
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch {
    return null; // encoded separators, or a host the platform refuses
  }
  if (path.includes('\0') || path.startsWith('\\\\') || path.startsWith('//')) return null; // UNC
  return path;
}

/** True when `value` is a file URL of a file inside `directory` (the directory itself excluded). */
export function isFileUrlInside(value: unknown, directory: string): boolean {
  const path = localFilePath(value);
  if (path === null) return false;
  const rest = relative(resolve(directory), resolve(path));
  return rest !== '' && rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
}

/**
 * True when `value` is the app's index.html, whatever the hash (the renderer routes with the hash): the
 * app scheme's (titleprep://app/index.html), or a file URL's when the index is one (a build loaded from disk).
 */
export function isAppIndexUrl(value: unknown, indexUrl: string): boolean {
  const url = parseUrl(value);
  const index = parseUrl(indexUrl);
  if (url === null || index === null) return false;
  if (index.protocol === 'file:' && localFilePath(url.href) === null) return false;
  return url.protocol === index.protocol && url.host === index.host && url.pathname === index.pathname && url.search === '' && url.username === '' && url.port === '';
}
