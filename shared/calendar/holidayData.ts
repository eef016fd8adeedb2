// China's statutory days off and adjusted working days (调休上班) for the years the app ships with. Vendored
// as data (no package): the table of ../shared/policy.md, "Working days", which four independent data sets
// agree on for every day of 2024–2026. Later years come from the user (the State Council's notice), see
// ./holidayYear.ts. Ranges include the weekend days inside them.
import type { HolidayYear } from './holidayYear';

/**
 * Each year cites the State Council General Office's notice on that year's holidays by its title (the data
 * sets above agree with those notices for every day of 2024–2026; policy.md, "Working days").
 */
const sourceOf = (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知`;

const range = (from: string, to: string = from) => ({ from, to });

export const BUNDLED_HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2024,
    daysOff: [
      range('2024-01-01'),
      range('2024-02-10', '2024-02-17'),
      range('2024-04-04', '2024-04-06'),
      range('2024-05-01', '2024-05-05'),
      range('2024-06-10'),
      range('2024-09-15', '2024-09-17'),
      range('2024-10-01', '2024-10-07'),
    ],
    adjustedWorkdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
    source: sourceOf(2024),
    userEntered: false,
  },
  {
    year: 2025,
    daysOff: [
      range('2025-01-01'),
      range('2025-01-28', '2025-02-04'),
      range('2025-04-04', '2025-04-06'),
      range('2025-05-01', '2025-05-05'),
      range('2025-05-31', '2025-06-02'),
      range('2025-10-01', '2025-10-08'),
    ],
    adjustedWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    source: sourceOf(2025),
    userEntered: false,
  },
  {
    year: 2026,
    daysOff: [
      range('2026-01-01', '2026-01-03'),
      range('2026-02-15', '2026-02-23'),
      range('2026-04-04', '2026-04-06'),
      range('2026-05-01', '2026-05-05'),
      range('2026-06-19', '2026-06-21'),
      range('2026-09-25', '2026-09-27'),
      range('2026-10-01', '2026-10-07'),
    ],
    adjustedWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    source: sourceOf(2026),
    userEntered: false,
  },
];
