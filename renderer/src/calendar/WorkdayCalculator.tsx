// Start date + N working days → the public-notice window, on the calendar of the bundled and the user's
// years. When the window touches a year with no data the answer is a guess (Monday–Friday), and it says so.
import { useId, useMemo, useState } from 'react';
import { publicNoticeWindow, type WorkCalendar } from '../../../shared/calendar/workdays';
import { isIsoDate } from '../../../shared/calendar/isoDate';
import { useI18n } from '../i18n';
import { tidyDate } from '../profile/dates';

const MAX_DAYS = 100;

interface Props {
  calendar: WorkCalendar;
  initialStart: string;
  /** From the programme data; empty when no notice gives a length. */
  initialDays: number | null;
  onAddYear(year: number): void;
}

export function WorkdayCalculator({ calendar, initialStart, initialDays, onAddYear }: Props) {
  const { t, te, language } = useI18n();
  const startId = useId();
  const daysId = useId();
  const [start, setStart] = useState(initialStart);
  const [days, setDays] = useState(initialDays === null ? '' : String(initialDays));
  const weekday = useMemo(() => new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { weekday: 'short', timeZone: 'UTC' }), [language]);
  const withWeekday = (date: string) => `${date} (${weekday.format(new Date(`${date}T00:00:00Z`))})`;

  const count = Number(days);
  const valid = isIsoDate(start) && Number.isInteger(count) && count >= 1 && count <= MAX_DAYS;
  const window = valid ? publicNoticeWindow(start, count, calendar) : null;

  return (
    <section className="card calculator" aria-labelledby="calculator-heading">
      <h2 id="calculator-heading">{t('calculator.heading')}</h2>
      <p className="muted">{t('calculator.intro')}</p>
      <div className="form-row">
        <div className="field">
          <div className="field-label">
            <label htmlFor={startId}>{t('calculator.start')}</label>
          </div>
          <input id={startId} type="text" inputMode="numeric" placeholder="YYYY-MM-DD" className="date-input" value={start} maxLength={20}
            onChange={(event) => setStart(event.target.value)} onBlur={(event) => setStart(tidyDate(event.target.value))} />
        </div>
        <div className="field field-narrow">
          <div className="field-label">
            <label htmlFor={daysId}>{t('calculator.days')}</label>
          </div>
          <input id={daysId} type="text" inputMode="numeric" value={days} maxLength={3} onChange={(event) => setDays(event.target.value.trim())} />
        </div>
      </div>
      <div aria-live="polite" className="calculator-result" data-result={window ? `${window.start}/${window.end}` : ''}>
        {!window ? (
          <p className="field-error">{t('calculator.invalid')}</p>
        ) : (
          <>
            <p className="result-line">{t('calculator.result', { start: withWeekday(window.start), end: withWeekday(window.end), days: count })}</p>
            {window.start !== start && <p className="muted">{t('calculator.startMoved', { date: start })}</p>}
            {window.missingYears.length > 0 && (
              <div className="banner banner-warning missing-years" role="alert" data-missing-years={window.missingYears.join(',')}>
                <p>
                  <strong>
                    <span aria-hidden="true">⚠ </span>
                    {t('calculator.warning')}
                  </strong>{' '}
                  {te('calendar.missingYears', { years: window.missingYears.join(', ') })}
                </p>
                <button type="button" onClick={() => onAddYear(window.missingYears[0] ?? new Date().getFullYear())}>
                  {t('calculator.addYear')}
                </button>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}
