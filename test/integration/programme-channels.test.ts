// The programme channels over a real database: user rounds, holiday years and applications.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import type { Programme } from '../../shared/programmes';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
const open = () => openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => new Date('2026-11-23T08:00:00Z') });

beforeEach(() => {
  dir = makeTempDir();
  backend = open();
});
afterEach(() => {
  backend.close();
  dir.remove();
});


const round4 = {
  id: 'shanghai-c-r4',
  name: { zh: '上海第四批（用户录入）', en: 'Shanghai round 4 (entered by the user)' },
  note: 'Dates typed from the 2026 notice',
  dates: { certificateVerifiedBy: '2026-08-31', materialsWindow: { from: '2026-09-01', to: '2026-09-18' }, experienceCountedTo: '2026-12-31' },
};

describe('programmes and rounds', () => {
  it('lists the three shipped programmes', async () => {
    const list = value<{ id: string }[]>(await backend.invoke('programmes.list', {}));
    expect(list.map((p) => p.id)).toEqual(['shanghai-c-r2', 'shanghai-c-r3', 'guangzhou-2025']);
  });

  it('an unknown programme id is not-found', async () => {
    expect(await backend.invoke('programmes.get', { id: 'beijing-2030' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('a round created from round 3 keeps its rules, takes the user dates, survives a restart, and is marked user-entered', async () => {
    const created = value<Programme>(await backend.invoke('rounds.create', { baseId: 'shanghai-c-r3', edits: round4 }));
    expect(created).toMatchObject({ id: 'shanghai-c-r4', userEntered: true, basedOn: 'shanghai-c-r3' });
    expect(created.dates.experienceCountedTo.value).toBe('2026-12-31');
    expect(created.dates.correctionDeadline.value).toBeNull();
    backend.close();
    backend = open();
    const list = value<{ id: string; userEntered: boolean }[]>(await backend.invoke('programmes.list', {}));
    expect(list.at(-1)).toMatchObject({ id: 'shanghai-c-r4', userEntered: true });
    const read = value<Programme>(await backend.invoke('programmes.get', { id: 'shanghai-c-r4' }));
    expect(read.levels).toEqual(created.levels);
  });

  it('a malformed round is refused with the field, and nothing is stored', async () => {
    const bad = { ...round4, dates: { experienceCountedTo: '2026-02-30' } };
    const result = await backend.invoke('rounds.create', { baseId: 'shanghai-c-r3', edits: bad });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(value<unknown[]>(await backend.invoke('programmes.list', {}))).toHaveLength(3);
    const taken = await backend.invoke('rounds.create', { baseId: 'shanghai-c-r3', edits: { ...round4, id: 'shanghai-c-r3' } });
    expect(taken).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('a round in use by an applicant cannot be deleted', async () => {
    await backend.invoke('rounds.create', { baseId: 'shanghai-c-r3', edits: round4 });
    const applicant = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' }));
    const application = { programmeId: 'shanghai-c-r4', series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null };
    value(await backend.invoke('application.save', { applicantId: applicant.id, application }));
    expect(await backend.invoke('rounds.delete', { id: 'shanghai-c-r4' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    value(await backend.invoke('application.save', { applicantId: applicant.id, application: { ...application, programmeId: 'shanghai-c-r3' } }));
    expect(value(await backend.invoke('rounds.delete', { id: 'shanghai-c-r4' }))).toEqual({ id: 'shanghai-c-r4' });
  });

  it('rounds.update changes dates but not the id', async () => {
    await backend.invoke('rounds.create', { baseId: 'shanghai-c-r3', edits: round4 });
    const updated = value<Programme>(await backend.invoke('rounds.update', { id: 'shanghai-c-r4', edits: { ...round4, dates: { ...round4.dates, interview: '2026-11-20' } } }));
    expect(updated.dates.interview.value).toBe('2026-11-20');
    expect(updated.basedOn).toBe('shanghai-c-r3');
    expect(await backend.invoke('rounds.update', { id: 'shanghai-c-r4', edits: { ...round4, id: 'other-id' } })).toMatchObject({ ok: false });
  });
});

describe('holiday years', () => {
  const year2027 = {
    year: 2027,
    daysOff: [{ from: '2027-01-01', to: '2027-01-01' }],
    adjustedWorkdays: [],
    source: 'typed by hand for a test',
    userEntered: false,
  };

  it('bundled years are listed; a user year is stored as user-entered and can be removed', async () => {
    const years = value<{ bundled: { year: number }[]; user: unknown[] }>(await backend.invoke('calendar.years', {}));
    expect(years.bundled.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(years.user).toEqual([]);
    expect(value(await backend.invoke('calendar.saveYear', year2027))).toMatchObject({ year: 2027, userEntered: true });
    expect(value<{ user: unknown[] }>(await backend.invoke('calendar.years', {})).user).toHaveLength(1);
    expect(value(await backend.invoke('calendar.deleteYear', { year: 2027 }))).toEqual({ year: 2027 });
  });

  it('an adjusted working day on a weekday is refused, naming the field', async () => {
    const bad = { ...year2027, adjustedWorkdays: ['2027-01-04'] };
    const result = await backend.invoke('calendar.saveYear', bad);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['adjustedWorkdays', 0] }] } });
  });
});

describe('applications', () => {
  it('start empty, are saved, and refuse an unknown programme', async () => {
    const applicant = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' }));
    expect(value(await backend.invoke('application.get', { applicantId: applicant.id }))).toEqual({
      programmeId: null, series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: null,
    });
    const application = {
      programmeId: 'shanghai-c-r3', series: 'accounting', earlierRounds: ['shanghai-c-r2'], countOverseas: false, catalogueLevel: null, targetLevel: 'associate-senior',
    };
    expect(value(await backend.invoke('application.save', { applicantId: applicant.id, application }))).toEqual(application);
    const unknown = await backend.invoke('application.save', { applicantId: applicant.id, application: { ...application, programmeId: 'nowhere' } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('application.get', { applicantId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
