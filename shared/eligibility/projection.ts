// When a level is held back only by time (too few years of relevant work, or of work in the city), the day
// on which the years will suffice if the ongoing work goes on. Counted without the round's cut-off: the
// answer tells the applicant from which round on (by its cut-off date) the years are enough.
import { fromDay } from '../calendar/isoDate';
import type { Programme } from '../programmes/schema';
import type { EligibilityCheck } from './checks';
import { dayYearsReached, type PeriodFilter } from './experience';
import type { ReadFacts } from './facts';

const TIME_FAILURES = new Set(['eligibility.years.fail', 'eligibility.inCity.fail', 'eligibility.inCity.failInPrinciple']);

export function projectEligibleOn(programme: Programme, facts: ReadFacts, checks: readonly EligibilityCheck[], requiredYears: number | null): string | null {
  const failures = checks.filter((check) => check.status === 'fail');
  if (failures.length === 0 || failures.some((check) => !TIME_FAILURES.has(check.messageKey)) || facts.periods === null) return null;
  // Only ongoing work "goes on": with nothing ongoing there is nothing to project.
  if (!facts.periods.some((period) => period.to === null)) return null;
  const counted: PeriodFilter = (period) => period.relevant && (facts.countOverseas || !period.overseas);
  const targets: (number | null)[] = [];
  for (const check of failures) {
    if (check.id === 'degree-and-years' && requiredYears !== null) targets.push(dayYearsReached(facts.periods, counted, requiredYears));
    if (check.id === 'work-in-city' && programme.inCityWork.value !== null) {
      targets.push(dayYearsReached(facts.periods, (period) => counted(period) && period.inCity, programme.inCityWork.value));
    }
  }
  if (targets.length === 0 || targets.some((day) => day === null)) return null;
  return fromDay(Math.max(...(targets as number[])));
}
