// Which of a programme's steps apply to an applicant, and the record of a step nobody has touched yet.
// The steps and the levels they apply to are data (templates/programmes); only the default "who acts" is
// chosen here, as a starting point the user changes: the notices say what happens, not who does it.
import type { EmployerKind } from '../profile/schema';
import { type Level, type Programme, type ProgrammeStep, appliesToEmployer } from '../programmes/schema';
import type { Actor, StepRecord } from './schema';

/**
 * The usual actor of the shipped steps, read from the procedure (policy.md): the employer reviews, posts
 * the notice and appoints juniors; the committee accepts, publishes results and issues certificates.
 * A step not named here (a user round's, Guangzhou's) starts with the applicant.
 */
const USUAL_ACTOR: Readonly<Record<string, Actor>> = {
  'employer-appointment': 'employer',
  'employer-review': 'employer',
  // The employer asks its supervising authority to confirm the post (事业单位 only).
  'post-confirmation': 'employer',
  'public-notice': 'employer',
  'acceptance-review': 'authority',
  'result-notice': 'authority',
};

export function defaultActor(stepId: string): Actor {
  return USUAL_ACTOR[stepId] ?? 'applicant';
}

export function defaultStepRecord(stepId: string): StepRecord {
  return { stepId, status: 'not-started', actor: defaultActor(stepId), startedOn: null, doneOn: null, dueOverride: null, notes: '', updatedAt: null };
}

/** True when the level's title is appointed by the employer (the junior level's short path). */
export function isEmployerAppointed(programme: Programme, level: Level | null): boolean {
  if (level === null) return false;
  return programme.levels.find((entry) => entry.level === level)?.procedure.kind === 'employer-appointment';
}

/**
 * The steps of the applicant's path, in the programme's order. With no level chosen yet: the steps of every
 * level that is not appointed by the employer (the committee's path), which is what most applicants follow.
 * A step for some employers only (事业单位: the supervising authority confirms the post) is on the path of an
 * applicant whose employer is of that kind; with the kind not entered, it is not.
 */
export function applicableSteps(programme: Programme, level: Level | null, employerKind: EmployerKind | null): ProgrammeStep[] {
  const forEmployer = programme.steps.filter((step) => appliesToEmployer(step, employerKind));
  if (level !== null) return forEmployer.filter((step) => step.levels.includes(level));
  const assessed = new Set(programme.levels.filter((entry) => entry.procedure.kind !== 'employer-appointment').map((entry) => entry.level));
  return forEmployer.filter((step) => step.levels.some((stepLevel) => assessed.has(stepLevel)));
}

/** Stored records for the applicable steps, a default for each step never touched. */
export function stepRecordsFor(steps: readonly ProgrammeStep[], stored: readonly StepRecord[]): StepRecord[] {
  const byId = new Map(stored.map((record) => [record.stepId, record]));
  return steps.map((step) => byId.get(step.id) ?? defaultStepRecord(step.id));
}
