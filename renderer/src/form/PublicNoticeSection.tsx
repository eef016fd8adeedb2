// 申报公示: when it starts, where it is posted, who receives objections, and the period it lasts, computed on
// the Chinese working calendar with a warning for a year that has no holiday data.
import type { WorkCalendar } from '../../../shared/calendar/workdays';
import type { AppError } from '../../../shared/contract/result';
import { noticeTimingWarnings } from '../../../shared/form/noticeTiming';
import type { AssessmentFormInput } from '../../../shared/form/schema';
import { trackerText } from '../../../shared/i18n/tracker';
import type { Programme } from '../../../shared/programmes/schema';
import { type FormKey, tf } from '../../../shared/i18n/form';
import type { Params } from '../../../shared/i18n/core';
import { LIMITS } from '../../../shared/profile/text';
import { useI18n } from '../i18n';
import { DateField, SelectField } from '../profile/fields';
import { hrefOf } from '../router';
import { CopyButton } from './CopyButton';
import { Copyable, FormTextField } from './fields';
import { FormSection } from './FormSection';
import { type NoticeMinimum, noticePeriodOnPage } from './noticePeriod';

type PublicNotice = AssessmentFormInput['publicNotice'];

/** The schema allows up to 30 extra working days. */
const EXTRA_DAYS = Array.from({ length: 31 }, (_, days) => String(days));

interface Props {
  notice: PublicNotice;
  onChange(patch: Partial<PublicNotice>): void;
  minimum: NoticeMinimum;
  programme: Programme | null;
  calendar: { kind: 'loaded'; calendar: WorkCalendar } | { kind: 'failed'; error: AppError };
}

function Period({ notice, minimum, programme, calendar }: Omit<Props, 'onChange'>) {
  const { language, error } = useI18n();
  const tx = (key: FormKey, params?: Params) => tf(language, key, params);
  if (calendar.kind === 'failed') return <p className="field-error">{tx('publicNotice.calendarFailed', { reason: error(calendar.error) })}</p>;
  const period = noticePeriodOnPage(notice.startDate, minimum, notice.extraWorkdays, calendar.calendar);
  if (period.kind === 'noLength') return <p className="muted">{tx(period.reason === 'noProgramme' ? 'publicNotice.noProgramme' : 'publicNotice.minimumUnknown')}</p>;
  const rule = minimum.kind === 'known' ? <p className="muted small">{tx('publicNotice.minimum', { days: minimum.days })}</p> : null;
  if (period.kind === 'noStart') {
    return (
      <>
        {rule}
        <p className="muted">{tx('publicNotice.noStart')}</p>
      </>
    );
  }
  const sentence = tx('publicNotice.period', { start: period.start, end: period.end, days: period.days });
  return (
    <>
      {rule}
      <p className="notice-period" data-period={`${period.start}/${period.end}`}>
        <strong>{sentence}</strong>
        <CopyButton value={tf('zh', 'publicNotice.period', { start: period.start, end: period.end, days: period.days })} label={tx('section.publicNotice')} />
      </p>
      {period.start !== period.requestedStart && <p className="muted small">{tx('publicNotice.startMoved', { date: period.requestedStart })}</p>}
      {programme &&
        noticeTimingWarnings(programme, notice, calendar.calendar).map((warning) => (
          <div key={warning.key} className="banner banner-warning" role="alert" data-notice-timing={warning.key}>
            <span>
              <span aria-hidden="true">⚠ </span>
              {trackerText(language, warning.key, warning.params)}
            </span>
          </div>
        ))}
      {period.missingYears.length > 0 && (
        <div className="banner banner-warning" role="alert" data-missing-years={period.missingYears.join(',')}>
          <span>
            <span aria-hidden="true">⚠ </span>
            {tx('publicNotice.missingYears', { years: period.missingYears.join(', ') })}
          </span>
          <a href={hrefOf({ name: 'calendar' })}>{tx('publicNotice.addYears')}</a>
        </div>
      )}
    </>
  );
}

export function PublicNoticeSection({ notice, onChange, minimum, programme, calendar }: Props) {
  const { language } = useI18n();
  const tx = (key: FormKey) => tf(language, key);
  return (
    <FormSection id="publicNotice" title={tx('section.publicNotice')}>
      <div className="card">
        <p className="muted">{tx('publicNotice.intro')}</p>
        <p className="muted" data-one-fact="notice-start">{tx('publicNotice.startDate.oneFact')}</p>
        <div className="grid">
          <Copyable value={notice.startDate ?? ''} label={tx('publicNotice.startDate')}>
            <DateField path={['publicNotice', 'startDate']} label={tx('publicNotice.startDate')} value={notice.startDate} onChange={(startDate) => onChange({ startDate })} />
          </Copyable>
          <SelectField
            path={['publicNotice', 'extraWorkdays']}
            label={tx('publicNotice.extraWorkdays')}
            value={String(notice.extraWorkdays)}
            options={EXTRA_DAYS}
            optionLabel={(days) => days}
            allowEmpty={false}
            onChange={(days) => onChange({ extraWorkdays: Number(days ?? '0') })}
          />
          <FormTextField path={['publicNotice', 'location']} label={tx('publicNotice.location')} hint={tx('publicNotice.location.hint')} value={notice.location} maxLength={LIMITS.short} onChange={(location) => onChange({ location })} />
          <FormTextField path={['publicNotice', 'contactName']} label={tx('publicNotice.contactName')} value={notice.contactName} maxLength={LIMITS.name} onChange={(contactName) => onChange({ contactName })} />
          <FormTextField path={['publicNotice', 'contactPhone']} label={tx('publicNotice.contactPhone')} type="tel" value={notice.contactPhone} maxLength={LIMITS.phone} onChange={(contactPhone) => onChange({ contactPhone })} />
        </div>
        <div className="notice-result" aria-live="polite">
          <Period notice={notice} minimum={minimum} programme={programme} calendar={calendar} />
        </div>
      </div>
    </FormSection>
  );
}
