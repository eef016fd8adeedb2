// A round the user creates from an existing one: same rules, the user's dates, marked user-entered.
import { describe, expect, it } from 'vitest';
import { deriveRound, getProgramme, parseUserRound, type Programme } from '../../../shared/programmes';

const r3 = (() => {
  const result = getProgramme('shanghai-c-r3');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
})();

const round4 = {
  id: 'shanghai-c-r4',
  name: { zh: '上海第四批（用户录入）', en: 'Shanghai round 4 (entered by the user)' },
  note: 'From the 2026 notice on rsj.sh.gov.cn',
  dates: {
    certificateVerifiedBy: '2026-08-31',
    materialsWindow: { from: '2026-09-01', to: '2026-09-18' },
    experienceCountedTo: '2026-12-31',
  },
  excludedRounds: ['shanghai-c-r1', 'shanghai-c-r2', 'shanghai-c-r3'],
};

function derived(edits: unknown): Programme {
  const result = deriveRound(r3, edits);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('deriveRound', () => {
  it("copies the base's rules and takes the user's dates, marked user-entered", () => {
    const round = derived(round4);
    expect(round).toMatchObject({ id: 'shanghai-c-r4', userEntered: true, basedOn: 'shanghai-c-r3' });
    expect(round.levels).toEqual(r3.levels);
    expect(round.steps).toEqual(r3.steps);
    expect(round.dates.experienceCountedTo).toEqual({ value: '2026-12-31', source: { type: 'user-entered', note: round4.note } });
    expect(round.dates.certificateVerifiedBy.appliesTo).toEqual(r3.dates.certificateVerifiedBy.appliesTo);
  });

  it("a date the user did not give is null (unknown), never the base round's date", () => {
    const round = derived({ id: 'shanghai-c-r4', name: round4.name });
    expect(round.dates.certificateVerifiedBy.value).toBeNull();
    expect(round.dates.experienceCountedTo.value).toBeNull();
    expect(round.excludedRounds.value).toBeNull();
  });

  it('a stored round reads back through the same schema', () => {
    const round = derived(round4);
    expect(parseUserRound(JSON.parse(JSON.stringify(round))).ok).toBe(true);
  });

  it.each([
    ['an impossible date', { ...round4, dates: { certificateVerifiedBy: '2026-02-30' } }],
    ['a materials window that ends before it starts', { ...round4, dates: { materialsWindow: { from: '2026-09-18', to: '2026-09-01' } } }],
    ["a shipped programme's id", { ...round4, id: 'shanghai-c-r3' }],
    ['an id with spaces', { ...round4, id: 'round 4' }],
    ['a missing name', { ...round4, name: undefined }],
    ['not an object', 'round 4'],
  ])('refuses %s with a validation error, without throwing', (_name, edits) => {
    const result = deriveRound(r3, edits);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation');
      expect(result.error.issues?.length).toBeGreaterThan(0);
    }
  });

  it('refuses a stored round that is malformed or not user-entered', () => {
    expect(parseUserRound({ ...derived(round4), levels: 'all' }).ok).toBe(false);
    expect(parseUserRound(r3).ok).toBe(false);
    expect(parseUserRound(null).ok).toBe(false);
  });

  it('a shipped programme may not carry a user-entered source', () => {
    const round = derived(round4);
    expect(parseUserRound({ ...round, userEntered: false, basedOn: null }).ok).toBe(false);
  });
});
