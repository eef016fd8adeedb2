// The checklist's rules: a programme's defaults seed it in the programme's order, the form starts with the
// programme's printed copies, signed and sealed; what the notices do not say starts as one copy, nothing
// ticked; own items need a name; a default appears once; the order is the user's.
import { describe, expect, it } from 'vitest';
import { getProgramme, type Programme } from '../../../shared/programmes';
import { checklistItemsSchema, checklistProgress, defaultItem, missingDefaults, moveItem, seedChecklist, unknownDefaults, type MaterialItem } from '../../../shared/materials/checklist';
import { startingValues } from '../../../shared/materials/requirements';

function programme(id: string): Programme {
  const result = getProgramme(id);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

describe('seeding the checklist from a programme', () => {
  it('lists the programme’s defaults in its order, with neutral empty labels (the programme gives them)', () => {
    const shanghai = programme('shanghai-c-r3');
    const items = seedChecklist(shanghai, newId, 'enterprise');
    expect(items.map((item) => item.fromDefault)).toEqual(shanghai.defaultPaperMaterials.filter((material) => !material.employerKinds).map((material) => material.id));
    expect(items.every((item) => item.label === '' && !item.done)).toBe(true);
  });

  it('starts the assessment form with the programme’s 3 printed copies, original, signed and sealed', () => {
    const [form] = seedChecklist(programme('shanghai-c-r2'), newId, null);
    expect(form).toMatchObject({ fromDefault: 'assessment-form', copies: 3, originalOrCopy: 'original', signed: true, sealed: true });
  });

  it('starts a material the notices say nothing about as one copy, undecided, nothing ticked', () => {
    const items = seedChecklist(programme('guangzhou-2025'), newId, 'public-institution');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatchObject({ copies: 1, originalOrCopy: null, signed: false, sealed: false });
  });

  it('a 事业单位\'s applicant also has the supervising authority\'s post confirmation, after the form, sealed; others have not', () => {
    const shanghai = programme('shanghai-c-r3');
    const items = seedChecklist(shanghai, newId, 'public-institution');
    expect(items.map((item) => item.fromDefault).slice(0, 2)).toEqual(['assessment-form', 'post-confirmation']);
    expect(items[1]).toMatchObject({ copies: 3, originalOrCopy: 'original', sealed: true });
    for (const kind of ['enterprise', 'social-organization', 'individual-business', null] as const) {
      expect(seedChecklist(shanghai, newId, kind).map((item) => item.fromDefault)).not.toContain('post-confirmation');
    }
  });

  it('an employer kind entered after the checklist was made: the confirmation is offered as a missing default', () => {
    const shanghai = programme('shanghai-c-r3');
    const seeded = seedChecklist(shanghai, newId, null);
    expect(missingDefaults(seeded, shanghai, null)).toEqual([]);
    expect(missingDefaults(seeded, shanghai, 'public-institution')).toEqual(['post-confirmation']);
  });

  it('gives the form one copy where the programme does not say how many to print', () => {
    const unknownCopies = { ...programme('shanghai-c-r3'), printCopies: { ...programme('shanghai-c-r3').printCopies, value: null } };
    expect(startingValues(unknownCopies, 'assessment-form').copies).toBe(1);
  });
});

describe('checking a checklist', () => {
  const own = (label: string): MaterialItem => ({ ...defaultItem(programme('shanghai-c-r3'), 'x', newId()), fromDefault: null, label });

  it('needs a name for an item of the user’s own', () => {
    const parsed = checklistItemsSchema.safeParse([own('  ')]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('materials.item.labelRequired');
  });

  it('refuses the same default twice and copies outside 1 to 99', () => {
    const shanghai = programme('shanghai-c-r3');
    const twice = [defaultItem(shanghai, 'work-summary', newId()), defaultItem(shanghai, 'work-summary', newId())];
    expect(checklistItemsSchema.safeParse(twice).error?.issues[0]?.message).toBe('materials.item.defaultTwice');
    expect(checklistItemsSchema.safeParse([{ ...own('A'), copies: 0 }]).error?.issues[0]?.message).toBe('materials.item.copies');
    expect(checklistItemsSchema.safeParse([{ ...own('A'), copies: 100 }]).error?.issues[0]?.message).toBe('materials.item.copies');
  });

  it('finds the defaults the user removed, and items naming a default the programme lacks', () => {
    const shanghai = programme('shanghai-c-r3');
    const items = seedChecklist(shanghai, newId, 'enterprise').slice(1);
    expect(missingDefaults(items, shanghai, 'enterprise')).toEqual(['assessment-form']);
    const foreign = [...items, defaultItem(shanghai, 'overseas-achievements', newId())];
    expect(unknownDefaults(foreign, shanghai)).toEqual([items.length]);
  });

  it('moves an item up and down, clamped to the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b'], 7, 0)).toEqual(['a', 'b']);
  });

  it('counts the items marked ready', () => {
    expect(checklistProgress([{ done: true }, { done: false }, { done: true }])).toEqual({ done: 2, total: 3 });
  });
});
