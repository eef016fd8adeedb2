import type { ProfileInput } from '../../../shared/profile/schema';
import { useI18n } from '../i18n';
import { DateField } from './fields';

type Renewal = ProfileInput['certificates'][number]['renewals'][number];

interface Props {
  certificateIndex: number;
  renewals: readonly Renewal[];
  onChange(renewals: Renewal[]): void;
}

/** Renewals have no id of their own: they are kept in date order by the user and edited in place. */
export function RenewalList({ certificateIndex, renewals, onChange }: Props) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<Renewal>) =>
    onChange(renewals.map((renewal, i) => (i === index ? { ...renewal, ...patch } : renewal)));
  return (
    <fieldset className="renewals">
      <legend>{t('certificate.renewals')}</legend>
      {renewals.length === 0 && <p className="muted">{t('certificate.renewals.empty')}</p>}
      {renewals.map((renewal, index) => {
        const path = (field: keyof Renewal) => ['certificates', certificateIndex, 'renewals', index, field] as const;
        return (
          <div className="renewal" key={index} role="group" aria-label={t('certificate.renewal', { n: index + 1 })}>
            <DateField path={path('renewedOn')} label={t('certificate.renewedOn')} value={renewal.renewedOn} onChange={(renewedOn) => update(index, { renewedOn })} />
            <DateField path={path('validUntil')} label={t('certificate.renewalValidUntil')} value={renewal.validUntil} onChange={(validUntil) => update(index, { validUntil })} />
            <button type="button" className="button-danger" onClick={() => onChange(renewals.filter((_, i) => i !== index))}>
              {t('certificate.removeRenewal', { n: index + 1 })}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...renewals, { renewedOn: null, validUntil: null }])}>
        + {t('certificate.addRenewal')}
      </button>
    </fieldset>
  );
}
