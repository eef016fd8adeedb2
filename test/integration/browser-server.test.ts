// The browser-mode transport over real HTTP on 127.0.0.1: token, Host, channel, JSON and size checks.
import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import { type BrowserServer, MAX_BODY_BYTES, startBrowserServer } from '../../electron/backend/transport/browserServer';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { makeTempDir } from '../support/tempDir';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let server: BrowserServer;

beforeAll(async () => {
  dir = makeTempDir();
  const renderer = join(dir.path, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>TitlePrep</title>');
  backend = openBackend({ dataDirectory: join(dir.path, 'data'), transport: 'browser', appVersion: 'test' });
  server = await startBrowserServer({ backend, rendererDirectory: renderer, port: 0 });
});
afterAll(async () => {
  await server.close();
  backend.close();
  dir.remove();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so that the Host header and the body are exactly what a hostile client would send. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'POST', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ authorization: `Bearer ${server.token}`, 'content-type': 'application/json' });

describe('browser-mode server', () => {
  it('prints a loopback URL with the token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]+$`));
  });

  it('serves the renderer with the CSP and no-sniff headers', async () => {
    const reply = await send('/', { method: 'GET' });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('TitlePrep');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a valid call with the Result', async () => {
    const reply = await send('/api/applicants.list', { headers: auth(), body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] });
  });

  it('401 without or with a wrong token', async () => {
    expect((await send('/api/applicants.list', { body: '{}' })).status).toBe(401);
    expect((await send('/api/applicants.list', { headers: { authorization: 'Bearer nope' }, body: '{}' })).status).toBe(401);
  });

  it('403 for a Host that is not loopback, on the API and on files', async () => {
    expect((await send('/api/applicants.list', { headers: { ...auth(), host: 'evil.example' }, body: '{}' })).status).toBe(403);
    expect((await send('/', { method: 'GET', headers: { host: `attacker.example:${server.port}` } })).status).toBe(403);
  });

  it('403 for a foreign Origin even with the token', async () => {
    expect((await send('/api/applicants.list', { headers: { ...auth(), origin: 'http://evil.example' }, body: '{}' })).status).toBe(403);
  });

  it('404 for an unknown channel, 400 for malformed JSON, 405 for GET on the API', async () => {
    expect((await send('/api/applicants.drop', { headers: auth(), body: '{}' })).status).toBe(404);
    // The URL parser resolves this to /etc/passwd: not an API call, and POST is not served for files.
    expect((await send('/api/../../etc/passwd', { headers: auth(), body: '{}' })).status).toBe(405);
    const malformed = await send('/api/applicants.list', { headers: auth(), body: '{"a":' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await send('/api/applicants.list', { method: 'GET', headers: auth() })).status).toBe(405);
  });

  it('413 for a body over the limit, and the server keeps serving', async () => {
    const reply = await send('/api/applicants.create', { headers: auth(), body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20) });
    expect(reply.status).toBe(413);
    expect((await send('/api/applicants.list', { headers: auth(), body: '{}' })).status).toBe(200);
  });

  it('validation errors travel as typed replies naming the field', async () => {
    const reply = await send('/api/applicants.create', { headers: auth(), body: JSON.stringify({ nameZh: '', nameLatin: '' }) });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['nameZh'] }] } });
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await send('/%2e%2e/data/titleprep.sqlite3', { method: 'GET' })).status).toBe(404);
    expect((await send('/../data/titleprep.sqlite3', { method: 'GET' })).status).toBe(404);
  });
});
