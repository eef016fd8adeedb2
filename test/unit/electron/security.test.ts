// The renderer's cage: its web preferences, the CSP header, which requests may leave the page, permissions.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  permissionGranted,
  requestAllowed,
  windowWebPreferences,
  debuggingSwitch,
  withContentSecurityPolicy,
} from '../../../electron/main/security';
import { HOSTILE_URLS, assetUrl, indexUrl, rendererDirectory } from './fixtures';

describe('the window web preferences', () => {
  const preferences = windowWebPreferences('/opt/titleprep/out/preload/index.cjs');

  it('isolate the context, sandbox the renderer and give it no Node', () => {
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('keep web security on, refuse insecure content, webviews and experimental features', () => {
    expect(preferences).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, experimentalFeatures: false });
  });

  it('turn DevTools off in a packaged app, and leave them to development', () => {
    expect(preferences.devTools).toBe(false);
    expect(windowWebPreferences('/p.cjs', false).devTools).toBe(true);
  });

  it('a packaged app finds the debugging switches, in any spelling, and nothing else', () => {
    expect(debuggingSwitch(['titleprep', '--remote-debugging-port=9222'])).toBe('--remote-debugging-port');
    expect(debuggingSwitch(['titleprep', '--inspect'])).toBe('--inspect');
    expect(debuggingSwitch(['titleprep', '--INSPECT-BRK=0.0.0.0:9229'])).toBe('--inspect-brk');
    expect(debuggingSwitch(['titleprep', '--remote-debugging-pipe'])).toBe('--remote-debugging-pipe');
    expect(debuggingSwitch(['titleprep', '--data=/tmp/inspect', '.'])).toBeNull();
  });

  it('turn off the spellchecker, which would download dictionaries', () => {
    expect(preferences.spellcheck).toBe(false);
  });

  it('load the CommonJS preload', () => {
    expect(preferences.preload).toBe('/opt/titleprep/out/preload/index.cjs');
  });
});

describe('requests', () => {
  it('may load the app’s own files', () => {
    expect(requestAllowed({ url: indexUrl, resourceType: 'mainFrame' }, rendererDirectory)).toBe(true);
    expect(requestAllowed({ url: assetUrl, resourceType: 'script' }, rendererDirectory)).toBe(true);
  });

  it('may use DevTools', () => {
    expect(requestAllowed({ url: 'devtools://devtools/bundled/devtools_app.html', resourceType: 'mainFrame' }, rendererDirectory)).toBe(true);
  });

  it('may show data: and blob: images inside the page, but never load them as a document', () => {
    expect(requestAllowed({ url: 'data:image/png;base64,iVBORw0KGgo=', resourceType: 'image' }, rendererDirectory)).toBe(true);
    expect(requestAllowed({ url: 'blob:file:///1234', resourceType: 'image' }, rendererDirectory)).toBe(true);
    expect(requestAllowed({ url: 'data:text/html,<script>alert(1)</script>', resourceType: 'mainFrame' }, rendererDirectory)).toBe(false);
    expect(requestAllowed({ url: 'data:text/html,x', resourceType: 'subFrame' }, rendererDirectory)).toBe(false);
  });

  it.each(HOSTILE_URLS.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:')))('never go to %s', (url) => {
    for (const resourceType of ['mainFrame', 'subFrame', 'script', 'xhr', 'image', 'webSocket', 'other', undefined]) {
      expect(requestAllowed({ url, resourceType }, rendererDirectory)).toBe(false);
    }
  });

  it('never reach the network, even loopback', () => {
    for (const url of ['http://127.0.0.1:8080/api/settings.get', 'https://127.0.0.1/', 'http://[::1]/', 'wss://example.com/']) {
      expect(requestAllowed({ url, resourceType: 'xhr' }, rendererDirectory)).toBe(false);
    }
  });
});

describe('the Content-Security-Policy header', () => {
  it('is the app’s one policy: nothing inline, nothing remote, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('is added to a response that had none', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withContentSecurityPolicy({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('replaces a looser policy the response carried, whatever its spelling', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["default-src *; script-src 'unsafe-inline'"],
      'CONTENT-SECURITY-POLICY-REPORT-ONLY': ['default-src *'],
    });
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  const html = resolve(import.meta.dirname, '../../../renderer/index.html');
  it.skipIf(!existsSync(html))('agrees with the meta policy of renderer/index.html (frame-ancestors works only as a header)', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(html, 'utf8'))?.[1];
    const directives = (policy: string) => new Set(policy.split(';').map((part) => part.trim()).filter((part) => part !== '' && !part.startsWith('frame-ancestors')));
    expect(meta).toBeDefined();
    expect(directives(meta ?? '')).toEqual(directives(CONTENT_SECURITY_POLICY));
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'serial', 'hid', 'usb', 'unknown', '', 42, 'Clipboard-Sanitized-Write', 'clipboard-sanitized-write '])(
    'are refused: %s',
    (permission) => {
      expect(permissionGranted(permission)).toBe(false);
    },
  );

  it('grant only writing text to the clipboard, for the form page\'s copy buttons', () => {
    expect(permissionGranted('clipboard-sanitized-write')).toBe(true);
    expect(permissionGranted({ permission: 'clipboard-sanitized-write' })).toBe(false);
  });

  it('refuse even a request that claims to come from the app page', () => {
    expect(permissionGranted({ permission: 'media', requestingUrl: pathToFileURL(join(rendererDirectory, 'index.html')).href })).toBe(false);
  });
});
