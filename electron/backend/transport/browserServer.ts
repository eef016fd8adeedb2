// Browser mode: the built renderer and `POST /api/<channel>` on 127.0.0.1, for development and for
// end-to-end tests on machines without Electron. Never part of the packaged app.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { type Result, fail } from '../../../shared/contract/result';
import type { Backend } from '../backend';
import { apiChannel, contentType, hasValidToken, isAllowedHost, isAllowedOrigin, staticFilePath } from './httpRequest';

export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface BrowserServerOptions {
  backend: Backend;
  /** The built renderer (out/renderer). */
  rendererDirectory: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
}

export interface BrowserServer {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function send(response: ServerResponse, status: number, body: string | Buffer, type: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  send(response, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

class BodyTooLargeError extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port;

  async function handleApi(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') return sendResult(response, 405, fail('internal', 'Use POST'));
    if (!hasValidToken(request.headers.authorization, token)) {
      return sendResult(response, 401, fail('internal', 'Missing or wrong token'));
    }
    if (!isAllowedOrigin(request.headers.origin, port)) return sendResult(response, 403, fail('internal', 'Foreign origin'));
    let body: string;
    try {
      body = await readBody(request);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        // Stop reading but let the reply reach the client before the socket closes.
        response.setHeader('Connection', 'close');
        return sendResult(response, 413, fail('internal', `Request larger than ${MAX_BODY_BYTES} bytes`));
      }
      throw error;
    }
    let payload: unknown;
    try {
      payload = body === '' ? {} : JSON.parse(body);
    } catch {
      return sendResult(response, 400, fail('validation', 'Malformed JSON', [{ path: [], key: 'field.invalid' }]));
    }
    const result = await options.backend.invoke(channel, payload);
    const status = !result.ok && result.error.code === 'unknown-channel' ? 404 : 200;
    sendResult(response, status, result);
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed', 'text/plain');
    const file = staticFilePath(options.rendererDirectory, pathname);
    if (!file) return send(response, 404, 'Not found', 'text/plain');
    try {
      send(response, 200, await readFile(file), contentType(file));
    } catch {
      send(response, 404, 'Not found', 'text/plain');
    }
  }

  const server = createServer((request, response) => {
    if (!isAllowedHost(request.headers.host, port)) return send(response, 403, 'Forbidden host', 'text/plain');
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const channel = apiChannel(pathname);
    const work = channel !== null || pathname.startsWith('/api/')
      ? handleApi(request, response, channel ?? '')
      : handleStatic(request, response, pathname);
    work.catch((error: unknown) => {
      console.error('TitlePrep browser server:', error);
      if (!response.headersSent) sendResult(response, 500, fail('internal', 'Server error'));
      else response.destroy();
    });
  });
  // Slow or stuck clients must not hold the process; the app's own requests are small and quick.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
