// Add or edit one year of the working calendar from the State Council's notice: the days off (ranges), the
// adjusted working days (调休上班) and where they come from. Messages name the line they are about.
import { useId, useState } from 'react';
import type { HolidayYear } from '../../../shared/calendar/holidayYear';
import type { FieldIssue } from '../../../shared/contract/result';
import { call } from '../api';
import { type I18n, useI18n } from '../i18n';
import type { Localized } from '../toasts';
import { issuesByLine, parseDates, parseRanges, rangesText } from './holidayText';

const fixErrors: Localized = (now) => now.t('round.fixErrors');

interface Props {
  initial: HolidayYear | { year: number };
  /** Years the app ships: saving one of them replaces the shipped data, which the form says. */
  bundledYears: readonly number[];
  onDone(saved: HolidayYear): void;
  onCancel(): void;
}

function TextArea({ label, hint, value, rows, onChange, errors }: { label: string; hint?: string; value: string; rows: number; onChange(value: string): void; errors: string[] }) {
  const id = useId();
  const describedBy = [errors.length > 0 ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
      </div>
      <textarea id={id} value={value} rows={rows} spellCheck={false} aria-invalid={errors.length > 0 || undefined} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)} />
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <ul className="field-error" id={`${id}-error`}>
          {errors.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function HolidayYearForm({ initial, bundledYears, onDone, onCancel }: Props) {
  const i18n = useI18n();
  const { t, issue } = i18n;
  const yearId = useId();
  const existing = 'daysOff' in initial ? initial : null;
  const [year, setYear] = useState(String(initial.year));
  const [daysOff, setDaysOff] = useState(existing ? rangesText(existing.daysOff) : '');
  const [adjusted, setAdjusted] = useState(existing ? existing.adjustedWorkdays.join('\n') : '');
  const [source, setSource] = useState(existing?.source ?? '');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  // A function of the dictionary, so that a failure already shown follows a change of language.
  const [failure, setFailure] = useState<Localized | null>(null);

  const ranges = parseRanges(daysOff);
  const dates = parseDates(adjusted);
  const lineMessages = (field: string, lines: readonly number[], unreadable: readonly number[]) => [
    ...unreadable.map((line) => t('calendar.form.line', { line, message: t('calendar.form.unreadable') })),
    ...issuesByLine(issues, field, lines).map(({ line, issue: item }) =>
      line === null ? issue(item.key, item.params) : t('calendar.form.line', { line, message: issue(item.key, item.params) }),
    ),
  ];
  const fieldMessages = (field: string) => issues.filter((item) => item.path[0] === field && item.path.length === 1).map((item) => issue(item.key, item.params));

  const submit = async () => {
    setFailure(null);
    if (ranges.unreadable.length > 0 || dates.unreadable.length > 0) {
      setFailure(() => fixErrors);
      return;
    }
    const entry = { year: Number(year), daysOff: ranges.entries, adjustedWorkdays: dates.entries, source, userEntered: true };
    const result = await call('calendar.saveYear', entry);
    if (result.ok) onDone(result.value);
    else {
      const problem = result.error;
      setIssues(problem.issues ?? []);
      setFailure(() => (problem.code === 'validation' ? fixErrors : (now: I18n) => now.error(problem)));
    }
  };

  const yearErrors = fieldMessages('year');
  const numericYear = Number(year);
  return (
    <form className="card holiday-form" aria-labelledby="holiday-form-heading" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <h2 id="holiday-form-heading">{existing ? t('calendar.form.heading.edit', { year: existing.year }) : t('calendar.form.heading.add')}</h2>
      {failure && (
        <div className="banner banner-error" role="alert">
          <span>{failure(i18n)}</span>
        </div>
      )}
      <div className="grid">
        <div className="field">
          <div className="field-label">
            <label htmlFor={yearId}>{t('calendar.form.year')}</label>
          </div>
          <input id={yearId} type="text" inputMode="numeric" value={year} maxLength={4} readOnly={existing !== null} aria-invalid={yearErrors.length > 0 || undefined} aria-describedby={yearErrors.length > 0 ? `${yearId}-error` : undefined} onChange={(event) => setYear(event.target.value.trim())} />
          {yearErrors.length > 0 && <p className="field-error" id={`${yearId}-error`}>{yearErrors.join(' ')}</p>}
          {bundledYears.includes(numericYear) && <p className="field-hint">{t('calendar.form.replaceWarning', { year: numericYear })}</p>}
        </div>
      </div>
      <div className="grid two">
        <TextArea label={t('calendar.form.daysOff')} hint={t('calendar.form.daysOff.hint')} value={daysOff} rows={8} onChange={setDaysOff} errors={lineMessages('daysOff', ranges.lines, ranges.unreadable)} />
        <TextArea label={t('calendar.form.adjusted')} value={adjusted} rows={8} onChange={setAdjusted} errors={lineMessages('adjustedWorkdays', dates.lines, dates.unreadable)} />
      </div>
      <div className="grid single">
        <TextArea label={t('calendar.form.source')} hint={t('calendar.form.source.hint')} value={source} rows={2} onChange={setSource} errors={fieldMessages('source')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {t('calendar.form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
