// The renderer is served from a privileged scheme of the app's own, `titleprep://app/…`, as VS Code serves
// `vscode-file://`, instead of file://: the CSP's 'self' then means the app's own files and nothing else on
// the disk, and file:// needs no extra privileges (the GrantFileProtocolExtraPrivileges fuse is off). The
// handler serves files under out/renderer only; any other path, an encoded separator, `..` in any spelling
// or a file that is not there is a 404.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { parseUrl } from './trusted-url';

export const APP_SCHEME = 'titleprep';
export const APP_HOST = 'app';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Standard (relative URLs, an origin), secure (like https), fetch and module scripts, V8's code cache. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } as const;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};

/** Whether `value` is a URL of the app's scheme and host (any path: the handler judges the path). */
export function isAppSchemeUrl(value: unknown): boolean {
  const url = parseUrl(value);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '' && url.port === '';
}

/** The file under `rendererDirectory` an app URL names; null for anything else. */
export function appFileFor(value: unknown, rendererDirectory: string): string | null {
  if (!isAppSchemeUrl(value)) return null;
  const url = parseUrl(value)!;
  // Encoded slashes, backslashes and NUL never name a file of the app.
  if (/%2f|%5c|%00/i.test(url.pathname) || url.pathname.includes('\\')) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const root = resolve(rendererDirectory);
  const file = resolve(root, `.${path}`);
  const rest = relative(root, file);
  if (rest === '' || rest === '..' || rest.startsWith(`..${sep}`) || isAbsolute(rest)) return null;
  return file;
}

export const mimeTypeOf = (file: string) => MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The response for one request of the app's scheme. */
export async function appSchemeResponse(requestUrl: string, rendererDirectory: string): Promise<Response> {
  const file = appFileFor(requestUrl, rendererDirectory);
  if (file === null) return new Response('Not found', { status: 404 });
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return new Response('Not found', { status: 404 });
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { 'content-type': mimeTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
  });
}

/** What the app uses of Electron's `protocol`. */
export interface AppProtocol {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: typeof APP_SCHEME_PRIVILEGES }[]): void;
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void;
}

/** Before the app is ready: the scheme's privileges. */
export function registerAppScheme(protocol: AppProtocol): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** Once ready: the handler serving out/renderer. */
export function serveAppScheme(protocol: AppProtocol, rendererDirectory: string): void {
  protocol.handle(APP_SCHEME, (request) => appSchemeResponse(request.url, rendererDirectory));
}
