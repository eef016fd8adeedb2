// The applicant's facts as the engine needs them, read defensively: any field may be missing or malformed
// (a half-filled profile, a value from an older database). A missing fact becomes null and makes the checks
// that need it `unknown`; a malformed one is also reported as a problem with its path. Nothing here throws.
import { dayNumber } from '../calendar/isoDate';
import type { FieldIssue } from '../contract/result';
import { DEGREES, FIELDS, LEVELS, SERIES, type Degree, type Field, type Level, type Series } from '../programmes/schema';
import type { EligibilityKey } from '../i18n/eligibility';
import { CERTIFICATE_CATEGORIES, EMPLOYER_KINDS, LIST_VERSIONS, type EmployerKind } from '../profile/schema';

export interface WorkPeriodFact {
  /** null only in a half-filled profile: the period is then reported and not counted. */
  start: string | null;
  /** null: ongoing. */
  end: string | null;
  relevant: boolean;
  inCity: boolean;
  /** Overseas work counts (labelled) unless the caller excludes it. */
  overseas?: boolean;
}

/** The public contract of issue 3, with `catalogueLevel` added for Guangzhou. */
export interface EligibilityFacts {
  degree: Degree | null;
  scienceOrEngineeringDegree: boolean | null;
  field: Field | null;
  series: Series | null;
  workPeriods: WorkPeriodFact[];
  /** null: not verified yet. */
  certificateVerifiedOn: string | null;
  earlierRounds: string[];
  /** The level Guangzhou's catalogue maps the qualification to. */
  catalogueLevel?: Level | null;
  /** Issue 11. The certificate's categories in the list the programme names; null: not entered. */
  certificateCategories?: CertificateCategory[] | null;
  /** The list version the certificate's categories were recorded under (a note when it is not the round's). */
  certificateListVersion?: ListVersion | null;
  employerKind?: EmployerKind | null;
  /** 事业单位: the supervising authority agreed (经上级主管部门同意). */
  supervisorConsent?: boolean | null;
  /** A Chinese title already held; null: not entered (or none). */
  currentTitleLevel?: Level | null;
  /** The last day the overseas qualification is valid, renewals counted; null: no known validity. */
  certificateValidUntil?: string | null;
}

export { CERTIFICATE_CATEGORIES, EMPLOYER_KINDS, LIST_VERSIONS };
export type CertificateCategory = (typeof CERTIFICATE_CATEGORIES)[number];
export type ListVersion = (typeof LIST_VERSIONS)[number];
export type { EmployerKind };

export interface AssessOptions {
  /** The date to judge deadlines and future periods against; the engine never reads a clock. */
  today?: string | null;
  /** false leaves overseas periods out of every count. Default true (policy.md: counted, labelled). */
  countOverseas?: boolean;
}

/** A work period that can be counted: inclusive day numbers, end null while ongoing. */
export interface CountablePeriod {
  index: number;
  from: number;
  to: number | null;
  relevant: boolean;
  inCity: boolean;
  overseas: boolean;
}

export interface ReadFacts {
  degree: Degree | null;
  scienceOrEngineeringDegree: boolean | null;
  field: Field | null;
  series: Series | null;
  /** null when the list itself is missing. */
  periods: CountablePeriod[] | null;
  /** Indices of periods that could not be read: counts that need them are unknown, not failed. */
  badPeriods: number[];
  /** undefined: not entered; null: not verified yet. */
  verifiedOn: number | null | undefined;
  earlierRounds: string[] | null;
  catalogueLevel: Level | null;
  certificateCategories: CertificateCategory[] | null;
  certificateListVersion: ListVersion | null;
  employerKind: EmployerKind | null;
  supervisorConsent: boolean | null;
  currentTitleLevel: Level | null;
  /** Day number; null: no known validity. */
  certificateValidUntil: number | null;
  today: number | null;
  countOverseas: boolean;
  problems: FieldIssue[];
}

const problem = (path: (string | number)[], key: EligibilityKey): FieldIssue => ({ path, key });
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function member<T extends string>(values: readonly T[], value: unknown, path: string, problems: FieldIssue[]): T | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  problems.push(problem([path], 'eligibility.problem.invalidValue'));
  return null;
}

function flag(value: unknown, path: string, problems: FieldIssue[]): boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value;
  problems.push(problem([path], 'eligibility.problem.invalidValue'));
  return null;
}

function readPeriod(raw: unknown, index: number, today: number | null, problems: FieldIssue[]): CountablePeriod | null {
  const path = (key: string) => ['workPeriods', index, key];
  if (!isRecord(raw)) {
    problems.push(problem(['workPeriods', index], 'eligibility.problem.invalidValue'));
    return null;
  }
  const from = typeof raw.start === 'string' ? dayNumber(raw.start) : null;
  const hasEnd = raw.end !== null && raw.end !== undefined;
  const to = hasEnd && typeof raw.end === 'string' ? dayNumber(raw.end) : null;
  const before = problems.length;
  const noStart = raw.start === null || raw.start === undefined || raw.start === '';
  if (from === null) problems.push(problem(path('start'), noStart ? 'eligibility.problem.missingStart' : 'eligibility.problem.invalidDate'));
  if (hasEnd && to === null) problems.push(problem(path('end'), 'eligibility.problem.invalidDate'));
  if (from !== null && to !== null && to < from) problems.push(problem(path('end'), 'eligibility.problem.endBeforeStart'));
  if (from !== null && today !== null && from > today) problems.push(problem(path('start'), 'eligibility.problem.futureStart'));
  if (typeof raw.relevant !== 'boolean' || typeof raw.inCity !== 'boolean') problems.push(problem(['workPeriods', index], 'eligibility.problem.missingFlag'));
  if (raw.overseas !== undefined && raw.overseas !== null && typeof raw.overseas !== 'boolean') problems.push(problem(path('overseas'), 'eligibility.problem.invalidValue'));
  if (problems.length > before || from === null) return null;
  return { index, from, to, relevant: raw.relevant === true, inCity: raw.inCity === true, overseas: raw.overseas === true };
}

export function readFacts(facts: unknown, options: AssessOptions = {}): ReadFacts {
  const problems: FieldIssue[] = [];
  const input = isRecord(facts) ? facts : {};
  if (!isRecord(facts)) problems.push(problem([], 'eligibility.problem.invalidValue'));

  let today: number | null = null;
  if (options.today !== undefined && options.today !== null) {
    today = typeof options.today === 'string' ? dayNumber(options.today) : null;
    if (today === null) problems.push(problem(['today'], 'eligibility.problem.invalidToday'));
  }

  let periods: CountablePeriod[] | null = null;
  const badPeriods: number[] = [];
  if (Array.isArray(input.workPeriods)) {
    periods = [];
    input.workPeriods.forEach((raw, index) => {
      const period = readPeriod(raw, index, today, problems);
      if (period) periods?.push(period);
      // A broken period marked not relevant could never count: it is reported but does not block the counts.
      else if (!isRecord(raw) || raw.relevant !== false) badPeriods.push(index);
    });
  } else if (input.workPeriods !== undefined && input.workPeriods !== null) {
    problems.push(problem(['workPeriods'], 'eligibility.problem.invalidValue'));
  }

  let verifiedOn: number | null | undefined;
  if (input.certificateVerifiedOn === null) verifiedOn = null;
  else if (typeof input.certificateVerifiedOn === 'string' && dayNumber(input.certificateVerifiedOn) !== null) verifiedOn = dayNumber(input.certificateVerifiedOn);
  else if (input.certificateVerifiedOn !== undefined) problems.push(problem(['certificateVerifiedOn'], 'eligibility.problem.invalidDate'));

  let earlierRounds: string[] | null = null;
  if (Array.isArray(input.earlierRounds) && input.earlierRounds.every((round) => typeof round === 'string')) earlierRounds = input.earlierRounds;
  else if (input.earlierRounds !== undefined && input.earlierRounds !== null) problems.push(problem(['earlierRounds'], 'eligibility.problem.invalidValue'));

  let certificateCategories: CertificateCategory[] | null = null;
  if (Array.isArray(input.certificateCategories)) {
    const values: unknown[] = input.certificateCategories;
    if (values.every((value) => typeof value === 'string' && (CERTIFICATE_CATEGORIES as readonly string[]).includes(value))) {
      certificateCategories = [...new Set(values as CertificateCategory[])];
    } else problems.push(problem(['certificateCategories'], 'eligibility.problem.invalidValue'));
  } else if (input.certificateCategories !== undefined && input.certificateCategories !== null) {
    problems.push(problem(['certificateCategories'], 'eligibility.problem.invalidValue'));
  }

  let certificateValidUntil: number | null = null;
  if (typeof input.certificateValidUntil === 'string' && dayNumber(input.certificateValidUntil) !== null) certificateValidUntil = dayNumber(input.certificateValidUntil);
  else if (input.certificateValidUntil !== undefined && input.certificateValidUntil !== null) problems.push(problem(['certificateValidUntil'], 'eligibility.problem.invalidDate'));

  return {
    degree: member(DEGREES, input.degree, 'degree', problems),
    scienceOrEngineeringDegree: flag(input.scienceOrEngineeringDegree, 'scienceOrEngineeringDegree', problems),
    field: member(FIELDS, input.field, 'field', problems),
    series: member(SERIES, input.series, 'series', problems),
    periods,
    badPeriods,
    verifiedOn,
    earlierRounds,
    catalogueLevel: member(LEVELS, input.catalogueLevel, 'catalogueLevel', problems),
    certificateCategories,
    certificateListVersion: member(LIST_VERSIONS, input.certificateListVersion, 'certificateListVersion', problems),
    employerKind: member(EMPLOYER_KINDS, input.employerKind, 'employerKind', problems),
    supervisorConsent: flag(input.supervisorConsent, 'supervisorConsent', problems),
    currentTitleLevel: member(LEVELS, input.currentTitleLevel, 'currentTitleLevel', problems),
    certificateValidUntil,
    today,
    countOverseas: options.countOverseas !== false,
    problems,
  };
}
