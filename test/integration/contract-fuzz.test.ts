// Contract fuzzing: every channel of the contract, over both ways in (the handler table as Electron's IPC
// reaches it, and browser mode's HTTP), gets random JSON and broken versions of a valid request (a field
// dropped, a wrong type, a huge string, `__proto__`/`constructor` keys, deep nesting). The rule: only typed
// Results come back, never `internal`, never an exception; a request the schema refuses is a `validation`
// error and commits nothing to the database. Channels added later are covered by iterating CHANNELS.
import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import { databasePath } from '../../electron/backend/database/open';
import { type BrowserServer, startBrowserServer } from '../../electron/backend/transport/browserServer';
import { CHANNELS, type Channel, contract } from '../../shared/contract/channels';
import { type Result, appErrorSchema } from '../../shared/contract/result';
import { type ExampleSeeds, exampleRequest } from '../support/contractExamples';
import { sampleProfile } from '../support/profiles';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';

/** Per channel and way in: random payloads, and broken versions of the valid request. TITLEPREP_FUZZ_SCALE=20
 * runs twenty times as many (a longer hunt by hand; the default keeps the file at a few seconds of CPU). */
const SCALE = Math.max(1, Number(process.env.TITLEPREP_FUZZ_SCALE ?? 1) || 1);
const RANDOM_RUNS = 8 * SCALE;
const MUTATION_RUNS = 12 * SCALE;

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let server: BrowserServer;
let db: Database;
let seeds: ExampleSeeds;

beforeAll(async () => {
  dir = makeTempDir();
  const renderer = join(dir.path, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>TitlePrep</title>');
  const dataDirectory = join(dir.path, 'data');
  backend = openBackend({ dataDirectory, transport: 'browser', appVersion: 'fuzz', log: () => undefined });
  server = await startBrowserServer({ backend, rendererDirectory: renderer, port: 0 });
  // Something to find, so that a broken request for an existing record reaches past the lookup.
  const applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
  value(await backend.invoke('profile.save', { applicantId, profile: sampleProfile(), baseRevision: 0 }));
  const programmeId = 'shanghai-c-r3';
  const document = { format: 1, blocks: [{ type: 'heading', id: 'projects', text: '主持的重大项目' }, { type: 'paragraph', text: '本人主持了改造。', marks: [] }] };
  value(await backend.invoke('summary.save', { applicantId, programmeId, document, baseRevision: 0 }));
  const snapshotId = value<{ id: number }>(await backend.invoke('summary.snapshots.create', { applicantId, programmeId, name: '第一版' })).id;
  seeds = { applicantId, programmeId, snapshotId };
  // A second connection, to see what the backend's connection commits.
  db = new DatabaseConstructor(databasePath(dataDirectory), { readonly: true });
});

afterAll(async () => {
  db?.close();
  await server?.close();
  backend?.close();
  dir?.remove();
});

/** Changes whenever another connection commits, even a write that changes no row. */
const dataVersion = () => db.pragma('data_version', { simple: true }) as number;

/** Every row of every table, hashed: what "nothing changed" means. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).raw().all();
    hash.update(table);
    for (const row of rows.map((cells) => JSON.stringify(cells, (_key, cell: unknown) => (Buffer.isBuffer(cell) ? cell.toString('hex') : cell))).sort()) hash.update(row);
  }
  return hash.digest('hex');
}

interface Transport {
  send(channel: Channel, payload: unknown): Promise<unknown>;
  /** The payload as the backend receives it (HTTP: what JSON carries, an empty body read as {}). */
  received(payload: unknown): unknown;
}

const direct: Transport = { send: (channel, payload) => backend.invoke(channel, payload), received: (payload) => payload };

const httpBody = (payload: unknown) => JSON.stringify(payload) ?? '';

const postJson = (channel: Channel, payload: unknown) =>
  new Promise((resolve, reject) => {
    const body = httpBody(payload);
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
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${channel}: ${text.slice(0, 300)}`));
          try {
            resolve(JSON.parse(text));
          } catch {
            reject(new Error(`Not JSON from ${channel}: ${text.slice(0, 300)}`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });

const overHttp: Transport = {
  send: postJson,
  received: (payload) => {
    const body = httpBody(payload);
    return body === '' ? {} : JSON.parse(body);
  },
};

const resultSchema = z.union([z.object({ ok: z.literal(true), value: z.unknown() }).strict(), z.object({ ok: z.literal(false), error: appErrorSchema }).strict()]);

// ---- payloads -------------------------------------------------------------------------------------------

type Path = (string | number)[];

/** Every place in a JSON value where a mutation can land (the root included). */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => pathsOf(item, [...path, index]))];
  if (typeof value === 'object' && value !== null) return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  return here;
}

/** A copy of `value` with `change` applied to what is at `path`; `change` returns undefined to drop it. */
function mutateAt(value: unknown, path: Path, change: (found: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = mutateAt(copy[head as number], rest, change);
    if (next === undefined && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const next = mutateAt(copy[head as string], rest, change);
  if (next === undefined && rest.length === 0) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}

function nested(depth: number, inner: unknown = 'x'): unknown {
  let value = inner;
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { a: value };
  return value;
}

/** An object with own keys that would pollute a prototype if merged carelessly (JSON.parse makes them own). */
function pollutingObject(base: unknown): unknown {
  const polluter = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}}') as Record<string, unknown>;
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return polluter;
  return Object.assign(polluter, base);
}

const WRONG_TYPES: unknown[] = [null, 0, -1, 1.5, 2 ** 53, -(2 ** 53), true, false, '', 'x', '0', [], {}, [null], { length: 1 }, '1970-01-01', '00000000-0000-0000-0000-000000000000'];

function mutations(example: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(example);
  const innerPaths = paths.filter((path) => path.length > 0);
  const somewhere = fc.constantFrom(...paths);
  const someField = innerPaths.length > 0 ? fc.constantFrom(...innerPaths) : somewhere;
  return fc.oneof(
    someField.map((path) => mutateAt(example, path, () => undefined)), // a field dropped
    fc.tuple(somewhere, fc.constantFrom(...WRONG_TYPES)).map(([path, wrong]) => mutateAt(example, path, () => wrong)),
    fc.tuple(somewhere, fc.constantFrom('x', '字', '👍', '\u0000', '\uD800')).map(([path, unit]) => mutateAt(example, path, () => unit.repeat(200_000))),
    somewhere.map((path) => mutateAt(example, path, pollutingObject)),
    somewhere.map((path) => mutateAt(example, path, (found) => nested(2_000, found))),
    fc.tuple(somewhere, fc.jsonValue({ maxDepth: 3 })).map(([path, random]) => mutateAt(example, path, () => random)),
  );
}

/** Random values; over HTTP only what JSON can carry, directly also undefined, NaN and friends. */
function randomPayloads(jsonOnly: boolean): fc.Arbitrary<unknown> {
  const json = fc.jsonValue({ maxDepth: 4 });
  return jsonOnly ? json : fc.oneof(json, fc.constantFrom(undefined, Number.NaN, Infinity, -0, 10n ** 30n, Symbol('x'), () => ({}), new Date(0), new Map()));
}

// ---- the property ---------------------------------------------------------------------------------------

async function checkOne(transport: Transport, channel: Channel, payload: unknown): Promise<void> {
  const valid = contract[channel].request.safeParse(transport.received(payload)).success;
  const before = valid ? null : { version: dataVersion() };
  let reply: unknown;
  try {
    reply = await transport.send(channel, payload);
  } catch (error) {
    throw new Error(`${channel} threw instead of replying: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = resultSchema.safeParse(reply);
  expect(parsed.success, `${channel}: not a Result: ${JSON.stringify(reply)?.slice(0, 300)}`).toBe(true);
  const result = reply as Result<unknown>;
  if (result.ok) {
    expect(valid, `${channel} accepted a request its schema refuses`).toBe(true);
    const replyCheck = contract[channel].reply.safeParse(result.value);
    expect(replyCheck.success, `${channel}: the reply does not match the contract`).toBe(true);
    return;
  }
  expect(result.error.code, `${channel}: ${result.error.message.slice(0, 300)}`).not.toBe('internal');
  if (before !== null) {
    expect(result.error.code, `${channel}: an invalid request must be a validation error`).toBe('validation');
    expect(result.error.issues?.length ?? 0, `${channel}: a validation error names its fields`).toBeGreaterThan(0);
    expect(dataVersion(), `${channel}: an invalid request committed a write`).toBe(before.version);
  }
}

const TRANSPORTS: [name: string, transport: Transport, jsonOnly: boolean][] = [
  ['the handler table (IPC)', direct, false],
  ['browser mode over HTTP', overHttp, true],
];

const withoutExample: Channel[] = [];

describe.each(TRANSPORTS)('every channel through %s', (_name, transport, jsonOnly) => {
  it.each(CHANNELS)('%s: random and broken payloads get typed errors and change nothing', async (channel) => {
    const start = fingerprint();
    let wroteSomething = false;
    const run = async (payload: unknown) => {
      if (contract[channel].request.safeParse(transport.received(payload)).success) wroteSomething = true;
      await checkOne(transport, channel, payload);
    };
    await fc.assert(fc.asyncProperty(randomPayloads(jsonOnly), run), { numRuns: RANDOM_RUNS });
    const example = exampleRequest(channel, seeds);
    if (example === undefined) {
      if (!withoutExample.includes(channel)) withoutExample.push(channel);
    } else {
      await fc.assert(fc.asyncProperty(mutations(example), run), { numRuns: MUTATION_RUNS });
    }
    // data_version caught any commit per request; this checks the rows themselves once per channel.
    if (!wroteSomething) expect(fingerprint(), `${channel}: the database changed`).toBe(start);
  });
});

describe('after the fuzzing', () => {
  it('no prototype was polluted', () => {
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('names the channels fuzzed with random payloads only (no valid example to break)', () => {
    if (withoutExample.length > 0) console.warn(`Contract fuzz: no valid example for ${withoutExample.join(', ')}; add one to test/support/contractExamples.ts`);
    // Most channels must have one, or the fuzz no longer reaches past the schemas' first check.
    expect(withoutExample.length).toBeLessThan(CHANNELS.length / 4);
  });
});
