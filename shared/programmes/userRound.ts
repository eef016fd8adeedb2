// A round the user creates from an existing programme (a fourth Shanghai round, say): the rules, steps and
// sources are copied; the dates are the user's. Stored by the backend, validated by the same schema as the
// shipped files, and marked user-entered so the UI can say where each date comes from.
//
// Errors: deriveRound and parseUserRound return a Result (`validation` with field issues); they never throw.
import { z } from 'zod';
import { describeIssues, toFieldIssues } from '../contract/issues';
import { fail, ok, type Result } from '../contract/result';
import { PROGRAMME_IDS, programmeId, programmeSchema, type Programme } from './schema';
import { isoDate, localizedText, nonEmpty, type Source } from './source';

/** A stored user round: a programme that says it is user-entered and what it was copied from. */
export const userRoundSchema = programmeSchema.refine((programme) => programme.userEntered && programme.basedOn !== null, {
  message: 'programme.notUserRound',
  path: ['userEntered'],
});

const optionalDate = isoDate.nullable().optional();

export const roundEditsSchema = z.object({
  id: programmeId.refine((id) => !(PROGRAMME_IDS as readonly string[]).includes(id), { message: 'programme.idTaken' }),
  name: localizedText,
  /** Where the user took the dates from (the notice's title or address), shown with every date. */
  note: z.string().trim().max(2000).default(''),
  noticeNumber: nonEmpty.nullable().default(null),
  noticeIssuedOn: optionalDate,
  dates: z
    .object({
      certificateVerifiedBy: optionalDate,
      materialsWindow: z.object({ from: isoDate, to: isoDate }).nullable().optional(),
      experienceCountedTo: optionalDate,
      correctionDeadline: optionalDate,
      paperMaterialsDeadline: optionalDate,
      interview: optionalDate,
    })
    .default({}),
  /** Rounds whose applicants the new notice excludes; absent = not known yet. */
  excludedRounds: z.array(programmeId).nullable().optional(),
});
export type RoundEdits = z.input<typeof roundEditsSchema>;

function validationError(error: z.ZodError, what: string): Result<never> {
  const issues = toFieldIssues(error);
  return fail('validation', `${what}: ${describeIssues(issues)}`, issues);
}

/**
 * A new round from `base` and the user's edits. A date the user did not give is null (shown as unknown),
 * never the base round's date: a later round's deadlines are not the earlier round's.
 */
export function deriveRound(base: Programme, edits: unknown): Result<Programme> {
  const parsedEdits = roundEditsSchema.safeParse(edits);
  if (!parsedEdits.success) return validationError(parsedEdits.error, 'round edits are invalid');
  const input = parsedEdits.data;
  if (input.id === base.id) return fail('validation', 'the new round needs its own id', [{ path: ['id'], key: 'programme.idTaken' }]);

  const userSource: Source = { type: 'user-entered', note: input.note };
  const date = <T>(value: T | null | undefined) => ({ value: value ?? null, source: userSource });
  const candidate = {
    ...base,
    id: input.id,
    userEntered: true,
    basedOn: base.id,
    name: input.name,
    notice: { number: input.noticeNumber, issuedOn: input.noticeIssuedOn ?? null, source: userSource },
    dates: {
      certificateVerifiedBy: { ...date(input.dates.certificateVerifiedBy), appliesTo: base.dates.certificateVerifiedBy.appliesTo },
      materialsWindow: date(input.dates.materialsWindow),
      experienceCountedTo: date(input.dates.experienceCountedTo),
      correctionDeadline: date(input.dates.correctionDeadline),
      paperMaterialsDeadline: date(input.dates.paperMaterialsDeadline),
      interview: date(input.dates.interview),
    },
    // The names of rounds without a file here go with the new round (it may exclude them too).
    excludedRounds: {
      value: input.excludedRounds ?? null,
      source: userSource,
      appliesTo: base.excludedRounds.appliesTo,
      ...(base.excludedRounds.names ? { names: base.excludedRounds.names } : {}),
    },
  };
  const parsed = userRoundSchema.safeParse(candidate);
  return parsed.success ? ok(parsed.data) : validationError(parsed.error, 'the derived round is invalid');
}

/** A user round read back from storage. */
export function parseUserRound(stored: unknown): Result<Programme> {
  const parsed = userRoundSchema.safeParse(stored);
  return parsed.success ? ok(parsed.data) : validationError(parsed.error, 'the stored round is invalid');
}
