// Test fixtures: an applicant who meets every rule of round 3 except where a test changes one fact.
import { assessEligibility, type EligibilityFacts, type AssessOptions, type CheckId } from '../../../shared/eligibility';
import { getProgramme, type Level, type Programme } from '../../../shared/programmes';

export function programme(id: string): Programme {
  const result = getProgramme(id);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export const qualified: EligibilityFacts = {
  degree: 'bachelor',
  scienceOrEngineeringDegree: true,
  field: 'information-technology',
  series: 'engineering',
  workPeriods: [{ start: '2010-01-01', end: null, relevant: true, inCity: true }],
  certificateVerifiedOn: '2025-06-01',
  earlierRounds: [],
  certificateCategories: ['C'],
  certificateListVersion: '2.0',
  employerKind: 'enterprise',
  supervisorConsent: null,
  currentTitleLevel: null,
};

export const TODAY_R3 = '2025-09-10';

export function assess(facts: Partial<EligibilityFacts>, options: AssessOptions = { today: TODAY_R3 }, id = 'shanghai-c-r3') {
  return assessEligibility(programme(id), facts, options);
}

export function levelOf(facts: Partial<EligibilityFacts>, level: Level, options?: AssessOptions, id?: string) {
  const found = assess(facts, options, id).levels.find((entry) => entry.level === level);
  if (!found) throw new Error(`no level ${level}`);
  return found;
}

export function checkOf(facts: Partial<EligibilityFacts>, level: Level, check: CheckId, options?: AssessOptions, id?: string) {
  const found = levelOf(facts, level, options, id).checks.find((entry) => entry.id === check);
  if (!found) throw new Error(`no check ${check}`);
  return found;
}

/** One relevant period in Shanghai from `start` to `end`. */
export const workedFrom = (start: string, end: string | null = null) => [{ start, end, relevant: true, inCity: true }];
