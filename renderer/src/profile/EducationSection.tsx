import { newEducation } from '../../../shared/profile/defaults';
import { DEGREES, type ProfileInput } from '../../../shared/profile/schema';
import { LIMITS } from '../../../shared/profile/text';
import { useI18n } from '../i18n';
import { CheckboxField, DateField, SelectField, TextField } from './fields';
import { RowList } from './RowList';

type Education = ProfileInput['education'][number];

interface Props {
  rows: readonly Education[];
  onChange(update: (rows: Education[]) => Education[]): void;
}

export function EducationSection({ rows, onChange }: Props) {
  const { t } = useI18n();
  return (
    <section className="profile-section" aria-labelledby="section-education" id="education">
      <h2 id="section-education">{t('section.education')}</h2>
      <RowList
        rows={rows}
        onChange={onChange}
        make={newEducation}
        rowLabel={(index) => t('row.education', { n: index + 1 })}
        addLabel={t('row.add.education')}
        emptyText={t('section.education.empty')}
      >
        {(row, index, update) => {
          const path = (field: keyof Education) => ['education', index, field] as const;
          return (
            <div className="grid">
              <DateField path={path('startDate')} label={t('education.startDate')} value={row.startDate} onChange={(startDate) => update({ startDate })} />
              <DateField path={path('endDate')} label={t('education.endDate')} value={row.endDate} onChange={(endDate) => update({ endDate })} />
              <TextField path={path('school')} label={t('education.school')} value={row.school} maxLength={LIMITS.short} onChange={(school) => update({ school })} />
              <TextField path={path('major')} label={t('education.major')} value={row.major} maxLength={LIMITS.short} onChange={(major) => update({ major })} />
              <SelectField path={path('degree')} label={t('education.degree')} value={row.degree} options={DEGREES} optionLabel={(value) => t(`degree.${value}`)} onChange={(degree) => update({ degree })} />
              <TextField
                path={path('degreeCertificateNumber')}
                label={t('education.degreeCertificateNumber')}
                value={row.degreeCertificateNumber}
                maxLength={LIMITS.idNumber}
                onChange={(degreeCertificateNumber) => update({ degreeCertificateNumber })}
              />
              <div className="checks">
                <CheckboxField path={path('fullTime')} label={t('education.fullTime')} checked={row.fullTime} onChange={(fullTime) => update({ fullTime })} />
                <CheckboxField
                  path={path('scienceOrEngineering')}
                  label={t('education.scienceOrEngineering')}
                  checked={row.scienceOrEngineering}
                  onChange={(scienceOrEngineering) => update({ scienceOrEngineering })}
                />
              </div>
            </div>
          );
        }}
      </RowList>
    </section>
  );
}
