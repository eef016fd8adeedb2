// The working calendar: bundled years (read-only, with their source), the user's years (add, edit, delete
// with Undo) and the working-day calculator on the calendar they make together.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createWorkCalendar, type HolidayYear } from '../../../shared/calendar/holidayYear';
import { workdaysInYear } from '../../../shared/calendar/workdays';
import type { AppError } from '../../../shared/contract/result';
import { listProgrammes } from '../../../shared/programmes';
import { call } from '../api';
import { useI18n } from '../i18n';
import { markReady } from '../ready';
import { today } from '../today';
import { useToast } from '../toasts';
import { HolidayYearForm } from './HolidayYearForm';
import { HolidayYearCard } from './HolidayYearCard';
import { WorkdayCalculator } from './WorkdayCalculator';

/** The calculator starts from the public-notice length a shipped notice gives ("不少于 N 个工作日"). */
const NOTICE_WORKDAYS = listProgrammes().find((programme) => programme.publicNotice.value !== null)?.publicNotice.value ?? null;

type Years = { bundled: HolidayYear[]; user: HolidayYear[] };
type Editing = HolidayYear | { year: number } | null;

export function CalendarPage() {
  const { t, error } = useI18n();
  const toast = useToast();
  const [years, setYears] = useState<Years | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [editing, setEditing] = useState<Editing>(null);

  const reload = useCallback(async () => {
    const result = await call('calendar.years', {});
    if (result.ok) setYears(result.value);
    else setLoadError(result.error);
  }, []);
  useEffect(() => {
    void reload().then(markReady);
  }, [reload]);

  const calendar = useMemo(() => (years ? createWorkCalendar(years.bundled, years.user) : null), [years]);

  const open = (next: Editing) => {
    setEditing(next);
    requestAnimationFrame(() => document.getElementById('holiday-form-heading')?.closest('form')?.querySelector<HTMLElement>('input:not([readonly]), textarea')?.focus());
  };
  const save = async (entry: HolidayYear) => {
    const result = await call('calendar.saveYear', entry);
    const failure = result.ok ? null : result.error;
    if (failure) toast({ message: (i18n) => i18n.error(failure) });
    await reload();
  };
  const remove = async (entry: HolidayYear) => {
    const result = await call('calendar.deleteYear', { year: entry.year });
    if (!result.ok) {
      const failure = result.error;
      toast({ message: (i18n) => i18n.error(failure) });
      return;
    }
    toast({ message: (i18n) => i18n.t('calendar.deleted', { year: entry.year }), duration: 10_000, action: { label: (i18n) => i18n.t('common.undo'), run: () => void save(entry) } });
    await reload();
  };

  if (loadError) {
    return (
      <div className="page">
        <h1>{t('calendar.title')}</h1>
        <div className="banner banner-error" role="alert">
          <span>{error(loadError)}</span>
        </div>
      </div>
    );
  }
  if (!years || !calendar) return <p className="page muted">{t('common.loading')}</p>;
  const bundledYears = years.bundled.map((entry) => entry.year);
  const nextYear = Math.max(...bundledYears, ...years.user.map((entry) => entry.year)) + 1;
  return (
    <div className="page calendar-page">
      <h1>{t('calendar.title')}</h1>
      <p className="muted intro">{t('calendar.intro')}</p>
      {!calendar.ok ? (
        <div className="banner banner-error" role="alert">
          <span>{error(calendar.error)}</span>
        </div>
      ) : (
        <WorkdayCalculator calendar={calendar.value} initialStart={today()} initialDays={NOTICE_WORKDAYS} onAddYear={(year) => open(years.user.find((entry) => entry.year === year) ?? { year })} />
      )}
      {editing && (
        <HolidayYearForm
          key={editing.year}
          initial={editing}
          bundledYears={bundledYears}
          onCancel={() => setEditing(null)}
          onDone={(saved) => {
            setEditing(null);
            toast({ message: (i18n) => i18n.t('calendar.saved', { year: saved.year }) });
            void reload();
          }}
        />
      )}
      <section aria-labelledby="user-years-heading" className="year-group">
        <div className="section-heading">
          <h2 id="user-years-heading">{t('calendar.user')}</h2>
          <button type="button" className="add-row" onClick={() => open({ year: nextYear })}>
            + {t('calendar.add')}
          </button>
        </div>
        {years.user.length === 0 && <p className="muted">{t('calendar.user.empty')}</p>}
        <div className="year-grid">
          {years.user.map((entry) => (
            <HolidayYearCard key={entry.year} entry={entry} workdays={calendar.ok ? workdaysInYear(entry.year, calendar.value).workdays : null}
              replacesBundled={bundledYears.includes(entry.year)} onEdit={() => open(entry)} onDelete={() => void remove(entry)} />
          ))}
        </div>
      </section>
      <section aria-labelledby="bundled-years-heading" className="year-group">
        <h2 id="bundled-years-heading">{t('calendar.bundled')}</h2>
        <div className="year-grid">
          {years.bundled.map((entry) => (
            // Counted on the bundled data alone: this card describes the shipped year, even when a user year replaces it.
            <HolidayYearCard key={entry.year} entry={entry} workdays={workdaysInYear(entry.year).workdays} replacesBundled={false} />
          ))}
        </div>
      </section>
    </div>
  );
}
