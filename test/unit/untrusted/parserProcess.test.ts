// The parser process's bookkeeping, with a fake child: a process killed at its limit leaves later (its
// exit event comes when the next job already runs in a fresh process), and its exit or a late reply must
// not fail the fresh process's job.
import { describe, expect, it } from 'vitest';
import { ParserLimitError, createParserProcess } from '../../../electron/backend/untrusted/parserProcess';
import type { JobRequest, ParserChild } from '../../../electron/backend/untrusted/protocol';

interface FakeChild extends ParserChild {
  sent: JobRequest[];
  killed: boolean;
  memory: number;
  reply(message: unknown): void;
  exit(code: number | null): void;
}

function fakeChild(): FakeChild {
  const messageListeners: ((message: unknown) => void)[] = [];
  const exitListeners: ((code: number | null) => void)[] = [];
  const child: FakeChild = {
    sent: [],
    killed: false,
    memory: 0,
    send: (message) => child.sent.push(message),
    onMessage: (listener) => messageListeners.push(listener),
    onExit: (listener) => exitListeners.push(listener),
    kill: () => {
      child.killed = true;
    },
    memoryBytes: () => Promise.resolve(child.memory),
    reply: (message) => messageListeners.forEach((listener) => listener(message)),
    exit: (code) => exitListeners.forEach((listener) => listener(code)),
  };
  return child;
}

const limits = { maxMemoryBytes: 1000, maxOldSpaceMb: 64, timeMs: 10_000, pollMs: 1 };
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
};

describe('a parser process killed at its limit', () => {
  it('fails only its own job: its late exit and replies do not touch the next job, run in a fresh process', async () => {
    const children: FakeChild[] = [];
    const parser = createParserProcess(() => {
      const child = fakeChild();
      children.push(child);
      return child;
    }, limits);
    const first = parser.run('scan', { path: '/a' });
    await until(() => children[0]?.sent.length === 1);
    const [killedOne] = children as [FakeChild];
    killedOne.memory = 2000;
    await expect(first).rejects.toBeInstanceOf(ParserLimitError);
    expect(killedOne.killed).toBe(true);

    const second = parser.run('scan', { path: '/b' });
    await until(() => children[1]?.sent.length === 1);
    const fresh = children[1] as FakeChild;
    // The killed process goes only now, and says something on its way out.
    killedOne.reply({ id: fresh.sent[0]?.id, ok: true, value: 'from the killed process' });
    killedOne.exit(null);
    fresh.reply({ id: fresh.sent[0]?.id, ok: true, value: { ok: true, kind: 'png', pages: null } });
    await expect(second).resolves.toEqual({ ok: true, kind: 'png', pages: null });
    parser.close();
  });

  it('gives a package more time than one file: the time limit grows by the extra time asked', async () => {
    const children: FakeChild[] = [];
    const parser = createParserProcess(() => {
      const child = fakeChild();
      children.push(child);
      return child;
    }, { ...limits, timeMs: 20 });
    const started = performance.now();
    const job = parser.run('scan', { path: '/a' }, { extraTimeMs: 200 });
    await until(() => children[0]?.sent.length === 1);
    await expect(job).rejects.toThrow(/over 220 ms/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    parser.close();
  });
});
