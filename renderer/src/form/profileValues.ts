// The profile's values as the form page shows them (in the UI's language) and copies them (in Chinese, as
// the online system and the printed form write them). One source: nothing here is stored again.
import type { Language } from '../../../shared/contract/channels';
import type { Profile } from '../../../shared/profile/schema';
import { type AppKey, t } from '../../../shared/i18n/app';
import { tf } from '../../../shared/i18n/form';
import { nationalityForSystem } from '../../../shared/profile/nationality';
import { renewalsText, verificationText } from '../../../shared/print/certificateText';

export interface ShownValue {
  label: string;
  /** '' when the profile has no value. */
  shown: string;
  copied: string;
  /** Set when the copy is not the text shown (a typed nationality copied in Chinese): say what is copied. */
  copiedNote?: string;
}

type Labelled = { label: AppKey; shown: (language: Language) => string; explainCopy?: boolean };

function entry(language: Language, { label, shown, explainCopy = false }: Labelled): ShownValue {
  const value = { label: t(language, label), shown: shown(language), copied: shown('zh') };
  return explainCopy && value.copied !== value.shown ? { ...value, copiedNote: tf(language, 'copy.copiesAs', { value: value.copied }) } : value;
}

const text = (value: string) => () => value;
const choice = (prefix: string, value: string | null) => (language: Language) => (value === null ? '' : t(language, `${prefix}.${value}` as AppKey));
const yesNo = (value: boolean) => (language: Language) => t(language, value ? 'common.yes' : 'common.no');
const date = (value: string | null) => () => value ?? '';

export function personValues(language: Language, person: Profile['person']): ShownValue[] {
  const fields: Labelled[] = [
    { label: 'person.label.nameZh', shown: text(person.nameZh) },
    { label: 'person.label.nameLatin', shown: text(person.nameLatin) },
    { label: 'person.label.gender', shown: choice('gender', person.gender) },
    { label: 'person.label.birthDate', shown: date(person.birthDate) },
    // Shown as typed; copied in Chinese from TitlePrep's list (United Kingdom → 英国), as the system takes it.
    {
      label: 'person.label.nationality',
      shown: (language) => (language === 'zh' ? nationalityForSystem(person.nationality) : person.nationality),
      explainCopy: true,
    },
    { label: 'person.label.idType', shown: choice('idType', person.idType) },
    { label: 'person.label.idNumber', shown: text(person.idNumber) },
    { label: 'person.label.phone', shown: text(person.phone) },
    { label: 'person.label.email', shown: text(person.email) },
    { label: 'person.label.department', shown: text(person.department) },
    { label: 'person.label.post', shown: text(person.post) },
    { label: 'person.label.targetCity', shown: choice('city', person.targetCity) },
  ];
  return fields.map((field) => entry(language, field));
}

export function educationValues(language: Language, row: Profile['education'][number]): ShownValue[] {
  const fields: Labelled[] = [
    { label: 'education.startDate', shown: date(row.startDate) },
    { label: 'education.endDate', shown: date(row.endDate) },
    { label: 'education.school', shown: text(row.school) },
    { label: 'education.major', shown: text(row.major) },
    { label: 'education.degree', shown: choice('degree', row.degree) },
    { label: 'education.degreeCertificateNumber', shown: text(row.degreeCertificateNumber) },
    { label: 'education.fullTime', shown: yesNo(row.fullTime) },
  ];
  return fields.map((field) => entry(language, field));
}

export function workValues(language: Language, row: Profile['workPeriods'][number]): ShownValue[] {
  // An ongoing period has no end date: the form writes 至今.
  const end = (lang: Language) => (row.endDate === null ? tf(lang, 'profileView.ongoing') : row.endDate);
  const fields: Labelled[] = [
    { label: 'work.startDate', shown: date(row.startDate) },
    { label: 'work.endDate', shown: end },
    { label: 'work.employer', shown: text(row.employer) },
    { label: 'work.department', shown: text(row.department) },
    { label: 'work.position', shown: text(row.position) },
    { label: 'work.titleHeld', shown: text(row.titleHeld) },
    { label: 'work.referee', shown: text(row.referee) },
  ];
  return fields.map((field) => entry(language, field));
}

export function certificateValues(language: Language, row: Profile['certificates'][number]): ShownValue[] {
  const fields: Labelled[] = [
    { label: 'certificate.name', shown: text(row.name) },
    { label: 'certificate.issuingBody', shown: text(row.issuingBody) },
    { label: 'certificate.number', shown: text(row.number) },
    { label: 'certificate.obtainedOn', shown: date(row.obtainedOn) },
    { label: 'certificate.validUntil', shown: date(row.validUntil) },
    // As the printed form writes them: every renewal, and the verification with its date.
    { label: 'certificate.renewals', shown: (lang) => renewalsText(lang, row) || tf(lang, 'copy.noneShown') },
    { label: 'certificate.verificationStatus', shown: (lang) => verificationText(lang, row) },
  ];
  return fields.map((field) => entry(language, field));
}
