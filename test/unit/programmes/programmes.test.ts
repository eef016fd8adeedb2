// The programme files: valid by the schema, every rule and date with a source, every quote the notice's own
// words, and what the notices do not say left null.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import guangzhouFile from '../../../templates/programmes/guangzhou-2025.json';
import r2File from '../../../templates/programmes/shanghai-c-r2.json';
import r3File from '../../../templates/programmes/shanghai-c-r3.json';
import servicesFile from '../../../templates/programmes/shanghai-list-3.0-services.json';
import { PROGRAMME_IDS, getProgramme, listProgrammes, parseProgramme, programmeSchema, roundName, type Programme, type Source } from '../../../shared/programmes';
import { FIELDS as PROFILE_FIELDS } from '../../../shared/profile/schema';
import { FIELDS } from '../../../shared/programmes/schema';

const root = resolve(import.meta.dirname, '..', '..', '..');
// The seeds live beside the project (../shared/seeds); a clone without them skips the verbatim check.
const seedsDir = resolve(root, '..', 'shared', 'seeds');
const program = (id: string): Programme => {
  const result = getProgramme(id);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/** Every object with a `type` that is a source kind, wherever it sits in the file. */
function sourcesIn(value: unknown, path = '$'): [string, Source][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => sourcesIn(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own: [string, Source][] = ['seed', 'web', 'project', 'user-entered'].includes(record.type as string) ? [[path, record as Source]] : [];
  return [...own, ...Object.entries(record).flatMap(([key, child]) => sourcesIn(child, `${path}.${key}`))];
}

describe('programme files', () => {
  it.each([
    ['shanghai-c-r2', r2File],
    ['shanghai-c-r3', r3File],
    ['guangzhou-2025', guangzhouFile],
  ])('%s validates against the programme schema', (_id, file) => {
    const parsed = programmeSchema.safeParse(file);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  });

  it('getProgramme loads each shipped id and refuses an unknown one with not-found', () => {
    for (const id of PROGRAMME_IDS) expect(getProgramme(id).ok).toBe(true);
    const missing = getProgramme('shanghai-c-r9');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not-found');
    expect(listProgrammes().map((programme) => programme.id)).toEqual([...PROGRAMME_IDS]);
  });

  it('a corrupted file is an internal error naming the field, not a crash', () => {
    const broken = { ...r2File, levels: [{ ...r2File.levels[0], thresholds: { routes: [{ degrees: ['phd'], minYears: 1 }] } }] };
    const result = parseProgramme(broken, 'broken');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('internal');
  });

  it('the fields are the same as the profile fields', () => {
    expect([...FIELDS]).toEqual([...PROFILE_FIELDS]);
  });
});

describe('every rule and date has a source', () => {
  it.each(PROGRAMME_IDS)('%s: every source is non-empty and no shipped source is user-entered', (id) => {
    const sources = sourcesIn(program(id));
    expect(sources.length).toBeGreaterThan(20);
    for (const [path, source] of sources) {
      expect(source.type, path).not.toBe('user-entered');
      if (source.type === 'seed' || source.type === 'web') expect(source.section.trim(), path).not.toBe('');
      if (source.type === 'project') expect(source.note.trim(), path).not.toBe('');
    }
  });

  it.each(PROGRAMME_IDS)('%s: every level route, date and step carries a source object', (id) => {
    const programme = program(id);
    for (const level of programme.levels) {
      expect(level.thresholds.source).toBeDefined();
      for (const route of level.thresholds.routes ?? []) expect(route.source.type).toBe('seed');
    }
    for (const date of Object.values(programme.dates)) expect(date.source).toBeDefined();
    for (const step of programme.steps) expect(step.source.type).toBe('seed');
  });

  const seedsPresent = existsSync(seedsDir);
  it.skipIf(!seedsPresent).each(PROGRAMME_IDS)('%s: every quote appears word for word in its seed document', (id) => {
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const seeds = new Map(readdirSync(seedsDir).map((name) => [name, squeeze(readFileSync(resolve(seedsDir, name), 'utf8'))]));
    for (const [path, source] of sourcesIn(program(id))) {
      if (source.type !== 'seed') continue;
      expect(seeds.has(source.document), `${path}: ${source.document}`).toBe(true);
      if (source.quote !== null) expect(seeds.get(source.document), `${path}: ${source.quote}`).toContain(squeeze(source.quote));
    }
  });
});

/**
 * Whether the text at `start` begins a sentence of the seed: after a line break, a sentence end (。；！？:
 * and their ASCII forms, or ". "), a list number ("一、", "（二）", "1."), a bullet or an opening quotation
 * mark. A quote that begins after a comma shows a reader half a sentence as if it were the whole rule.
 */
function startsSentence(seed: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && /[ \t\u3000]/.test(seed[at]!)) at -= 1;
  if (at < 0) return true;
  const before = seed[at]!;
  if (/[\n。；！？：!?;:）)、.“"「《]/.test(before)) return true;
  return before === '-' && (at === 0 || /[ \n]/.test(seed[at - 1]!));
}

describe('quotes start where the notice\'s sentence starts', () => {
  const seedsPresent = existsSync(seedsDir);
  it.skipIf(!seedsPresent).each([
    ['shanghai-c-r2', r2File],
    ['shanghai-c-r3', r3File],
    ['guangzhou-2025', guangzhouFile],
    ['shanghai-list-3.0-services', servicesFile],
  ])('%s: no quote begins in the middle of a sentence', (_id, file) => {
    const midSentence: string[] = [];
    for (const [path, source] of sourcesIn(file)) {
      if (source.type !== 'seed' || source.quote === null) continue;
      const seed = readFileSync(resolve(seedsDir, source.document), 'utf8');
      // Find the quote with the seed's white space ignored, as the verbatim check does.
      const kept: number[] = [];
      let squeezed = '';
      for (let index = 0; index < seed.length; index += 1) {
        if (/\s/.test(seed[index]!)) continue;
        kept.push(index);
        squeezed += seed[index];
      }
      const at = squeezed.indexOf(source.quote.replace(/\s+/g, ''));
      if (at < 0) continue; // the verbatim check reports it
      if (!startsSentence(seed, kept[at]!)) midSentence.push(`${path}: ${source.quote.slice(0, 40)}`);
    }
    expect(midSentence).toEqual([]);
  });

  it('the check sees a clause after a comma as the middle of a sentence', () => {
    expect(startsSentence('其中，生物医药领域', 3)).toBe(false);
    expect(startsSentence('通知如下。\n一、考核认定机构', 6)).toBe(true);
    expect(startsSentence('（二）学历条件', 3)).toBe(true);
    expect(startsSentence('corrections and must submit', 16)).toBe(false);
  });
});

describe('what the notices say (policy.md)', () => {
  const years = (programme: Programme) =>
    programme.levels.map((level) => [level.level, level.thresholds.routes?.map((route) => [route.degrees.join('|'), route.minYears])]);

  it.each(['shanghai-c-r2', 'shanghai-c-r3'])('%s: the thresholds of each level', (id) => {
    expect(years(program(id))).toEqual([
      ['junior', [['master|second-bachelor', 0], ['bachelor', 1]]],
      ['intermediate', [['doctorate', 0], ['master|second-bachelor', 2], ['bachelor', 5]]],
      ['associate-senior', [['doctorate', 2], ['master|second-bachelor', 7], ['bachelor', 10]]],
    ]);
  });

  it('round 2: verification by 2024-08-31, materials 2024-09-06..09-19, experience to 2024-12-31, nobody excluded', () => {
    const { dates, excludedRounds } = program('shanghai-c-r2');
    expect([dates.certificateVerifiedBy.value, dates.materialsWindow.value, dates.experienceCountedTo.value]).toEqual([
      '2024-08-31',
      { from: '2024-09-06', to: '2024-09-19' },
      '2024-12-31',
    ]);
    expect(excludedRounds.value).toEqual([]);
  });

  it('round 3: verification by 2025-08-31, materials 2025-09-01..09-19, experience to 2025-12-31, rounds 1 and 2 excluded', () => {
    const { dates, excludedRounds } = program('shanghai-c-r3');
    expect([dates.certificateVerifiedBy.value, dates.materialsWindow.value, dates.experienceCountedTo.value]).toEqual([
      '2025-08-31',
      { from: '2025-09-01', to: '2025-09-19' },
      '2025-12-31',
    ]);
    expect(excludedRounds.value).toEqual(['shanghai-c-r1', 'shanghai-c-r2']);
  });

  it('every round a shipped programme excludes is named by the data (its own file, or the notice\'s words), never left to its id', () => {
    for (const programme of listProgrammes()) {
      for (const id of programme.excludedRounds.value ?? []) {
        const name = roundName(id, programme);
        expect(name, `${programme.id} excludes ${id}`).not.toBeNull();
        expect(name!.zh).not.toContain(id);
      }
    }
    // A round chosen under another programme is still named: Shanghai's first round by round 3's data.
    expect(roundName('shanghai-c-r1', program('shanghai-c-r2'))?.zh).toBe('上海市境外职业资格证书清单项目持证人员第一批职称考核认定');
    expect(roundName('shanghai-c-r2')?.zh).toBe(program('shanghai-c-r2').name.zh);
    expect(roundName('shanghai-c-r9')).toBeNull();
  });

  it.each(['shanghai-c-r2', 'shanghai-c-r3'])('%s: summary ≥ 3,000, 3 copies, 公示 ≥ 5 working days, 8 committee steps', (id) => {
    const programme = program(id);
    expect([programme.summaryMinChars.value, programme.printCopies.value, programme.publicNotice.value]).toEqual([3000, 3, 5]);
    expect(programme.steps.filter((step) => step.levels.includes('intermediate') && !step.employerKinds).map((step) => step.id)).toEqual([
      'certificate-verification',
      'online-application',
      'employer-review',
      'public-notice',
      'materials-submission',
      'acceptance-review',
      'interview',
      'result-notice',
      'electronic-certificate',
    ]);
  });

  it.each(['shanghai-c-r2', 'shanghai-c-r3'])('%s: staff of a 事业单位 have one step, one material and one form section more: the supervising authority confirms the post (四（三）)', (id) => {
    const programme = program(id);
    const forPublicInstitutions = <T extends { id: string; employerKinds?: readonly string[] | null }>(entries: readonly T[]) =>
      entries.filter((entry) => entry.employerKinds?.includes('public-institution')).map((entry) => entry.id);
    expect(forPublicInstitutions(programme.steps)).toEqual(['post-confirmation']);
    expect(forPublicInstitutions(programme.defaultPaperMaterials)).toEqual(['post-confirmation']);
    expect(programme.applicationForm?.name?.zh).toBe('考核认定表');
    expect(programme.applicationForm?.sections.map((section) => [section.id, section.employerKinds ?? null])).toEqual([
      ['commitment', null],
      ['employerVerification', null],
      ['postConfirmation', ['public-institution']],
    ]);
    const post = programme.steps.find((step) => step.id === 'post-confirmation')!;
    expect(post.source).toMatchObject({ type: 'seed', quote: expect.stringContaining('事业单位工作人员还须由所在单位主管部门确认事业单位岗位情况') });
  });

  it('guangzhou-2025: the catalogue publishes no form and no signed section, and says so (not a Shanghai form)', () => {
    const form = program('guangzhou-2025').applicationForm!;
    expect(form.name).toBeNull();
    expect(form.sections).toEqual([]);
    expect(form.source.type).toBe('project');
  });

  it.each(PROGRAMME_IDS)('%s: what no notice gives is null (受理号 format, correction deadline, wording of the forms…)', (id) => {
    const programme = program(id);
    for (const [key, entry] of Object.entries(programme.unknowns)) expect(entry.value, key).toBeNull();
    expect(programme.dates.correctionDeadline.value).toBeNull();
    expect(programme.dates.paperMaterialsDeadline.value).toBeNull();
    expect(programme.dates.interview.value).toBeNull();
  });

  it("Guangzhou: thresholds, dates and the cut-off are unknown; the catalogue's levels are 50 / 90 / 30 of 170", () => {
    const programme = program('guangzhou-2025');
    expect(programme.levels.every((level) => level.thresholds.routes === null && level.procedure.kind === 'annual-evaluation')).toBe(true);
    expect(Object.values(programme.dates).every((date) => date.value === null)).toBe(true);
    expect(programme.inCityWork.value).toBeNull();
    expect(programme.catalogue?.levels.map((level) => [level.level, level.qualifications])).toEqual([
      ['junior', 50],
      ['intermediate', 90],
      ['associate-senior', 30],
    ]);
    expect(programme.catalogue?.sectors.reduce((sum, sector) => sum + sector.qualifications, 0)).toBe(170);
    expect(programme.catalogue?.provisions.map((provision) => provision.id)).toEqual(
      expect.arrayContaining(['corresponding-level', 'higher-level-with-years', 'renewals-accumulate', 'not-automatic']),
    );
  });
});

describe('no threshold or date is written in the engine', () => {
  it('shared/eligibility has no date literal and no years table', () => {
    const dir = resolve(root, 'shared', 'eligibility');
    for (const name of readdirSync(dir)) {
      const code = readFileSync(resolve(dir, name), 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(code, name).not.toMatch(/['"`]\d{4}-\d{2}-\d{2}['"`]/);
      expect(code, name).not.toMatch(/minYears\s*[:=]\s*\d/);
    }
  });
});
