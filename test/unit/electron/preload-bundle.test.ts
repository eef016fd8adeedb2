// The built preload (out/preload/index.cjs) as a sandboxed renderer loads it: CommonJS, requiring nothing
// but `electron`, exposing `titleprep.invoke`. Runs after `npm run build` (npm test builds first).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const bundle = resolve(import.meta.dirname, '../../../out/preload/index.cjs');
const built = existsSync(bundle);
if (!built) console.warn(`Skipping the preload bundle test: ${bundle} is missing (run npm run build first).`);

describe.skipIf(!built)('the built preload', () => {
  const source = built ? readFileSync(bundle, 'utf8') : '';

  it('is CommonJS and requires only electron', () => {
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source).not.toMatch(/import\.meta|\bimport\(/);
    const required = [...source.matchAll(/\brequire\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((match) => match[2]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('runs in a bare context and exposes titleprep.invoke only', async () => {
    const exposed = new Map<string, { invoke(channel: unknown, payload: unknown): Promise<unknown> }>();
    const sent: unknown[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, api: { invoke(channel: unknown, payload: unknown): Promise<unknown> }) => exposed.set(name, api) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          sent.push(args);
          return { ok: true, value: 'pong' };
        },
      },
    };
    const require = (name: string) => {
      if (name !== 'electron') throw new Error(`the sandboxed preload cannot require ${name}`);
      return electron;
    };
    const module = { exports: {} };
    runInNewContext(source, { require, module, exports: module.exports, console });
    expect([...exposed.keys()]).toEqual(['titleprep']);
    const bridge = exposed.get('titleprep');
    expect(Object.keys(bridge ?? {})).toEqual(['invoke']);
    await expect(bridge?.invoke('app.info', {})).resolves.toEqual({ ok: true, value: 'pong' });
    await expect(bridge?.invoke('no.such.channel', {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(sent).toEqual([['titleprep:invoke', { channel: 'app.info', payload: {} }]]);
  });
});
