// A channel called over browser mode's HTTP API, as the renderer calls it: POST /api/<channel> with the
// session token. The reply is the backend's Result, whatever its outcome.
import { request as httpRequest } from 'node:http';
import type { Result } from '../../shared/contract/result';

export interface ApiServer {
  port: number;
  token: string;
}

export function postToApi(server: ApiServer, channel: string, payload: unknown): Promise<Result<unknown>> {
  return new Promise<Result<unknown>>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/${channel}`,
        method: 'POST',
        headers: { host: `127.0.0.1:${server.port}`, authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Result<unknown>);
          } catch (error) {
            reject(error as Error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });
}
