// The assessing committee (评委会) is one fact: the programme names its assessing body (with its source), and
// that is what the form uses. The form's own field keeps only a user's override, for when the online system
// names the committee differently; a value equal to the programme's name is no override (forms saved before
// this rule often hold a copy of it). Without a named body (Guangzhou's notice names none), the field is the
// only source and is required.
import type { Programme } from '../programmes/schema';
import type { AssessmentForm } from './schema';

export type CommitteeOrigin = 'programme' | 'override' | 'missing';

export interface EffectiveCommittee {
  /** The Chinese name used on the form and in the online system; null when neither side has one. */
  value: string | null;
  origin: CommitteeOrigin;
  /** The programme's name for its assessing body, when it names one. */
  programmeBody: string | null;
}

type BodyOf = Pick<Programme, 'assessingBody'> | null | undefined;

export function programmeCommittee(programme: BodyOf): string | null {
  const name = programme?.assessingBody.value?.zh.trim() ?? '';
  return name === '' ? null : name;
}

/** A typed committee that only repeats the programme's name holds nothing of its own. */
export function isCommitteeOverride(typed: string, programme: BodyOf): boolean {
  const value = typed.trim();
  return value !== '' && value !== programmeCommittee(programme);
}

export function effectiveCommittee(registration: Pick<AssessmentForm['registration'], 'committee'>, programme: BodyOf): EffectiveCommittee {
  const programmeBody = programmeCommittee(programme);
  if (isCommitteeOverride(registration.committee, programme)) return { value: registration.committee.trim(), origin: 'override', programmeBody };
  if (programmeBody !== null) return { value: programmeBody, origin: 'programme', programmeBody };
  return { value: null, origin: 'missing', programmeBody };
}
