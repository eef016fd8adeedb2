// The shipped programmes, imported statically (so the renderer and Node load them alike, with no file
// system) and validated with the schema when this module is first used. A file that fails validation is
// reported as an `internal` error for its id, never half-used.
//
// Errors: getProgramme returns a Result (`not-found` for an unknown id); nothing here throws.
import guangzhou2025 from '../../templates/programmes/guangzhou-2025.json';
import shanghaiR2 from '../../templates/programmes/shanghai-c-r2.json';
import shanghaiR3 from '../../templates/programmes/shanghai-c-r3.json';
import { describeIssues, toFieldIssues } from '../contract/issues';
import { fail, ok, type Result } from '../contract/result';
import { PROGRAMME_IDS, programmeSchema, type Programme, type ProgrammeId } from './schema';
import type { LocalizedText } from './source';

export * from './schema';
export { certificateServices, listServices } from './services';
export { deriveRound, parseUserRound, roundEditsSchema, userRoundSchema, type RoundEdits } from './userRound';
export type { Catalogue, CategoryServices, CertificateCategory } from './catalogueSchema';
export type { LocalizedText, Source } from './source';

const FILES: Record<ProgrammeId, unknown> = {
  'shanghai-c-r2': shanghaiR2,
  'shanghai-c-r3': shanghaiR3,
  'guangzhou-2025': guangzhou2025,
};

const cache = new Map<string, Result<Programme>>();

/** Validates a programme file; `label` names it in the error. */
export function parseProgramme(input: unknown, label: string): Result<Programme> {
  const parsed = programmeSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = toFieldIssues(parsed.error);
  return fail('internal', `programme ${label} is invalid: ${describeIssues(issues)}`, issues);
}

export function isProgrammeId(id: unknown): id is ProgrammeId {
  return typeof id === 'string' && (PROGRAMME_IDS as readonly string[]).includes(id);
}

export function getProgramme(id: string): Result<Programme> {
  if (!isProgrammeId(id)) return fail('not-found', `no programme with id ${JSON.stringify(id)}`);
  let result = cache.get(id);
  if (!result) {
    result = parseProgramme(FILES[id], id);
    cache.set(id, result);
  }
  return result;
}

/** Every shipped programme that validates (an invalid file is left out; getProgramme says why). */
export function listProgrammes(): Programme[] {
  return PROGRAMME_IDS.flatMap((id) => {
    const result = getProgramme(id);
    return result.ok ? [result.value] : [];
  });
}

/**
 * A round as the notices name it, for a person (never the bare id): as the given programme's data names the
 * rounds it excludes, else the shipped programme of that id, else as any shipped programme's data names it
 * (a round chosen under another programme, Shanghai's first round). null: no data names it.
 */
export function roundName(id: string, programme?: Pick<Programme, 'excludedRounds'> | null): LocalizedText | null {
  const own = programme?.excludedRounds.names?.[id];
  if (own) return own;
  const shipped = getProgramme(id);
  if (shipped.ok) return shipped.value.name;
  for (const entry of listProgrammes()) {
    const named = entry.excludedRounds.names?.[id];
    if (named) return named;
  }
  return null;
}
