// A guarded session cancels foreign requests, stamps the CSP on responses and refuses every permission.
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';
import { guardSession } from '../../../electron/main/session-policy';
import { StubSession } from '../../stubs/electron';
import { assetUrl, indexUrl, rendererDirectory } from './fixtures';

function guarded() {
  const session = new StubSession();
  const report = vi.fn();
  guardSession(session, rendererDirectory, report);
  return { session, report };
}

function decide(session: StubSession, url: string, resourceType = 'xhr'): boolean {
  let cancelled: boolean | undefined;
  session.beforeRequest?.({ url, resourceType }, (response) => {
    cancelled = response.cancel;
  });
  if (cancelled === undefined) throw new Error('the request listener did not answer');
  return cancelled;
}

describe('a guarded session', () => {
  it('lets the app’s own files through', () => {
    const { session, report } = guarded();
    expect(decide(session, indexUrl, 'mainFrame')).toBe(false);
    expect(decide(session, assetUrl, 'script')).toBe(false);
    expect(report).not.toHaveBeenCalled();
  });

  it('cancels every other request, loopback included, and says so', () => {
    const { session, report } = guarded();
    for (const url of ['http://127.0.0.1:3000/api/app.info', 'https://fonts.googleapis.com/css', 'file:///etc/passwd', 'file://server/share/x', 'ws://localhost:9229']) {
      expect(decide(session, url)).toBe(true);
    }
    expect(report).toHaveBeenCalledTimes(5);
  });

  it('adds the CSP header to every response, replacing a looser one', () => {
    const { session } = guarded();
    let headers: Record<string, string[]> | undefined;
    session.headersReceived?.({ responseHeaders: { 'content-security-policy': ['default-src *'] } }, (response) => {
      headers = response.responseHeaders;
    });
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('refuses every permission request and check', () => {
    const { session } = guarded();
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequest?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheck?.({}, permission)).toBe(false);
    }
    expect(session.devicePermission?.()).toBe(false);
  });

  it('grants writing text to the clipboard, and nothing else of the clipboard', () => {
    const { session } = guarded();
    const callback = vi.fn();
    session.permissionRequest?.({}, 'clipboard-sanitized-write', callback);
    expect(callback).toHaveBeenCalledWith(true);
    expect(session.permissionCheck?.({}, 'clipboard-sanitized-write')).toBe(true);
    expect(session.permissionCheck?.({}, 'clipboard-read')).toBe(false);
  });
});
