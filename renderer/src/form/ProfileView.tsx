// Basic information, education, work history with referees and certificates, as the form asks for them:
// read from the profile, shown read-only with a copy button per value and a link to edit them there (one
// source: they are never typed twice).
import type { ReactNode } from 'react';
import type { Profile } from '../../../shared/profile/schema';
import { tf } from '../../../shared/i18n/form';
import type { Language } from '../../../shared/i18n/language';
import { formOf } from '../../../shared/programmes/applicationForm';
import type { Programme } from '../../../shared/programmes/schema';
import type { AppKey } from '../../../shared/i18n/app';
import { useI18n } from '../i18n';
import { hrefOf, type ProfileSection } from '../router';
import { CopyButton } from './CopyButton';
import { type ShownValue, certificateValues, educationValues, personValues, workValues } from './profileValues';

function ValueList({ values }: { values: ShownValue[] }) {
  const { language } = useI18n();
  return (
    <dl className="readonly-values">
      {values.map((value) => (
        <div key={value.label} className="readonly-value">
          <dt>{value.label}</dt>
          <dd>
            <span className={value.shown === '' ? 'muted' : undefined}>{value.shown === '' ? tf(language, 'profileView.blank') : value.shown}</span>
            {value.copiedNote && <span className="field-hint copied-note">{value.copiedNote}</span>}
            {/* Nothing to paste: no button that would put an empty clipboard into the online system. */}
            {value.copied !== '' && <CopyButton value={value.copied} label={value.label} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}

interface SectionProps {
  applicantId: string;
  section: ProfileSection;
  heading: AppKey;
  children: ReactNode;
}

function ProfileSectionView({ applicantId, section, heading, children }: SectionProps) {
  const { t, language } = useI18n();
  const title = t(heading);
  return (
    <section className="form-section readonly-section" aria-labelledby={`form-section-${section}`}>
      <div className="section-heading">
        <h2 id={`form-section-${section}`} tabIndex={-1}>
          {title}
        </h2>
        <a href={hrefOf({ name: 'profile', applicantId, section })} aria-label={tf(language, 'profileView.editFor', { section: title })}>
          {tf(language, 'profileView.edit')}
        </a>
      </div>
      {children}
    </section>
  );
}

function Rows<T>({ rows, label, values }: { rows: readonly T[]; label(index: number): string; values(row: T): ShownValue[] }) {
  const { language } = useI18n();
  if (rows.length === 0) return <p className="muted">{tf(language, 'profileView.noRows')}</p>;
  return (
    <ol className="readonly-rows">
      {rows.map((row, index) => (
        <li key={index} className="card">
          <h3>{label(index)}</h3>
          <ValueList values={values(row)} />
        </li>
      ))}
    </ol>
  );
}

/**
 * The copy hint names the programme's own form (its data, applicationForm.name); a programme that publishes
 * no form (Guangzhou) gets no claim about an online system, nor does an applicant with no programme yet.
 */
export function copyHint(language: Language, programme: Programme | null): string {
  if (programme === null) return tf(language, 'copy.chineseHint.noProgramme');
  const form = formOf(programme).name;
  return form ? tf(language, 'copy.chineseHint', { form: form[language] }) : tf(language, 'copy.chineseHint.noForm');
}

export function ProfileView({ applicantId, profile, programme }: { applicantId: string; profile: Profile; programme: Programme | null }) {
  const { t, language } = useI18n();
  return (
    <>
      <p className="muted readonly-intro" data-testid="copy-hint">{tf(language, 'profileView.intro')} {copyHint(language, programme)}</p>
      <ProfileSectionView applicantId={applicantId} section="person" heading="section.person">
        <div className="card">
          <ValueList values={personValues(language, profile.person)} />
        </div>
      </ProfileSectionView>
      <ProfileSectionView applicantId={applicantId} section="education" heading="section.education">
        <Rows rows={profile.education} label={(index) => t('row.education', { n: index + 1 })} values={(row) => educationValues(language, row)} />
      </ProfileSectionView>
      <ProfileSectionView applicantId={applicantId} section="work" heading="section.work">
        <Rows rows={profile.workPeriods} label={(index) => t('row.work', { n: index + 1 })} values={(row) => workValues(language, row)} />
      </ProfileSectionView>
      <ProfileSectionView applicantId={applicantId} section="certificates" heading="section.certificates">
        <Rows rows={profile.certificates} label={(index) => t('row.certificate', { n: index + 1 })} values={(row) => certificateValues(language, row)} />
      </ProfileSectionView>
    </>
  );
}
