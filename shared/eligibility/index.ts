// The eligibility engine: for each title level of a programme, every rule as pass / fail / unknown with the
// notice's words, what is missing, and when the years will suffice if the current work goes on.
//
// Errors: assessEligibility never throws. Malformed facts become `problems` (with paths) and make the checks
// that need them unknown; a level with any unknown check is never eligible. A value that is not a valid
// programme yields no levels and a problem. Use getProgramme / parseUserRound (Results) to obtain a programme.
import { dayNumber } from '../calendar/isoDate';
import type { FieldIssue } from '../contract/result';
import { getProgramme } from '../programmes';
import { programmeSchema, type Level, type Programme, type ProgrammeLevel } from '../programmes/schema';
import type { LocalizedText, Source } from '../programmes/source';
import type { Result } from '../contract/result';
import {
  annualEvaluation,
  catalogueLevel,
  certificateCategory,
  certificateVerified,
  degreeAndYears,
  earlierRounds,
  publicInstitution,
  qualificationValid,
  resolvedSeries,
  scienceOrEngineeringDegree,
  seriesForField,
  workInCity,
  type CheckContext,
  type EligibilityCheck,
  type ExperienceCounts,
} from './checks';
import { daysToCutoff, fullYears, type PeriodFilter } from './experience';
import { readFacts, type AssessOptions, type CountablePeriod, type EligibilityFacts, type ReadFacts } from './facts';
import { say, type Message } from './messages';
import { projectEligibleOn } from './projection';
import { roundStatusOf, type RoundStatus } from './roundStatus';

export type { AssessOptions, CertificateCategory, EligibilityFacts, EmployerKind, ListVersion, WorkPeriodFact } from './facts';
export { CERTIFICATE_CATEGORIES, EMPLOYER_KINDS } from './facts';
export { roundStatusOf, type RoundStatus } from './roundStatus';
export type { CheckId, CheckStatus, EligibilityCheck } from './checks';
export { CHECK_IDS } from './checks';

export type LevelStatus = 'eligible' | 'not-eligible' | 'unknown';

export interface LevelNote extends Message {
  source: Source;
}

export interface LevelAssessment {
  level: Level;
  status: LevelStatus;
  /** The titles of this level in the applicant's series (all the level's titles when the series is open). */
  titles: LocalizedText[];
  procedure: ProgrammeLevel['procedure']['kind'];
  checks: EligibilityCheck[];
  /** Facts or programme values to fill in before the status can be known, from every unknown check. */
  missing: string[];
  /** The years the applicant's best route asks for, when known. */
  requiredYears: number | null;
  /** For a level held back only by years: the day they suffice if ongoing work goes on (null otherwise). */
  projectedEligibleOn: string | null;
  notes: LevelNote[];
  /** The years are met only because overseas work is counted: whether it counts is the committee's judgement. */
  dependsOnOverseas: boolean;
}

export interface ExperienceSummary {
  countedTo: string | null;
  relevantYears: number | null;
  inCityYears: number | null;
  /** Full years of relevant overseas work inside the count (labelled in the UI); 0 when excluded. */
  overseasYears: number | null;
  overseasCounted: boolean;
  /** Days after `today` are counted (the cut-off lies ahead): the UI says "if your work goes on". */
  countsBeyondToday: boolean;
  /** Periods that could not be read (see `problems`), by index. */
  unreadablePeriods: number[];
}

export interface EligibilityAssessment {
  programmeId: string;
  levels: LevelAssessment[];
  experience: ExperienceSummary;
  /** How the years were counted (overseas work, days still ahead), each with its source. */
  notes: LevelNote[];
  /** Malformed facts, each with its path and an i18n key of shared/i18n/eligibility.ts. */
  problems: FieldIssue[];
  /** Where `today` stands against the round's materials window; unknown when either is not known. */
  roundStatus: RoundStatus;
  /** The last day of the materials window, when published (for "第三批已于…截止"). */
  roundClosesOn: string | null;
}

function experienceNotes(programme: Programme, summary: ExperienceSummary): LevelNote[] {
  const notes: LevelNote[] = [];
  const overseas = programme.overseasExperience.source;
  if (!summary.overseasCounted) notes.push({ ...say('eligibility.note.overseasExcluded'), source: overseas });
  else if ((summary.overseasYears ?? 0) > 0) notes.push({ ...say('eligibility.note.overseasCounted', { years: summary.overseasYears ?? 0 }), source: overseas });
  if (summary.countsBeyondToday && summary.countedTo !== null) {
    notes.push({ ...say('eligibility.note.beyondToday', { cutoff: summary.countedTo }), source: programme.dates.experienceCountedTo.source });
  }
  return notes;
}

const validProgrammes = new WeakSet<object>();

function isProgramme(value: unknown): value is Programme {
  if (typeof value !== 'object' || value === null) return false;
  if (validProgrammes.has(value)) return true;
  const valid = programmeSchema.safeParse(value).success;
  if (valid) validProgrammes.add(value);
  return valid;
}

function countExperience(programme: Programme, facts: ReadFacts): { counts: ExperienceCounts; summary: ExperienceSummary } {
  const counted: PeriodFilter = (period: CountablePeriod) => period.relevant && (facts.countOverseas || !period.overseas);
  const inCity: PeriodFilter = (period) => counted(period) && period.inCity;
  const cutoffDate = programme.dates.experienceCountedTo.value;
  const cutoff = cutoffDate === null ? null : dayNumber(cutoffDate);
  const periods = facts.periods ?? [];
  const yearsOf = (filter: PeriodFilter) => (cutoff === null || facts.periods === null ? null : fullYears(daysToCutoff(periods, filter, cutoff)));
  const overseasYears = facts.countOverseas ? yearsOf((period) => counted(period) && period.overseas) : 0;
  const counts: ExperienceCounts = { relevantYears: yearsOf(counted), inCityYears: yearsOf(inCity), hasInCityWork: periods.some(inCity) };
  const today = facts.today;
  const countsBeyondToday = cutoff !== null && today !== null && cutoff > today && periods.some((period) => counted(period) && (period.to ?? cutoff) > today);
  return {
    counts,
    summary: {
      countedTo: cutoffDate,
      relevantYears: counts.relevantYears,
      inCityYears: counts.inCityYears,
      overseasYears,
      overseasCounted: facts.countOverseas,
      countsBeyondToday,
      unreadablePeriods: facts.badPeriods,
    },
  };
}

function statusOf(checks: readonly EligibilityCheck[]): LevelStatus {
  if (checks.some((check) => check.status === 'fail')) return 'not-eligible';
  if (checks.some((check) => check.status === 'unknown')) return 'unknown';
  return 'eligible';
}

function assessLevel(programme: Programme, level: ProgrammeLevel, facts: ReadFacts, counts: ExperienceCounts, withoutOverseas: ExperienceCounts | null): LevelAssessment {
  const context: CheckContext = { programme, level, facts, counts };
  const years = degreeAndYears(context);
  const { requiredYears, ...yearsCheck } = years;
  const checks: EligibilityCheck[] = [yearsCheck, workInCity(context), seriesForField(context), scienceOrEngineeringDegree(context)];
  if (programme.dates.certificateVerifiedBy.appliesTo.includes(level.level)) checks.push(certificateVerified(context));
  if (programme.excludedRounds.appliesTo.includes(level.level)) checks.push(earlierRounds(context));
  const optionalChecks = [certificateCategory(context), publicInstitution(context), qualificationValid(context), catalogueLevel(context), annualEvaluation(context)];
  for (const optional of optionalChecks) if (optional) checks.push(optional);
  const status = statusOf(checks);
  const overseasDecides = status !== 'not-eligible' && withoutOverseas !== null && yearsFailWithout(context, withoutOverseas, checks);

  const series = resolvedSeries(programme, facts);
  const notes: LevelNote[] = [];
  if (level.procedure.kind === 'employer-appointment' && level.procedure.employerForm) {
    notes.push({ ...say('eligibility.note.employerAppointment', { form: level.procedure.employerForm }), source: level.procedure.source });
  }
  // 事业单位: "还须由所在单位主管部门确认事业单位岗位情况" at the employer's review, for every committee level.
  const postConfirmation = programme.publicInstitutions?.postConfirmation ?? null;
  if (facts.employerKind === 'public-institution' && postConfirmation !== null && level.procedure.kind === 'committee-assessment') {
    notes.push({ ...say('eligibility.note.postConfirmation'), source: postConfirmation });
  }
  // What the level's note says comes from the programme's source: the committee weighs overseas years
  // (Shanghai), or they count as domestic experience and are still proved to the evaluation (Guangzhou).
  if (overseasDecides) {
    const key = programme.overseasExperience.counts === 'as-domestic' ? 'eligibility.note.dependsOnOverseasAsDomestic' : 'eligibility.note.dependsOnOverseas';
    notes.push({ ...say(key), source: programme.overseasExperience.source });
  }
  return {
    level: level.level,
    status,
    titles: level.titles.filter((title) => series === null || title.series === series).map((title) => title.title),
    procedure: level.procedure.kind,
    checks,
    missing: [...new Set(checks.filter((check) => check.status === 'unknown').flatMap((check) => check.missing))],
    requiredYears,
    projectedEligibleOn: projectEligibleOn(programme, facts, checks, requiredYears),
    notes,
    dependsOnOverseas: overseasDecides,
  };
}

const YEAR_CHECKS = new Set<string>(['degree-and-years', 'work-in-city']);

/** The year checks pass as counted, and one of them would not without the overseas years. */
function yearsFailWithout(context: CheckContext, withoutOverseas: ExperienceCounts, checks: readonly EligibilityCheck[]): boolean {
  const counted = checks.filter((check) => YEAR_CHECKS.has(check.id));
  if (counted.some((check) => check.status !== 'pass')) return false;
  const without = { ...context, counts: withoutOverseas };
  return degreeAndYears(without).status !== 'pass' || workInCity(without).status !== 'pass';
}

export function assessEligibility(programme: Programme, facts: Partial<EligibilityFacts>, options: AssessOptions = {}): EligibilityAssessment {
  const read = readFacts(facts, options);
  if (!isProgramme(programme)) {
    const empty: ExperienceSummary = { countedTo: null, relevantYears: null, inCityYears: null, overseasYears: null, overseasCounted: read.countOverseas, countsBeyondToday: false, unreadablePeriods: read.badPeriods };
    const problems: FieldIssue[] = [{ path: ['programme'], key: 'eligibility.problem.invalidValue' }, ...read.problems];
    return { programmeId: '', levels: [], experience: empty, notes: [], problems, roundStatus: 'unknown', roundClosesOn: null };
  }
  const { counts, summary } = countExperience(programme, read);
  // The same counts with overseas work left out, to tell which levels rest on it (none when it is excluded).
  const withoutOverseas = read.countOverseas ? countExperience(programme, { ...read, countOverseas: false }).counts : null;
  return {
    programmeId: programme.id,
    levels: programme.levels.map((level) => assessLevel(programme, level, read, counts, withoutOverseas)),
    experience: summary,
    notes: experienceNotes(programme, summary),
    problems: read.problems,
    roundStatus: roundStatusOf(programme, read.today),
    roundClosesOn: programme.dates.materialsWindow.value?.to ?? null,
  };
}

/** getProgramme and assessEligibility in one step: `not-found` for an unknown id. */
export function assessEligibilityFor(programmeId: string, facts: Partial<EligibilityFacts>, options: AssessOptions = {}): Result<EligibilityAssessment> {
  const programme = getProgramme(programmeId);
  return programme.ok ? { ok: true, value: assessEligibility(programme.value, facts, options) } : programme;
}

