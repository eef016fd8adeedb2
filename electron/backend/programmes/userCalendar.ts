// The working calendar every date computation of the backend uses: the bundled holiday years plus the ones
// this computer's user entered.
import { BUNDLED_HOLIDAY_YEARS, createWorkCalendar, type WorkCalendar } from '../../../shared/calendar/workdays';
import type { HandlerContext } from '../handlerContext';

/** The bundled years and the user's valid years; a stored year that no longer validates is left out. */
export function userCalendar({ programmes }: Pick<HandlerContext, 'programmes'>): WorkCalendar {
  const calendar = createWorkCalendar(BUNDLED_HOLIDAY_YEARS, programmes.years().valid);
  if (calendar.ok) return calendar.value;
  // The stored years were validated one by one; only a year stored twice could fail here. Fall back to the
  // bundled years, whose missing years the period reports as uncertain (never a silent Monday–Friday).
  const bundled = createWorkCalendar(BUNDLED_HOLIDAY_YEARS);
  if (!bundled.ok) throw new Error(`bundled holiday data is invalid: ${bundled.error.message}`);
  return bundled.value;
}
