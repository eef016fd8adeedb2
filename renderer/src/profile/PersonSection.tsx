import type { ProfileInput } from '../../../shared/profile/schema';
import { CITIES, GENDERS, ID_TYPES } from '../../../shared/profile/schema';
import { isForeignApplicant, originKnown } from '../../../shared/profile/names';
import { chineseNationality } from '../../../shared/profile/nationality';
import { LIMITS } from '../../../shared/profile/text';
import { useI18n } from '../i18n';
import { EmployerFacts } from './EmployerFacts';
import { DateField, SelectField, TextField } from './fields';

type Person = ProfileInput['person'];

interface Props {
  person: Person;
  onChange(patch: Partial<Person>): void;
}

export function PersonSection({ person, onChange }: Props) {
  const { t } = useI18n();
  const text = (name: Exclude<keyof Person, 'gender' | 'birthDate' | 'idType' | 'targetCity' | 'employerKind' | 'supervisorConsent' | 'currentTitleLevel'>, maxLength: number, type?: 'email' | 'tel', hint?: string) => (
    <TextField
      path={['person', name]}
      label={t(`person.label.${name}`)}
      value={person[name]}
      maxLength={maxLength}
      type={type}
      hint={hint}
      onChange={(value) => onChange({ [name]: value })}
    />
  );
  // The system and the printed form take the nationality in Chinese: say what they will get.
  const typedNationality = person.nationality.trim();
  const nationalityZh = chineseNationality(typedNationality);
  const nationalityHint =
    typedNationality === '' || nationalityZh === typedNationality ? undefined
    : nationalityZh === null ? t('person.hint.nationalityUnknown', { typed: typedNationality })
    : t('person.hint.nationalityChinese', { zh: nationalityZh });
  return (
    <section className="profile-section" aria-labelledby="section-person" id="person">
      <h2 id="section-person">{t('section.person')}</h2>
      <div className="card">
        <div className="grid">
          {text('nameZh', LIMITS.name, undefined, isForeignApplicant(person) || !originKnown(person) ? t('person.hint.nameZhForeign') : undefined)}
          {text('nameLatin', LIMITS.name)}
          <SelectField path={['person', 'gender']} label={t('person.label.gender')} value={person.gender} options={GENDERS} optionLabel={(value) => t(`gender.${value}`)} onChange={(gender) => onChange({ gender })} />
          <DateField path={['person', 'birthDate']} label={t('person.label.birthDate')} value={person.birthDate} onChange={(birthDate) => onChange({ birthDate })} />
          {text('nationality', LIMITS.short, undefined, nationalityHint)}
          <SelectField path={['person', 'idType']} label={t('person.label.idType')} value={person.idType} options={ID_TYPES} optionLabel={(value) => t(`idType.${value}`)} onChange={(idType) => onChange({ idType })} />
          {text('idNumber', LIMITS.idNumber)}
          {text('phone', LIMITS.phone, 'tel')}
          {text('email', LIMITS.email, 'email')}
        </div>
        <div className="grid">
          {text('employerName', LIMITS.short)}
          <EmployerFacts person={person} onChange={onChange} />
          {text('employerCreditCode', 18)}
          {text('department', LIMITS.short)}
          {text('post', LIMITS.short)}
          <SelectField path={['person', 'targetCity']} label={t('person.label.targetCity')} value={person.targetCity} options={CITIES} optionLabel={(value) => t(`city.${value}`)} onChange={(targetCity) => onChange({ targetCity })} />
        </div>
      </div>
    </section>
  );
}
