// One function per rule of the notices. Each returns pass, fail or unknown with its message and the source it
// applies; a check that lacks a fact (or a value the programme does not publish) is unknown, never a pass.
import { fromDay } from '../calendar/isoDate';
import type { Degree, Level, Programme, ProgrammeLevel, Series, ThresholdRoute } from '../programmes/schema';
import type { Source } from '../programmes/source';
import { roundName } from '../programmes/index';
import type { EligibilityKey } from '../i18n/eligibility';
import type { ReadFacts } from './facts';
import { joinLabels, label, say, type Message, type MessageParams } from './messages';

export const CHECK_IDS = [
  'degree-and-years',
  'work-in-city',
  'series-for-field',
  'science-or-engineering-degree',
  'certificate-verified',
  'earlier-rounds',
  'catalogue-level',
  'annual-evaluation',
  'certificate-category',
  'public-institution',
  'qualification-valid',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export type CheckStatus = 'pass' | 'fail' | 'unknown';

export interface EligibilityCheck extends Message {
  id: CheckId;
  status: CheckStatus;
  /** The rule applied, with the notice's words when there are any. */
  source: Source;
  /** Facts (or programme values) whose absence made the check unknown. */
  missing: string[];
  /** The notice states the rule "in principle" (原则上): the committee applies it and may allow exceptions. */
  inPrinciple: boolean;
}

/** Counts shared by the checks of every level, computed once per assessment. */
export interface ExperienceCounts {
  relevantYears: number | null;
  inCityYears: number | null;
  hasInCityWork: boolean;
}

export interface CheckContext {
  programme: Programme;
  level: ProgrammeLevel;
  facts: ReadFacts;
  counts: ExperienceCounts;
}

const make = (id: CheckId, status: CheckStatus, source: Source, key: EligibilityKey, params: MessageParams = {}, missing: string[] = []): EligibilityCheck => ({
  id,
  status,
  source,
  missing,
  inPrinciple: false,
  ...say(key, params),
});


/** Highest degree first; master's and second bachelor's stand level (the notices always name them together). */
const DEGREE_RANK: Record<Degree, number> = { doctorate: 3, master: 2, 'second-bachelor': 2, bachelor: 1, 'below-bachelor': 0 };

/** A route asks for one of its degrees; the notices list the lowest degree of each route, so a higher one meets it too. */
function routeMet(route: ThresholdRoute, degree: Degree): boolean {
  return route.degrees.includes(degree) || DEGREE_RANK[degree] > Math.max(...route.degrees.map((entry) => DEGREE_RANK[entry]));
}

const cutoffText = (programme: Programme) => programme.dates.experienceCountedTo.value ?? '—';

export function degreeAndYears({ programme, level, facts, counts }: CheckContext): EligibilityCheck & { requiredYears: number | null } {
  const { routes, source } = level.thresholds;
  const id = 'degree-and-years';
  const result = (check: EligibilityCheck, requiredYears: number | null = null) => ({ ...check, requiredYears });
  if (routes === null) return result(make(id, 'unknown', source, 'eligibility.years.thresholdsUnknown'));
  if (facts.degree === null) return result(make(id, 'unknown', source, 'eligibility.years.degreeMissing', {}, ['degree']));
  const degree = label(`eligibility.degree.${facts.degree}`);
  const open = routes.filter((route) => routeMet(route, facts.degree as Degree));
  if (open.length === 0) return result(make(id, 'fail', source, 'eligibility.years.noRoute', { degree }));
  const known = open.filter((route): route is ThresholdRoute & { minYears: number } => route.minYears !== null);
  const best = known.reduce<(typeof known)[number] | null>((kept, route) => (kept === null || route.minYears < kept.minYears ? route : kept), null);
  const someUnknown = known.length < open.length;
  if (best === null) return result(make(id, 'unknown', open[0]?.source ?? source, 'eligibility.years.routeYearsUnknown', { degree }));
  const required = best.minYears;
  if (required === 0) return result(make(id, 'pass', best.source, 'eligibility.years.noYearsNeeded', { degree }), 0);
  const params = { degree, required, cutoff: cutoffText(programme), counted: counts.relevantYears ?? 0 };
  if (facts.periods === null) return result(make(id, 'unknown', best.source, 'eligibility.years.periodsMissing', params, ['workPeriods']), required);
  if (counts.relevantYears === null) {
    return result(make(id, 'unknown', programme.dates.experienceCountedTo.source, 'eligibility.years.cutoffUnknown', params, ['programme.experienceCountedTo']), required);
  }
  if (counts.relevantYears >= required) return result(make(id, 'pass', best.source, 'eligibility.years.pass', params), required);
  if (facts.badPeriods.length > 0) return result(make(id, 'unknown', best.source, 'eligibility.years.badPeriods', params, ['workPeriods']), required);
  if (someUnknown) return result(make(id, 'unknown', best.source, 'eligibility.years.routeYearsUnknown', { degree }), required);
  return result(make(id, 'fail', best.source, 'eligibility.years.fail', params), required);
}

/**
 * "持证人员原则上应在本市从事…相关的专业技术工作 1 年以上": where the notice says 原则上, a shortfall still fails,
 * marked `inPrinciple`, and says the committee applies the rule (exceptions are asked about, not assumed).
 */
export function workInCity({ programme, facts, counts }: CheckContext): EligibilityCheck {
  const rule = programme.inCityWork;
  const id = 'work-in-city';
  const city = rule.city;
  const inPrinciple = rule.inPrinciple === true;
  const failing = (key: 'eligibility.inCity.fail' | 'eligibility.inCity.none', params: MessageParams): EligibilityCheck => ({
    ...make(id, 'fail', rule.source, inPrinciple ? `${key}InPrinciple` : key, params),
    inPrinciple,
  });
  const marked = (check: EligibilityCheck): EligibilityCheck => ({ ...check, inPrinciple });
  if (facts.periods === null) return marked(make(id, 'unknown', rule.source, 'eligibility.inCity.periodsMissing', { city }, ['workPeriods']));
  const noneEntered = !counts.hasInCityWork && facts.badPeriods.length === 0;
  if (rule.value === null) {
    return noneEntered ? failing('eligibility.inCity.none', { city }) : marked(make(id, 'unknown', rule.source, 'eligibility.inCity.durationUnknown', { city }));
  }
  if (counts.inCityYears === null) {
    return marked(make(id, 'unknown', programme.dates.experienceCountedTo.source, 'eligibility.inCity.cutoffUnknown', { city }, ['programme.experienceCountedTo']));
  }
  const params = { city, required: rule.value, counted: counts.inCityYears, cutoff: cutoffText(programme) };
  if (counts.inCityYears >= rule.value) return marked(make(id, 'pass', rule.source, 'eligibility.inCity.pass', params));
  if (facts.badPeriods.length > 0) return marked(make(id, 'unknown', rule.source, 'eligibility.inCity.badPeriods', params, ['workPeriods']));
  return failing('eligibility.inCity.fail', params);
}

/** The series the applicant applies in: the one chosen, or the only one the field leads to. */
export function resolvedSeries(programme: Programme, facts: ReadFacts): Series | null {
  const entry = programme.seriesByField.find((candidate) => candidate.field === facts.field);
  if (facts.series !== null) return facts.series;
  return entry && entry.series.length === 1 ? (entry.series[0] ?? null) : null;
}

export function seriesForField({ programme, level, facts }: CheckContext): EligibilityCheck {
  const id = 'series-for-field';
  const fallbackSource = programme.seriesByField[0]?.source ?? programme.list.source;
  if (facts.field === null) return make(id, 'unknown', fallbackSource, 'eligibility.series.fieldMissing', {}, ['field']);
  const field = label(`eligibility.field.${facts.field}`);
  const entry = programme.seriesByField.find((candidate) => candidate.field === facts.field);
  if (!entry) return make(id, 'fail', fallbackSource, 'eligibility.series.fieldNotCovered', { field });
  if (!entry.levels.includes(level.level)) return make(id, 'fail', entry.source, 'eligibility.series.levelNotOffered', { field });
  const titles = joinLabels(level.titles.filter((title) => entry.series.includes(title.series)).map((title) => title.title));
  if (facts.series === null) {
    return entry.series.length === 1
      ? make(id, 'pass', entry.source, 'eligibility.series.pass', { field, titles })
      : make(id, 'unknown', entry.source, 'eligibility.series.chooseOne', { field, titles }, ['series']);
  }
  if (!entry.series.includes(facts.series)) return make(id, 'fail', entry.source, 'eligibility.series.mismatch', { field, titles });
  const chosen = joinLabels(level.titles.filter((title) => title.series === facts.series).map((title) => title.title));
  return make(id, 'pass', entry.source, 'eligibility.series.pass', { field, titles: chosen });
}

export function scienceOrEngineeringDegree({ programme, facts }: CheckContext): EligibilityCheck {
  const rule = programme.scienceOrEngineeringDegree;
  const id = 'science-or-engineering-degree';
  if (rule.value === null) return make(id, 'unknown', rule.source, 'eligibility.science.ruleUnknown');
  const series = resolvedSeries(programme, facts);
  if (series === null) return make(id, 'unknown', rule.source, 'eligibility.science.seriesUnknown', {}, [facts.field === null ? 'field' : 'series']);
  if (!rule.value.includes(series)) return make(id, 'pass', rule.source, 'eligibility.science.notRequired');
  if (facts.scienceOrEngineeringDegree === null) return make(id, 'unknown', rule.source, 'eligibility.science.missing', {}, ['scienceOrEngineeringDegree']);
  return facts.scienceOrEngineeringDegree
    ? make(id, 'pass', rule.source, 'eligibility.science.pass')
    : make(id, 'fail', rule.source, 'eligibility.science.fail');
}

/** "…前通过查验": verified on the deadline day itself still counts; not yet verified fails only once it has passed. */
export function certificateVerified({ programme, facts }: CheckContext): EligibilityCheck {
  const rule = programme.dates.certificateVerifiedBy;
  const id = 'certificate-verified';
  if (rule.value === null) return make(id, 'unknown', rule.source, 'eligibility.verification.deadlineUnknown', {}, ['programme.certificateVerifiedBy']);
  const deadline = rule.value;
  const verifiedOn = facts.verifiedOn;
  if (verifiedOn === undefined) return make(id, 'unknown', rule.source, 'eligibility.verification.missing', {}, ['certificateVerifiedOn']);
  if (verifiedOn === null) {
    const passed = facts.today !== null && fromDay(facts.today) > deadline;
    return passed
      ? make(id, 'fail', rule.source, 'eligibility.verification.missed', { deadline })
      : make(id, 'unknown', rule.source, 'eligibility.verification.pending', { deadline }, ['certificateVerifiedOn']);
  }
  const date = fromDay(verifiedOn);
  if (facts.today !== null && verifiedOn > facts.today) return make(id, 'unknown', rule.source, 'eligibility.verification.future', { date }, ['certificateVerifiedOn']);
  return date <= deadline
    ? make(id, 'pass', rule.source, 'eligibility.verification.pass', { date, deadline })
    : make(id, 'fail', rule.source, 'eligibility.verification.late', { date, deadline });
}

export function earlierRounds({ programme, facts }: CheckContext): EligibilityCheck {
  const rule = programme.excludedRounds;
  const id = 'earlier-rounds';
  if (rule.value !== null && rule.value.length === 0) return make(id, 'pass', rule.source, 'eligibility.rounds.pass');
  if (facts.earlierRounds === null) return make(id, 'unknown', rule.source, 'eligibility.rounds.missing', {}, ['earlierRounds']);
  if (rule.value === null) {
    return facts.earlierRounds.length === 0
      ? make(id, 'pass', rule.source, 'eligibility.rounds.pass')
      : make(id, 'unknown', rule.source, 'eligibility.rounds.ruleUnknown', {}, ['programme.excludedRounds']);
  }
  const excluded = rule.value;
  const hit = facts.earlierRounds.filter((round) => excluded.includes(round));
  // Named as the notice names them; an id only where the data gives no name.
  const named = hit.map((round) => roundName(round, programme) ?? { zh: round, en: round });
  const rounds = { zh: named.map((name) => name.zh).join('、'), en: named.map((name) => name.en).join('; ') };
  return hit.length > 0 ? make(id, 'fail', rule.source, 'eligibility.rounds.excluded', { rounds }) : make(id, 'pass', rule.source, 'eligibility.rounds.pass');
}

const LEVEL_ORDER: Record<Level, number> = { junior: 0, intermediate: 1, 'associate-senior': 2 };

export function catalogueLevel({ programme, level, facts }: CheckContext): EligibilityCheck | null {
  const catalogue = programme.catalogue;
  if (catalogue === null) return null;
  const id = 'catalogue-level';
  const provision = (name: string) => catalogue.provisions.find((entry) => entry.id === name)?.source ?? catalogue.source;
  if (facts.catalogueLevel === null) return make(id, 'unknown', provision('corresponding-level'), 'eligibility.catalogue.missing', {}, ['catalogueLevel']);
  const difference = LEVEL_ORDER[level.level] - LEVEL_ORDER[facts.catalogueLevel];
  if (difference === 0) return make(id, 'pass', provision('corresponding-level'), 'eligibility.catalogue.pass');
  return difference > 0
    ? make(id, 'unknown', provision('higher-level-with-years'), 'eligibility.catalogue.higher')
    : make(id, 'unknown', provision('corresponding-level'), 'eligibility.catalogue.lower');
}

export function annualEvaluation({ level }: CheckContext): EligibilityCheck | null {
  if (level.procedure.kind !== 'annual-evaluation') return null;
  return make('annual-evaluation', 'unknown', level.procedure.source, 'eligibility.evaluation.decides');
}

/**
 * "《上海市境外职业资格证书认可清单》C类项目持证人员": only the category the round names can apply; one certificate
 * may be in several categories, and that one among them suffices. A certificate recorded under another list
 * version is not passed silently: the user checks the round's list (the categories may differ between versions).
 */
export function certificateCategory({ programme, facts }: CheckContext): EligibilityCheck | null {
  const { category, version, source } = programme.list;
  if (category === null) return null;
  const id = 'certificate-category';
  const params = { category, version: version ?? '—' };
  if (facts.certificateCategories === null || facts.certificateCategories.length === 0) {
    return make(id, 'unknown', source, 'eligibility.category.missing', params, ['certificateCategories']);
  }
  if (!facts.certificateCategories.includes(category)) {
    return make(id, 'fail', source, 'eligibility.category.fail', { ...params, held: facts.certificateCategories.join('/') });
  }
  if (version !== null && facts.certificateListVersion !== null && facts.certificateListVersion !== version) {
    return make(id, 'unknown', source, 'eligibility.category.otherVersion', { ...params, recorded: facts.certificateListVersion }, ['certificateListVersion']);
  }
  // No version recorded: the categories are taken as the round's list, and the message names that list.
  return make(id, 'pass', source, 'eligibility.category.pass', params);
}

/**
 * "事业单位工作人员在专业技术岗位数量和结构比例内，经上级主管部门同意后，可在现有职称基础上申请参加高一级职称的考核
 * 认定": for staff of a public institution, the consent decides and only the level one above the title held is open.
 */
export function publicInstitution({ programme, level, facts }: CheckContext): EligibilityCheck | null {
  const rule = programme.publicInstitutions;
  if (rule === undefined) return null;
  const id = 'public-institution';
  if (facts.employerKind === null) return make(id, 'unknown', rule.source, 'eligibility.publicInstitution.kindMissing', {}, ['employerKind']);
  if (facts.employerKind !== 'public-institution') return make(id, 'pass', rule.source, 'eligibility.publicInstitution.notApplicable');
  if (rule.value === null) return make(id, 'unknown', rule.source, 'eligibility.publicInstitution.ruleUnknown');
  if (rule.value.supervisorConsent) {
    if (facts.supervisorConsent === false) return make(id, 'fail', rule.source, 'eligibility.publicInstitution.noConsent');
    if (facts.supervisorConsent === null) return make(id, 'unknown', rule.source, 'eligibility.publicInstitution.consentMissing', {}, ['supervisorConsent']);
  }
  if (rule.value.oneLevelAbove) {
    if (facts.currentTitleLevel === null) return make(id, 'unknown', rule.source, 'eligibility.publicInstitution.titleMissing', {}, ['currentTitleLevel']);
    const held = label(`eligibility.level.${facts.currentTitleLevel}`);
    if (LEVEL_ORDER[level.level] - LEVEL_ORDER[facts.currentTitleLevel] !== 1) {
      return make(id, 'fail', rule.source, 'eligibility.publicInstitution.notOneAbove', { held });
    }
    return make(id, 'pass', rule.source, 'eligibility.publicInstitution.oneAbove', { held });
  }
  return make(id, 'pass', rule.source, 'eligibility.publicInstitution.consent');
}

/**
 * Guangzhou: "Professionals holding valid overseas qualifications listed in the Catalogue", and "renewal periods
 * of overseas certificates may be accumulated with their original validity": valid through the last renewal.
 */
export function qualificationValid({ programme, facts }: CheckContext): EligibilityCheck | null {
  const rule = programme.validQualification;
  if (rule === undefined || rule.value !== true) return null;
  const id = 'qualification-valid';
  if (facts.certificateValidUntil === null) return make(id, 'unknown', rule.source, 'eligibility.validity.missing', {}, ['certificateValidUntil']);
  const validUntil = fromDay(facts.certificateValidUntil);
  if (facts.today === null) return make(id, 'unknown', rule.source, 'eligibility.validity.todayUnknown', { date: validUntil });
  return facts.certificateValidUntil >= facts.today
    ? make(id, 'pass', rule.source, 'eligibility.validity.pass', { date: validUntil })
    : make(id, 'fail', rule.source, 'eligibility.validity.lapsed', { date: validUntil });
}
