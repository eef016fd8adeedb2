// The browser-mode server's trust decisions, against hostile input.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiChannel, hasValidToken, isAllowedHost, isAllowedOrigin, staticFilePath } from '../../../electron/backend/transport/httpRequest';

const root = resolve('/srv/renderer');

describe('Host header (DNS rebinding)', () => {
  it('accepts loopback names with our port only', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('localhost:4000', 4000)).toBe(true);
    expect(isAllowedHost('[::1]:4000', 4000)).toBe(true);
  });
  it('refuses other hosts, other ports, a missing header and look-alikes', () => {
    for (const host of ['evil.example:4000', '127.0.0.1:4001', '127.0.0.1', '127.0.0.1.evil.example:4000', 'localhost:4000.evil', undefined, '']) {
      expect(isAllowedHost(host, 4000)).toBe(false);
    }
  });
});

describe('Origin header', () => {
  it('allows no Origin (same-origin GET/fetch may omit it) and our own', () => {
    expect(isAllowedOrigin(undefined, 4000)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4000', 4000)).toBe(true);
  });
  it('refuses a foreign or opaque origin', () => {
    for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:4001', 'https://127.0.0.1:4000', 'file://']) {
      expect(isAllowedOrigin(origin, 4000)).toBe(false);
    }
  });
});

describe('token', () => {
  const token = 'abcDEF123_-xyz';
  it('accepts exactly the bearer token', () => {
    expect(hasValidToken(`Bearer ${token}`, token)).toBe(true);
  });
  it('refuses a missing, wrong, prefixed, truncated or padded token', () => {
    for (const header of [undefined, '', token, `Bearer ${token}x`, `Bearer ${token.slice(1)}`, `bearer ${token}`, `Bearer  ${token}`, `Bearer ${token} `, 'Bearer ']) {
      expect(hasValidToken(header, token)).toBe(false);
    }
  });
});

describe('API path', () => {
  it('names a channel', () => {
    expect(apiChannel('/api/applicants.list')).toBe('applicants.list');
  });
  it('refuses anything else', () => {
    for (const path of ['/api/', '/api/a/b', '/api/..%2f', '/apix/applicants.list', '/api/' + 'a'.repeat(101)]) {
      expect(apiChannel(path)).toBeNull();
    }
  });
});

describe('static file path', () => {
  it('maps / to index.html and plain paths under the folder', () => {
    expect(staticFilePath(root, '/')).toBe(join(root, 'index.html'));
    expect(staticFilePath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
  });
  it('never leaves the folder', () => {
    for (const path of [
      '/../etc/passwd',
      '/assets/../../etc/passwd',
      '/%2e%2e/etc/passwd',
      '/%2e%2e%2fetc%2fpasswd',
      '/..%5c..%5cwindows',
      '/a\\..\\..\\b',
      '/%00index.html',
      '/%E0%A4%A',
      '//etc/passwd'.replace('//', '/../'),
    ]) {
      expect(staticFilePath(root, path), path).toBeNull();
    }
  });
});
