// Whether a round takes applications on a given day, from its materials window (the notice's "提交…材料" dates):
// a round whose window has passed is closed, whatever the applicant's eligibility; unpublished dates are unknown.
import { dayNumber } from '../calendar/isoDate';
import type { Programme } from '../programmes/schema';

export type RoundStatus = 'upcoming' | 'open' | 'closed' | 'unknown';

/** `today` as a day number (see calendar/isoDate) or an ISO date; null or unreadable: unknown. */
export function roundStatusOf(programme: Pick<Programme, 'dates'>, today: number | string | null): RoundStatus {
  const window = programme.dates.materialsWindow.value;
  const day = typeof today === 'string' ? dayNumber(today) : today;
  if (window === null || day === null) return 'unknown';
  const from = dayNumber(window.from);
  const to = dayNumber(window.to);
  if (from === null || to === null) return 'unknown';
  if (day < from) return 'upcoming';
  return day <= to ? 'open' : 'closed';
}
