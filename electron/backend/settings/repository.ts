// Settings as JSON values under a key; unknown or malformed stored values fall back to the default.
import type { Database } from 'better-sqlite3';
import { type Settings, settingsSchema } from '../../../shared/contract/channels';

const DEFAULTS: Settings = { language: null, currentApplicantId: null };

export function createSettingsRepository(db: Database) {
  const select = db.prepare('SELECT key, value FROM setting');
  const upsert = db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  function get(): Settings {
    const stored: Record<string, unknown> = {};
    for (const row of select.all() as { key: string; value: string }[]) stored[row.key] = JSON.parse(row.value);
    const settings = { ...DEFAULTS };
    for (const key of Object.keys(DEFAULTS) as (keyof Settings)[]) {
      const parsed = settingsSchema.shape[key].safeParse(stored[key]);
      if (parsed.success) Object.assign(settings, { [key]: parsed.data });
    }
    return settings;
  }

  const update = db.transaction((changes: Partial<Settings>) => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  });

  return {
    get,
    update(changes: Partial<Settings>): Settings {
      update.immediate(changes);
      return get();
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
