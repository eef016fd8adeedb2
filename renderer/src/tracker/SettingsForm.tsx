// How early "due soon" starts and how many days before a deadline the calendar's reminders ring.
import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/contract/result';
import type { TrackerSettings } from '../../../shared/tracker/schema';
import { call } from '../api';
import { refreshTrackerStatus } from './status';
import { useTrackerI18n } from './text';

const DUE_SOON_CHOICES = [3, 5, 7, 10, 14, 21, 30] as const;
const ALARM_CHOICES = [0, 1, 2, 3, 5, 7, 14] as const;

export function TrackerSettingsForm() {
  const { tt, failure } = useTrackerI18n();
  const [settings, setSettings] = useState<TrackerSettings | null>(null);
  // The error itself, translated when shown: it follows a change of language.
  const [problem, setProblem] = useState<AppError | null>(null);
  useEffect(() => {
    void call('tracker.settings.get', {}).then((result) => (result.ok ? setSettings(result.value) : setProblem(result.error)));
  }, []);
  const save = async (patch: Partial<TrackerSettings>) => {
    const result = await call('tracker.settings.update', patch);
    if (!result.ok) return setProblem(result.error);
    setProblem(null);
    setSettings(result.value);
    void refreshTrackerStatus();
  };
  if (!settings) return problem ? <p className="field-error">{failure(problem)}</p> : null;
  const options = (values: readonly number[], current: number) => [...new Set([...values, current])].sort((a, b) => a - b);
  return (
    <section className="card tracker-settings" aria-labelledby="tracker-settings-heading">
      <h2 id="tracker-settings-heading">{tt('settings.heading')}</h2>
      <div className="panel-grid">
        <div className="field">
          <label htmlFor="due-soon-days">{tt('settings.dueSoonDays')}</label>
          <select id="due-soon-days" value={settings.dueSoonDays} onChange={(event) => void save({ dueSoonDays: Number(event.target.value) })}>
            {options(DUE_SOON_CHOICES, settings.dueSoonDays).map((days) => (
              <option key={days} value={days}>
                {tt('settings.days', { days })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="alarm-days">{tt('settings.alarmDays')}</label>
          <select id="alarm-days" value={settings.alarmDays} onChange={(event) => void save({ alarmDays: Number(event.target.value) })}>
            {options(ALARM_CHOICES, settings.alarmDays).map((days) => (
              <option key={days} value={days}>
                {days === 0 ? tt('settings.onTheDay') : tt('settings.daysBefore', { days })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {failure(problem)}
        </p>
      )}
    </section>
  );
}
