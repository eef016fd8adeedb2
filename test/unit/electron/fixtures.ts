// A built app's layout as the checks see it, and the hostile URLs every check must refuse.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const rendererDirectory = resolve('/opt/titleprep/out/renderer');
export const indexHtml = join(rendererDirectory, 'index.html');
export const indexUrl = pathToFileURL(indexHtml).href;
export const assetUrl = pathToFileURL(join(rendererDirectory, 'assets', 'index-abc.js')).href;

/** URLs that are never the app's own page or files. */
export const HOSTILE_URLS = [
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'blob:file:///0a1b2c3d',
  '\\\\server\\share\\index.html',
  'file://server/share/index.html',
  'file:////server/share/index.html',
  'http://127.0.0.1/',
  'http://127.0.0.1:5173/index.html',
  'http://localhost/index.html',
  'https://example.com/',
  'ws://127.0.0.1:9229/',
  'ftp://example.com/x',
  'about:blank',
  'chrome://settings',
  `${pathToFileURL(rendererDirectory).href}/../../../etc/passwd`,
  `${pathToFileURL(rendererDirectory).href}/%2e%2e/%2e%2e/%2e%2e/etc/passwd`,
  `${pathToFileURL(rendererDirectory).href}/..%2f..%2f..%2fetc%2fpasswd`,
  `${pathToFileURL(rendererDirectory).href}-evil/index.html`,
  `${pathToFileURL(rendererDirectory).href}/index.html%00.png`,
  '',
  ' ',
  'index.html',
  '/opt/titleprep/out/renderer/index.html',
  `file:///${'a/'.repeat(5000)}index.html`,
] as const;

/** Values that are not URLs at all. */
export const NOT_STRINGS: unknown[] = [undefined, null, 42, true, {}, [], { href: indexUrl }, new URL(indexUrl), Symbol('x'), () => indexUrl];
