// 登记信息: the committee (the programme's assessing body, or the user's override: shared/form/committee.ts)
// and specialty group (typed here), the employer as on its seal and its credit code (shown from the
// profile, edited there), and the unit that pays the social insurance.
import { formOf } from '../../../shared/programmes/applicationForm';
import { useRef } from 'react';
import { effectiveCommittee } from '../../../shared/form/committee';
import type { AssessmentFormInput } from '../../../shared/form/schema';
import type { Programme } from '../../../shared/programmes/schema';
import type { Profile } from '../../../shared/profile/schema';
import { LIMITS } from '../../../shared/profile/text';
import { tf } from '../../../shared/i18n/form';
import { useI18n } from '../i18n';
import { CheckboxField } from '../profile/fields';
import { hrefOf } from '../router';
import { CopyButton } from './CopyButton';
import { FormTextField } from './fields';
import { FormSection } from './FormSection';

type Registration = AssessmentFormInput['registration'];

interface Props {
  applicantId: string;
  registration: Registration;
  person: Profile['person'];
  programme: Programme | null;
  onChange(patch: Partial<Registration>): void;
}

/** The committee: the programme's body shown (not typed again), the field only for a different name. */
function Committee({ registration, programme, onChange }: Pick<Props, 'registration' | 'programme' | 'onChange'>) {
  const { language } = useI18n();
  const tx = (key: Parameters<typeof tf>[1], params?: Record<string, string | number>) => tf(language, key, params);
  const committee = effectiveCommittee(registration, programme);
  const field = (label: string, hint: string) => (
    <FormTextField path={['registration', 'committee']} label={label} hint={hint} value={registration.committee} maxLength={LIMITS.short} onChange={(value) => onChange({ committee: value })} />
  );
  if (committee.programmeBody === null) {
    // A programme with no published form (Guangzhou) has no online system TitlePrep knows: the committee is optional.
    // No programme yet: nothing is known about the committee or a system, so the hint claims neither.
    if (programme === null) return field(tx('registration.committee'), tx('registration.committee.noProgramme'));
    const published = formOf(programme).name !== null;
    return field(tx('registration.committee'), tx(published ? 'registration.committee.noBody' : 'registration.committee.noForm'));
  }
  return (
    <div className="committee" data-committee-origin={committee.origin}>
      <dl className="readonly-values">
        <div className="readonly-value">
          <dt>{tx('registration.committee.fromProgramme')}</dt>
          <dd>
            <span className={committee.origin === 'override' ? 'overridden' : undefined}>{committee.programmeBody}</span>
            {committee.origin === 'programme' && <CopyButton value={committee.programmeBody} label={tx('registration.committee')} />}
          </dd>
        </div>
      </dl>
      {field(tx('registration.committee.override'), tx('registration.committee.overrideHint'))}
      {committee.origin === 'override' && (
        <p className="small" role="status" data-committee-overridden>
          {tx('registration.committee.overridden', { body: committee.programmeBody })}
        </p>
      )}
    </div>
  );
}

function FromProfile({ applicantId, label, value, field }: { applicantId: string; label: string; value: string; field: 'employerName' | 'employerCreditCode' }) {
  const { language } = useI18n();
  return (
    <div className="readonly-value">
      <dt>{label}</dt>
      <dd>
        <span className={value === '' ? 'muted' : undefined}>{value === '' ? tf(language, 'profileView.blank') : value}</span>
        {value !== '' && <CopyButton value={value} label={label} />}
        <a className="small" href={hrefOf({ name: 'profile', applicantId, field: `person.${field}` })} aria-label={tf(language, 'profileView.editFor', { section: label })}>
          {tf(language, 'profileView.edit')}
        </a>
      </dd>
    </div>
  );
}

export function RegistrationSection({ applicantId, registration, person, programme, onChange }: Props) {
  const { language } = useI18n();
  const tx = (key: Parameters<typeof tf>[1]) => tf(language, key);
  // The online system's fields (专业组, the social-insurance unit) belong to a programme's published form:
  // Guangzhou's catalogue has none, and TitlePrep's sheet of details does not print them.
  const published = programme === null || formOf(programme).name !== null;
  // Ticking "this employer pays" hides the other unit's fields: they are emptied (a hidden value must not
  // print, nor keep the form from saving with a message no one can see) and given back on unticking.
  const stash = useRef<Pick<Registration, 'insuranceUnitName' | 'insuranceUnitCreditCode'> | null>(null);
  const setSameEmployer = (same: boolean) => {
    if (same) {
      stash.current = { insuranceUnitName: registration.insuranceUnitName, insuranceUnitCreditCode: registration.insuranceUnitCreditCode };
      onChange({ insuranceBySameEmployer: true, insuranceUnitName: '', insuranceUnitCreditCode: '' });
    } else {
      onChange({ insuranceBySameEmployer: false, ...stash.current });
      stash.current = null;
    }
  };
  return (
    <FormSection id="registration" title={tx('section.registration')}>
      <div className="card">
        <div className="grid">
          <Committee registration={registration} programme={programme} onChange={onChange} />
          {published && <FormTextField path={['registration', 'specialtyGroup']} label={tx('registration.specialtyGroup')} value={registration.specialtyGroup} maxLength={LIMITS.short} onChange={(specialtyGroup) => onChange({ specialtyGroup })} />}
        </div>
        <dl className="readonly-values employer-from-profile">
          <FromProfile applicantId={applicantId} field="employerName" label={tx('registration.employerName')} value={person.employerName} />
          <FromProfile applicantId={applicantId} field="employerCreditCode" label={tx('registration.employerCreditCode')} value={person.employerCreditCode} />
        </dl>
        <p className="muted small">{tx('registration.fromProfile')}</p>
        {published && <div className="insurance">
          <CheckboxField
            path={['registration', 'insuranceBySameEmployer']}
            label={tx('registration.insuranceBySameEmployer')}
            checked={registration.insuranceBySameEmployer}
            onChange={setSameEmployer}
          />
          {!registration.insuranceBySameEmployer && (
            <div className="grid">
              <FormTextField
                path={['registration', 'insuranceUnitName']}
                label={tx('registration.insuranceUnitName')}
                hint={tx('registration.insuranceUnitName.hint')}
                value={registration.insuranceUnitName}
                maxLength={LIMITS.short}
                onChange={(insuranceUnitName) => onChange({ insuranceUnitName })}
              />
              <FormTextField
                path={['registration', 'insuranceUnitCreditCode']}
                label={tx('registration.insuranceUnitCreditCode')}
                value={registration.insuranceUnitCreditCode}
                maxLength={18}
                onChange={(insuranceUnitCreditCode) => onChange({ insuranceUnitCreditCode })}
              />
            </div>
          )}
        </div>}
      </div>
    </FormSection>
  );
}
