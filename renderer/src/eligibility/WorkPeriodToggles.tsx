// The work periods with the three facts the counts depend on, editable right beside the results. The
// profile schema refuses a period both in the city and overseas, so ticking one unticks the other.
import type { Profile } from '../../../shared/profile/schema';
import { useI18n } from '../i18n';
import type { SaveState } from '../profile/autosave';
import { CheckboxField } from '../profile/fields';
import { SaveStatus } from '../SaveStatus';
import { hrefOf } from '../router';

type WorkPeriod = Profile['workPeriods'][number];
type Flag = 'relevant' | 'inCity' | 'overseas';

interface Props {
  applicantId: string;
  periods: readonly WorkPeriod[];
  saveState: SaveState;
  disabled: boolean;
  onChange(id: string, patch: Partial<Pick<WorkPeriod, Flag>>): void;
  onRetry(): void;
}

function patchFor(flag: Flag, on: boolean): Partial<Pick<WorkPeriod, Flag>> {
  if (flag === 'inCity' && on) return { inCity: true, overseas: false };
  if (flag === 'overseas' && on) return { overseas: true, inCity: false };
  return { [flag]: on };
}

export function WorkPeriodToggles({ applicantId, periods, saveState, disabled, onChange, onRetry }: Props) {
  const { t } = useI18n();
  const profileLink = <a href={hrefOf({ name: 'profile', applicantId, section: 'work' })}>{t('periods.editInProfile')}</a>;
  return (
    <section className="card side-card" aria-labelledby="periods-heading" id="work-periods">
      <h2 id="periods-heading">{t('periods.heading')}</h2>
      {periods.length === 0 ? (
        <p className="muted">{t('section.work.empty')}</p>
      ) : (
        <>
          <p className="muted small">{t('periods.intro')}</p>
          {disabled && (
            <p className="banner banner-warning" role="status">
              {t('periods.draftPending')}
            </p>
          )}
          <ol className="period-list">
            {periods.map((period, index) => {
              const legend = t('periods.label', {
                employer: period.employer || t('periods.noEmployer'),
                from: period.startDate ?? t('periods.noDate'),
                to: period.endDate === null ? t('work.ongoing') : period.endDate || t('periods.noDate'),
              });
              return (
                <li key={period.id} data-period={index}>
                  <fieldset className="period" disabled={disabled}>
                    <legend>{legend}</legend>
                    <div className="checks">
                      {(['relevant', 'inCity', 'overseas'] as const).map((flag) => (
                        <CheckboxField
                          key={flag}
                          path={['workPeriods', index, flag]}
                          label={t(`work.${flag}`)}
                          checked={period[flag]}
                          onChange={(on) => onChange(period.id, patchFor(flag, on))}
                        />
                      ))}
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <p className="muted small">{t('periods.exclusive')}</p>
          <SaveStatus state={saveState} onRetry={onRetry} />
        </>
      )}
      <p>{profileLink}</p>
    </section>
  );
}
