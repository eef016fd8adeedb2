// What belongs to this computer rather than to the applicants' data, decided setting by setting. A restored
// backup brings back the data it holds; it does not bring back the preferences of the day it was made.
// (A hand-over package never carries these: see handover/tablePlan.ts's EXCLUDED_TABLES.)
//   - the interface language (`setting` key "language"): this computer's user reads in it → kept;
//   - the reminder lead time and "due soon" days (`setting` key "tracker"): this computer's reminders → kept;
//   - the holiday years added (`holiday_year`): this computer's calendar, for every applicant → kept;
//   - the attachment limits (`attachment_limits`): this computer's user set them per programme → kept;
//   - the current applicant (`setting` key "currentApplicantId"): it must name an applicant of the data,
//     so it goes with the data → restored.
import type { Database } from 'better-sqlite3';

/** Keys of the `setting` table that are this computer's (absent here means absent after a restore too). */
export const COMPUTER_SETTING_KEYS = ['language', 'tracker'] as const;
/** Whole tables that are this computer's. */
export const COMPUTER_TABLES = ['holiday_year', 'attachment_limits'] as const;

type Row = Record<string, unknown>;

/**
 * Makes `into` (a backup about to become the data) hold exactly this computer's settings from `from` (the
 * data being replaced). Both are at the same schema version (a restored backup is migrated first).
 */
export function carryComputerSettings(from: Database, into: Database): void {
  const settingRows = COMPUTER_SETTING_KEYS.flatMap((key) => from.prepare('SELECT key, value FROM setting WHERE key = ?').all(key) as Row[]);
  const tables = COMPUTER_TABLES.map((table) => ({ table, rows: from.prepare(`SELECT * FROM ${table}`).all() as Row[] }));
  into.transaction(() => {
    const removeSetting = into.prepare('DELETE FROM setting WHERE key = ?');
    for (const key of COMPUTER_SETTING_KEYS) removeSetting.run(key);
    const putSetting = into.prepare('INSERT INTO setting (key, value) VALUES (@key, @value)');
    for (const row of settingRows) putSetting.run(row);
    for (const { table, rows } of tables) {
      into.prepare(`DELETE FROM ${table}`).run();
      for (const row of rows) {
        const columns = Object.keys(row);
        into.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`).run(row);
      }
    }
  })();
}
