// "Today" for deadlines, verification dates and projections: the local date of the real clock. Tests and
// demos fix it so results do not depend on the day they run: open the app with `?today=YYYY-MM-DD` in the
// address (kept for the tab in sessionStorage 'titleprep.today'), or set that sessionStorage key directly.
import { isIsoDate } from '../../shared/calendar/isoDate';

const TODAY_KEY = 'titleprep.today';

function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Reads a `?today=` override once at start-up and keeps it for this tab (a reload keeps the same day). */
export function adoptTodayFromUrl(): void {
  const value = new URL(window.location.href).searchParams.get('today');
  if (value !== null && isIsoDate(value)) sessionStorage.setItem(TODAY_KEY, value);
}

export function today(): string {
  const override = sessionStorage.getItem(TODAY_KEY);
  return override !== null && isIsoDate(override) ? override : localDate(new Date());
}
