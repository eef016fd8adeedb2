// An action that names something an edit just created (a scan filed under a checklist item added a moment
// ago) must wait until that edit is saved: RevisionSaver.settle() is that wait.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import { RevisionSaver } from '../../../renderer/src/revisionSaver';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

function saverWith(send: (value: string[], base: number) => Promise<Result<{ revision: number; savedAt: string }>>, invalidWhen = '') {
  return new RevisionSaver<string[]>({
    revision: 1,
    saved: ['a'],
    delayMs: 10_000,
    countInvalid: (value) => value.filter((entry) => entry === invalidWhen && invalidWhen !== '').length,
    onState: () => undefined,
    onConflict: () => undefined,
    send,
  });
}

const ok = (revision: number) => ({ ok: true as const, value: { revision, savedAt: '2026-12-06T00:00:00Z' } });

describe('settle waits until the latest edit is saved', () => {
  it('an edit made while an earlier save is in flight is saved before settle resolves', async () => {
    const sent: string[][] = [];
    const first = deferred<Result<{ revision: number; savedAt: string }>>();
    const saver = saverWith((value, base) => {
      sent.push(value);
      return base === 1 ? first.promise : Promise.resolve(ok(base + 1));
    });
    let items = ['a', 'b'];
    saver.edit(() => items);
    void saver.flush();
    items = ['a', 'b', 'new-item'];
    saver.edit(() => items);
    const settled = saver.settle();
    first.resolve(ok(2));
    expect(await settled).toBe(true);
    expect(sent.at(-1)).toEqual(['a', 'b', 'new-item']);
    expect(saver.dirty).toBe(false);
  });

  it('says false, without sending, when the value waits for a fix', async () => {
    const sent: string[][] = [];
    const saver = saverWith(async (value) => (sent.push(value), ok(2)), '');
    const invalidSaver = saverWith(async (value) => (sent.push(value), ok(2)), 'bad');
    saver.edit(() => ['a']);
    expect(await saver.settle()).toBe(true);
    invalidSaver.edit(() => ['a', 'bad']);
    expect(await invalidSaver.settle()).toBe(false);
    expect(sent).toEqual([]);
  });

  it('says false when the save fails', async () => {
    const saver = saverWith(async () => ({ ok: false, error: { code: 'internal', message: 'disk full' } }));
    saver.edit(() => ['a', 'b']);
    expect(await saver.settle()).toBe(false);
  });
});
