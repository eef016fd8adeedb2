// The paper-materials checklist of one applicant for one programme: the programme's neutral defaults
// (labels from the programme, in both languages) and the user's own items, in the user's order. Pure: the
// backend stores it, the renderer edits it, both validate it with these schemas.
import { z } from 'zod';
import type { EmployerKind } from '../profile/schema';
import { type Programme, appliesToEmployer } from '../programmes/schema';
import { MAX_COPIES, ORIGINAL_OR_COPY, startingValues } from './requirements';

export const CHECKLIST_LIMITS = { items: 100, label: 200, note: 1000 } as const;

const defaultKey = z.string().regex(/^[a-z][a-z-]*$/, { error: 'field.invalid' }).max(60);

export const materialItemSchema = z
  .object({
    id: z.uuid({ error: 'field.invalid' }),
    /** The programme default this item stands for (label from the programme); null for the user's own. */
    fromDefault: defaultKey.nullable(),
    /** The user's own label; '' for a default, whose label the programme gives. */
    label: z.string({ error: 'field.invalid' }).trim().max(CHECKLIST_LIMITS.label, { error: 'materials.item.labelTooLong' }),
    copies: z
      .number({ error: 'materials.item.copies' })
      .int({ error: 'materials.item.copies' })
      .min(1, { error: 'materials.item.copies' })
      .max(MAX_COPIES, { error: 'materials.item.copies' }),
    originalOrCopy: z.enum(ORIGINAL_OR_COPY, { error: 'field.invalid' }).nullable(),
    signed: z.boolean(),
    sealed: z.boolean(),
    done: z.boolean(),
    note: z.string({ error: 'field.invalid' }).max(CHECKLIST_LIMITS.note, { error: 'materials.item.noteTooLong' }),
  })
  .superRefine((item, ctx) => {
    if (item.fromDefault === null && item.label === '') ctx.addIssue({ code: 'custom', message: 'materials.item.labelRequired', path: ['label'] });
  });
export type MaterialItem = z.output<typeof materialItemSchema>;

export const checklistItemsSchema = z
  .array(materialItemSchema)
  .max(CHECKLIST_LIMITS.items, { error: 'materials.checklist.tooMany' })
  .superRefine((items, ctx) => {
    const seenIds = new Set<string>();
    const seenDefaults = new Set<string>();
    items.forEach((item, index) => {
      if (seenIds.has(item.id)) ctx.addIssue({ code: 'custom', message: 'field.duplicateRow', path: [index, 'id'] });
      seenIds.add(item.id);
      if (item.fromDefault !== null) {
        if (seenDefaults.has(item.fromDefault)) ctx.addIssue({ code: 'custom', message: 'materials.item.defaultTwice', path: [index, 'fromDefault'] });
        seenDefaults.add(item.fromDefault);
      }
    });
  });

/**
 * The checklist a programme starts with: its defaults in its order, with their starting values. A default for
 * some employers only (事业单位: the post confirmation) is there when the applicant's employer is of that kind.
 */
export function seedChecklist(programme: Pick<Programme, 'defaultPaperMaterials' | 'printCopies'>, newId: () => string, employerKind: EmployerKind | null): MaterialItem[] {
  return applicableDefaults(programme, employerKind).map((material) => defaultItem(programme, material.id, newId()));
}

/** The programme's defaults that apply to an applicant whose employer is of `employerKind`. */
export function applicableDefaults(programme: Pick<Programme, 'defaultPaperMaterials'>, employerKind: EmployerKind | null): Programme['defaultPaperMaterials'] {
  return programme.defaultPaperMaterials.filter((material) => appliesToEmployer(material, employerKind));
}

/** One default item, as the programme starts it (also used to add back a default the user removed). */
export function defaultItem(programme: Pick<Programme, 'printCopies'>, materialId: string, id: string): MaterialItem {
  return { id, fromDefault: materialId, label: '', ...startingValues(programme, materialId), done: false, note: '' };
}

/**
 * The programme's defaults for this applicant that are not in the checklist (removed by the user, added in a
 * later version, or applying since the employer kind was entered).
 */
export function missingDefaults(items: readonly MaterialItem[], programme: Pick<Programme, 'defaultPaperMaterials'>, employerKind: EmployerKind | null): string[] {
  const present = new Set(items.map((item) => item.fromDefault));
  return applicableDefaults(programme, employerKind).filter((material) => !present.has(material.id)).map((material) => material.id);
}

/** Items naming a default the programme does not have: refused on save (the label would be missing). */
export function unknownDefaults(items: readonly MaterialItem[], programme: Pick<Programme, 'defaultPaperMaterials'>): number[] {
  const known = new Set(programme.defaultPaperMaterials.map((material) => material.id));
  return items.flatMap((item, index) => (item.fromDefault !== null && !known.has(item.fromDefault) ? [index] : []));
}

/** How far the paper materials are: items marked done, of all items. */
export function checklistProgress(items: readonly Pick<MaterialItem, 'done'>[]): { done: number; total: number } {
  return { done: items.filter((item) => item.done).length, total: items.length };
}

/** Moves the item at `from` to `to` (both clamped); returns a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [moved] = next.splice(from, 1) as [T];
  next.splice(target, 0, moved);
  return next;
}
