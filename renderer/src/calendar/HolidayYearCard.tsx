// One year of the working calendar as the notice gives it: days off, adjusted working days, the source.
import type { HolidayYear } from '../../../shared/calendar/holidayYear';
import { useI18n } from '../i18n';
import { holidayNoticeTitle } from '../../../shared/programmes/citation';

interface Props {
  entry: HolidayYear;
  workdays: number | null;
  replacesBundled: boolean;
  onEdit?(): void;
  onDelete?(): void;
}

/** Month and day only: the year is the card's heading. */
const short = (date: string) => date.slice(5);

export function HolidayYearCard({ entry, workdays, replacesBundled, onEdit, onDelete }: Props) {
  const { t, pick } = useI18n();
  const headingId = `year-${entry.year}-${entry.userEntered ? 'user' : 'bundled'}`;
  const heading = t('calendar.yearHeading', { year: entry.year });
  return (
    <article className="card year-card" aria-labelledby={headingId} data-year={entry.year} data-user={entry.userEntered}>
      <header className="year-header">
        <h3 id={headingId}>{heading}</h3>
        {entry.userEntered && <span className="badge badge-user">{t('dates.userEntered')}</span>}
      </header>
      {workdays !== null && <p className="muted small">{t('calendar.workdayCount', { count: workdays })}</p>}
      {replacesBundled && <p className="muted small">{t('calendar.replacesBundled', { year: entry.year })}</p>}
      <dl className="year-days">
        <div>
          <dt>{t('calendar.daysOff')}</dt>
          <dd>
            {entry.daysOff.length === 0
              ? t('calendar.none')
              : entry.daysOff.map((range) => (range.from === range.to ? short(range.from) : `${short(range.from)} – ${short(range.to)}`)).join('; ')}
          </dd>
        </div>
        <div>
          <dt>{t('calendar.adjusted')}</dt>
          <dd>{entry.adjustedWorkdays.length === 0 ? t('calendar.none') : entry.adjustedWorkdays.map(short).join('; ')}</dd>
        </div>
        <div>
          <dt>{t('calendar.sourceLabel')}</dt>
          {/* A bundled year cites the State Council's notice in the reader's language; a user's year, their words. */}
          <dd className="year-source">{entry.userEntered ? entry.source : pick(holidayNoticeTitle(entry.year))}</dd>
        </div>
      </dl>
      {(onEdit || onDelete) && (
        <div className="row-actions">
          {onEdit && (
            <button type="button" aria-label={t('calendar.editFor', { year: entry.year })} onClick={onEdit}>
              {t('common.edit')}
            </button>
          )}
          {onDelete && (
            <button type="button" className="button-danger" aria-label={t('calendar.deleteFor', { year: entry.year })} onClick={onDelete}>
              {t('common.delete')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
