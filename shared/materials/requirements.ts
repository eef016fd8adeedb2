// How each default paper material of a programme starts in the checklist: copies, original or copy,
// signed, sealed. Data in templates/materials/requirements.json (with its reason); a material the file
// does not name starts as one copy with nothing ticked, because the notices do not say more.
import { z } from 'zod';
import requirementsFile from '../../templates/materials/requirements.json';
import { sourceSchema } from '../programmes/source';
import type { Programme } from '../programmes/schema';

export const ORIGINAL_OR_COPY = ['original', 'copy'] as const;
export type OriginalOrCopy = (typeof ORIGINAL_OR_COPY)[number];

export const MAX_COPIES = 99;

const requirementSchema = z.object({
  /** A number, or "printCopies": the programme's number of printed copies of the form. */
  copies: z.union([z.literal('printCopies'), z.number().int().min(1).max(MAX_COPIES)]),
  originalOrCopy: z.enum(ORIGINAL_OR_COPY).nullable(),
  signed: z.boolean(),
  sealed: z.boolean(),
  source: sourceSchema,
});
export type MaterialRequirement = z.output<typeof requirementSchema>;

export const requirementsFileSchema = z.object({
  schemaVersion: z.literal(1),
  note: z.string(),
  materials: z.record(z.string().regex(/^[a-z][a-z-]*$/), requirementSchema),
});

export const REQUIREMENTS = requirementsFileSchema.parse(requirementsFile);

export interface StartingValues {
  copies: number;
  originalOrCopy: OriginalOrCopy | null;
  signed: boolean;
  sealed: boolean;
}

const NOTHING_KNOWN: StartingValues = { copies: 1, originalOrCopy: null, signed: false, sealed: false };

/** What a default material starts with, for this programme. */
export function startingValues(programme: Pick<Programme, 'printCopies'>, materialId: string, requirements = REQUIREMENTS): StartingValues {
  const requirement = Object.prototype.hasOwnProperty.call(requirements.materials, materialId) ? requirements.materials[materialId] : undefined;
  if (!requirement) return NOTHING_KNOWN;
  // A programme that does not say how many copies to print (Guangzhou) gets one: the user sets the rest.
  const copies = requirement.copies === 'printCopies' ? (programme.printCopies.value ?? 1) : requirement.copies;
  return { copies, originalOrCopy: requirement.originalOrCopy, signed: requirement.signed, sealed: requirement.sealed };
}

/** The reason the file gives for a material's starting values, or null when it names none. */
export function requirementSource(materialId: string, requirements = REQUIREMENTS): MaterialRequirement['source'] | null {
  return Object.prototype.hasOwnProperty.call(requirements.materials, materialId) ? (requirements.materials[materialId]?.source ?? null) : null;
}
