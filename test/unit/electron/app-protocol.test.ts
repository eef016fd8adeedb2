// The renderer's own scheme, titleprep://app/: it serves the files of out/renderer with the CSP header and
// nothing else on the disk, whatever the URL tries; only its index is the app's page; its requests pass
// the session's filter; and the packaged fuse that gave file:// extra privileges can stay off.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, appFileFor, appSchemeResponse, isAppSchemeUrl } from '../../../electron/main/app-protocol';
import { requestAllowed } from '../../../electron/main/security';
import { isAppIndexUrl } from '../../../electron/main/trusted-url';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { makeTempDir } from '../../support/tempDir';
import { HOSTILE_URLS } from './fixtures';

let dir: ReturnType<typeof makeTempDir>;
let renderer: string;

beforeAll(() => {
  dir = makeTempDir();
  renderer = join(dir.path, 'out', 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>TitlePrep</title>');
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(dir.path, 'out', 'secret.txt'), 'not the renderer’s');
});

afterAll(() => dir.remove());

const TRAVERSALS = [
  'titleprep://app/../secret.txt',
  'titleprep://app/%2e%2e/secret.txt',
  'titleprep://app/..%2fsecret.txt',
  'titleprep://app/assets/..%5c..%5csecret.txt',
  'titleprep://app/%00index.html',
  'titleprep://app/',
  'titleprep://other/index.html',
  'titleprep://user@app/index.html',
  'titleprep://app:8080/index.html',
  'file:///etc/passwd',
];

describe('the app scheme', () => {
  it('serves index.html and the assets of out/renderer, typed, with the CSP header', async () => {
    const page = await appSchemeResponse(APP_INDEX_URL, renderer);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('TitlePrep');
    const script = await appSchemeResponse('titleprep://app/assets/index-abc.js', renderer);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each(TRAVERSALS)('serves nothing outside out/renderer: %s', async (url) => {
    const response = await appSchemeResponse(url, renderer);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('renderer’s');
  });

  it('answers 404 for a file that is not there', async () => {
    expect((await appSchemeResponse('titleprep://app/assets/missing.js', renderer)).status).toBe(404);
  });

  it('judges paths inside the folder only', () => {
    expect(appFileFor('titleprep://app/assets/index-abc.js', renderer)).toBe(join(renderer, 'assets', 'index-abc.js'));
    for (const url of [...TRAVERSALS, ...HOSTILE_URLS]) {
      const file = appFileFor(url, renderer);
      if (file !== null) expect(file.startsWith(renderer)).toBe(true);
    }
    expect(isAppSchemeUrl('titleprep://app/x')).toBe(true);
    expect(isAppSchemeUrl('titleprep://evil/x')).toBe(false);
  });

  it('is the app\'s page at its index, whatever the hash, and nowhere else', () => {
    expect(isAppIndexUrl(`${APP_INDEX_URL}#/profile`, APP_INDEX_URL)).toBe(true);
    expect(isAppIndexUrl(`${APP_INDEX_URL}?x=1`, APP_INDEX_URL)).toBe(false);
    expect(isAppIndexUrl('titleprep://app/assets/index-abc.js', APP_INDEX_URL)).toBe(false);
    expect(isAppIndexUrl('titleprep://evil/index.html', APP_INDEX_URL)).toBe(false);
    for (const url of HOSTILE_URLS) expect(isAppIndexUrl(url, APP_INDEX_URL)).toBe(false);
  });

  it('lets the session pass its requests, and no other host of the scheme', () => {
    expect(requestAllowed({ url: 'titleprep://app/assets/index-abc.js', resourceType: 'script' }, renderer)).toBe(true);
    expect(requestAllowed({ url: APP_INDEX_URL, resourceType: 'mainFrame' }, renderer)).toBe(true);
    expect(requestAllowed({ url: 'titleprep://evil/index.html', resourceType: 'mainFrame' }, renderer)).toBe(false);
  });
});
