import { newWorkPeriod } from '../../../shared/profile/defaults';
import type { ProfileInput } from '../../../shared/profile/schema';
import { LIMITS } from '../../../shared/profile/text';
import { useI18n } from '../i18n';
import { CheckboxField, DateField, TextField } from './fields';
import { RowList } from './RowList';

type WorkPeriod = ProfileInput['workPeriods'][number];

interface Props {
  rows: readonly WorkPeriod[];
  onChange(update: (rows: WorkPeriod[]) => WorkPeriod[]): void;
}

/** An ongoing period is stored with no end date; '' means "ended, date not typed yet". */
const isOngoing = (row: WorkPeriod) => row.endDate === null;

export function WorkSection({ rows, onChange }: Props) {
  const { t } = useI18n();
  return (
    <section className="profile-section" aria-labelledby="section-work" id="work">
      <h2 id="section-work">{t('section.work')}</h2>
      <RowList
        rows={rows}
        onChange={onChange}
        make={newWorkPeriod}
        rowLabel={(index) => t('row.work', { n: index + 1 })}
        addLabel={t('row.add.work')}
        emptyText={t('section.work.empty')}
      >
        {(row, index, update) => {
          const path = (field: keyof WorkPeriod) => ['workPeriods', index, field] as const;
          const text = (field: 'employer' | 'department' | 'position' | 'titleHeld' | 'referee') => (
            <TextField path={path(field)} label={t(`work.${field}`)} value={row[field]} maxLength={LIMITS.short} onChange={(value) => update({ [field]: value })} />
          );
          return (
            <div className="grid">
              <DateField path={path('startDate')} label={t('work.startDate')} value={row.startDate} onChange={(startDate) => update({ startDate })} />
              <div className="date-with-ongoing">
                <DateField path={path('endDate')} label={t('work.endDate')} value={row.endDate} disabled={isOngoing(row)} onChange={(endDate) => update({ endDate: endDate ?? '' })} />
                <CheckboxField path={['workPeriods', index, 'ongoing']} label={t('work.ongoing')} checked={isOngoing(row)} onChange={(ongoing) => update({ endDate: ongoing ? null : '' })} />
              </div>
              {text('employer')}
              {text('department')}
              {text('position')}
              {text('titleHeld')}
              {text('referee')}
              <div className="checks">
                <CheckboxField path={path('relevant')} label={t('work.relevant')} checked={row.relevant} onChange={(relevant) => update({ relevant })} />
                <CheckboxField path={path('inCity')} label={t('work.inCity')} checked={row.inCity} onChange={(inCity) => update({ inCity })} />
                <CheckboxField path={path('overseas')} label={t('work.overseas')} checked={row.overseas} onChange={(overseas) => update({ overseas })} />
              </div>
            </div>
          );
        }}
      </RowList>
    </section>
  );
}
