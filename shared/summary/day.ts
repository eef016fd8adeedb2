// "The first edit of each day" is a day in China, whatever the machine's time zone: Asia/Shanghai is
// UTC+8 all year (no daylight saving since 1991), so the local date is computed by shifting the instant.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date (YYYY-MM-DD) in Shanghai of an ISO 8601 instant; null when it is not one. */
export function shanghaiDate(instant: string): string | null {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return null;
  return new Date(time + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
