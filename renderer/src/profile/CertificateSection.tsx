import { newCertificate } from '../../../shared/profile/defaults';
import { CERTIFICATE_CATEGORIES, type City, type Field, FIELDS, GUANGZHOU_FIELDS, LIST_VERSIONS, SHANGHAI_FIELDS, VERIFICATION_STATUSES, type ProfileInput } from '../../../shared/profile/schema';
import { LIMITS } from '../../../shared/profile/text';
import { useI18n } from '../i18n';
import { CheckboxField, DateField, SelectField, TextField } from './fields';
import { useFieldState } from './formContext';
import { RenewalList } from './RenewalList';
import { RowList } from './RowList';

type Certificate = ProfileInput['certificates'][number];
type Category = (typeof CERTIFICATE_CATEGORIES)[number];

function Categories({ index, value, onChange }: { index: number; value: readonly Category[]; onChange(next: Category[]): void }) {
  const { t, issue } = useI18n();
  const { issues } = useFieldState(['certificates', index, 'categories']);
  // Kept in A–D order whatever order they were ticked in, so the saved value does not depend on clicks.
  const toggle = (category: Category, on: boolean) =>
    onChange(CERTIFICATE_CATEGORIES.filter((item) => (item === category ? on : value.includes(item))));
  return (
    <fieldset className="categories" aria-invalid={issues.length > 0 || undefined}>
      <legend>{t('certificate.categories')}</legend>
      <div className="checks">
        {CERTIFICATE_CATEGORIES.map((category) => (
          <CheckboxField
            key={category}
            path={['certificates', index, 'categories', category]}
            label={t(`category.${category}`)}
            checked={value.includes(category)}
            onChange={(on) => toggle(category, on)}
          />
        ))}
      </div>
      {issues.length > 0 && <p className="field-error">{issues.map((item) => issue(item.key, item.params)).join(' ')}</p>}
    </fieldset>
  );
}

interface Props {
  rows: readonly Certificate[];
  onChange(update: (rows: Certificate[]) => Certificate[]): void;
  /** The city applied in: Shanghai's list fields or Guangzhou's six catalogue sectors (both when not chosen). */
  city?: City | null;
}

/** The fields a certificate may name in the city, keeping a value already chosen (nothing typed is lost). */
function fieldOptions(city: City | null, current: Field | null): readonly Field[] {
  const options: readonly Field[] = city === 'shanghai' ? SHANGHAI_FIELDS : city === 'guangzhou' ? GUANGZHOU_FIELDS : FIELDS;
  return current === null || options.includes(current) ? options : [...options, current];
}

export function CertificateSection({ rows, onChange, city = null }: Props) {
  const { t } = useI18n();
  return (
    <section className="profile-section" aria-labelledby="section-certificates" id="certificates">
      <h2 id="section-certificates">{t('section.certificates')}</h2>
      <RowList
        rows={rows}
        onChange={onChange}
        make={newCertificate}
        rowLabel={(index) => t('row.certificate', { n: index + 1 })}
        addLabel={t('row.add.certificate')}
        emptyText={t('section.certificates.empty')}
      >
        {(row, index, update) => {
          const path = (field: keyof Certificate) => ['certificates', index, field] as const;
          return (
            <>
              <div className="grid">
                <TextField path={path('name')} label={t('certificate.name')} value={row.name} maxLength={LIMITS.short} onChange={(name) => update({ name })} />
                <TextField path={path('issuingBody')} label={t('certificate.issuingBody')} value={row.issuingBody} maxLength={LIMITS.short} onChange={(issuingBody) => update({ issuingBody })} />
                <TextField path={path('number')} label={t('certificate.number')} value={row.number} maxLength={LIMITS.idNumber} onChange={(number) => update({ number })} />
                <DateField path={path('obtainedOn')} label={t('certificate.obtainedOn')} value={row.obtainedOn} onChange={(obtainedOn) => update({ obtainedOn })} />
                <DateField path={path('validUntil')} label={t('certificate.validUntil')} value={row.validUntil} onChange={(validUntil) => update({ validUntil })} />
                <SelectField path={path('listVersion')} label={t('certificate.listVersion')} value={row.listVersion} options={LIST_VERSIONS} optionLabel={(value) => t(`listVersion.${value}`)} onChange={(listVersion) => update({ listVersion })} />
                <SelectField path={path('field')} label={t('certificate.field')} value={row.field} options={fieldOptions(city, row.field)} optionLabel={(value) => t(`domain.${value}`)} onChange={(field) => update({ field })} />
                <DateField path={path('verifiedOn')} label={t('certificate.verifiedOn')} value={row.verifiedOn} onChange={(verifiedOn) => update({ verifiedOn })} />
                <SelectField
                  path={path('verificationStatus')}
                  label={t('certificate.verificationStatus')}
                  value={row.verificationStatus}
                  options={VERIFICATION_STATUSES}
                  optionLabel={(value) => t(`verification.${value}`)}
                  allowEmpty={false}
                  onChange={(status) => status && update({ verificationStatus: status })}
                />
              </div>
              <p className="field-hint">{t('certificate.verificationOneFact')}</p>
              <Categories index={index} value={row.categories} onChange={(categories) => update({ categories })} />
              <RenewalList certificateIndex={index} renewals={row.renewals} onChange={(renewals) => update({ renewals })} />
            </>
          );
        }}
      </RowList>
    </section>
  );
}
