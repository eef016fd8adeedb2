// Pure decisions of the browser-mode server, kept apart from the socket code so that each is unit-tested
// against hostile input: which Host is ours, whether a token matches, which static file a path means.
import { timingSafeEqual } from 'node:crypto';
import { normalize, resolve, sep } from 'node:path';

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** DNS-rebinding defence: only a loopback name with our own port may address the server. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return LOOPBACK_HOSTS.some((name) => host.toLowerCase() === `${name}:${port}`);
}

/** A cross-site page must not drive the API even if it guessed the port: Origin, when sent, must be ours. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return LOOPBACK_HOSTS.some((name) => origin.toLowerCase() === `http://${name}:${port}`);
}

export function hasValidToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The channel named by `/api/<channel>`, or null for any other path. */
export function apiChannel(pathname: string): string | null {
  const match = /^\/api\/([A-Za-z0-9._-]{1,100})$/.exec(pathname);
  return match?.[1] ?? null;
}

/**
 * The file under `root` that a URL path names, or null when the path is malformed or would leave the
 * folder (`..`, encoded slashes, NUL, backslashes). `/` is index.html.
 */
export function staticFilePath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return null;
  const relative = decoded === '/' ? 'index.html' : normalize(decoded.slice(1));
  if (relative.startsWith('..') || relative.split(sep).includes('..')) return null;
  const base = resolve(root);
  const full = resolve(base, relative);
  return full.startsWith(base + sep) ? full : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // pdf.js's worker (the PDF scan preview) is an ES module file.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

export function contentType(file: string): string {
  const dot = file.lastIndexOf('.');
  return CONTENT_TYPES[dot >= 0 ? file.slice(dot).toLowerCase() : ''] ?? 'application/octet-stream';
}
