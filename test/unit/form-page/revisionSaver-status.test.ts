// The save status tells the truth after a save: an edit that changes nothing (the same draft handed over
// again by a re-render, a value typed and undone) leaves "saved at …", never a vaguer "all changes saved".
import { describe, expect, it } from 'vitest';
import type { SaveState } from '../../../renderer/src/revisionSaver';
import { RevisionSaver } from '../../../renderer/src/revisionSaver';

const SAVED_AT = '2026-12-06T09:00:00Z';

function saver(states: SaveState[], invalid = (value: { email: string }) => (value.email.includes('@') && !value.email.endsWith('@') ? 0 : 1)) {
  return new RevisionSaver<{ email: string; phone: string }>({
    revision: 1,
    saved: { email: 'a@example.com', phone: '1' },
    delayMs: 10_000,
    countInvalid: invalid,
    savable: (value, saved) => ({ ...value, email: saved.email }),
    onState: (state) => states.push(state),
    onConflict: () => undefined,
    send: async (_value, base) => ({ ok: true, value: { revision: base + 1, savedAt: SAVED_AT } }),
  });
}

describe('the save status after a save', () => {
  it('the same value handed over again after a save still reads "saved at …"', async () => {
    const states: SaveState[] = [];
    const subject = saver(states);
    const value = { email: 'b@example.com', phone: '1' };
    subject.edit(() => value);
    await subject.flush();
    expect(states.at(-1)).toEqual({ kind: 'saved', at: SAVED_AT });
    subject.edit(() => ({ ...value }));
    await subject.flush();
    expect(states.at(-1)).toEqual({ kind: 'saved', at: SAVED_AT });
  });

  it('an invalid field fixed: the whole value is saved and the status ends "saved at …"', async () => {
    const states: SaveState[] = [];
    const subject = saver(states);
    subject.edit(() => ({ email: 'b@', phone: '2' }));
    await subject.flush();
    // The valid phone was saved, the e-mail waits for a fix.
    expect(states.at(-1)).toEqual({ kind: 'invalid', count: 1 });
    const fixed = { email: 'b@example.com', phone: '2' };
    subject.edit(() => fixed);
    await subject.flush();
    subject.edit(() => ({ ...fixed }));
    await subject.flush();
    expect(states.at(-1)).toEqual({ kind: 'saved', at: SAVED_AT });
  });

  it('nothing saved yet and nothing changed: "unchanged"', async () => {
    const states: SaveState[] = [];
    const subject = saver(states);
    subject.edit(() => ({ email: 'a@example.com', phone: '1' }));
    await subject.flush();
    expect(states.at(-1)).toEqual({ kind: 'unchanged' });
  });
});
