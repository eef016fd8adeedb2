// Mapping between the profile's shape and the table rows. Kept apart from the queries so that a new
// field is one change here and one migration.
import type { Certificate, Education, Person, WorkPeriod } from '../../../shared/profile/schema';
import { CERTIFICATE_CATEGORIES } from '../../../shared/profile/schema';

export interface ApplicantRow {
  id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  revision: number;
  name_zh: string;
  name_latin: string;
  gender: string | null;
  birth_date: string | null;
  nationality: string;
  id_type: string | null;
  id_number: string;
  phone: string;
  email: string;
  employer_name: string;
  employer_credit_code: string;
  department: string;
  post: string;
  target_city: string | null;
  employer_kind: string | null;
  supervisor_consent: number | null;
  current_title_level: string | null;
}

export function personToColumns(person: Person) {
  return {
    name_zh: person.nameZh,
    name_latin: person.nameLatin,
    gender: person.gender,
    birth_date: person.birthDate,
    nationality: person.nationality,
    id_type: person.idType,
    id_number: person.idNumber,
    phone: person.phone,
    email: person.email,
    employer_name: person.employerName,
    employer_credit_code: person.employerCreditCode,
    department: person.department,
    post: person.post,
    target_city: person.targetCity,
    employer_kind: person.employerKind,
    supervisor_consent: person.supervisorConsent === null ? null : Number(person.supervisorConsent),
    current_title_level: person.currentTitleLevel,
  };
}

/** Rows were validated on the way in; the casts name the enum types they hold. */
export function personFromRow(row: ApplicantRow): Person {
  return {
    nameZh: row.name_zh,
    nameLatin: row.name_latin,
    gender: row.gender as Person['gender'],
    birthDate: row.birth_date,
    nationality: row.nationality,
    idType: row.id_type as Person['idType'],
    idNumber: row.id_number,
    phone: row.phone,
    email: row.email,
    employerName: row.employer_name,
    employerCreditCode: row.employer_credit_code,
    department: row.department,
    post: row.post,
    targetCity: row.target_city as Person['targetCity'],
    employerKind: row.employer_kind as Person['employerKind'],
    supervisorConsent: row.supervisor_consent === null ? null : row.supervisor_consent === 1,
    currentTitleLevel: row.current_title_level as Person['currentTitleLevel'],
  };
}

export interface EducationRow {
  id: string;
  start_date: string | null;
  end_date: string | null;
  school: string;
  major: string;
  degree: string | null;
  degree_certificate_number: string;
  full_time: number;
  science_or_engineering: number;
}

export function educationToColumns(row: Education) {
  return {
    id: row.id,
    start_date: row.startDate,
    end_date: row.endDate,
    school: row.school,
    major: row.major,
    degree: row.degree,
    degree_certificate_number: row.degreeCertificateNumber,
    full_time: row.fullTime ? 1 : 0,
    science_or_engineering: row.scienceOrEngineering ? 1 : 0,
  };
}

export function educationFromRow(row: EducationRow): Education {
  return {
    id: row.id,
    startDate: row.start_date,
    endDate: row.end_date,
    school: row.school,
    major: row.major,
    degree: row.degree as Education['degree'],
    degreeCertificateNumber: row.degree_certificate_number,
    fullTime: row.full_time === 1,
    scienceOrEngineering: row.science_or_engineering === 1,
  };
}

export interface WorkPeriodRow {
  id: string;
  start_date: string | null;
  end_date: string | null;
  employer: string;
  department: string;
  job_position: string;
  title_held: string;
  referee: string;
  relevant: number;
  in_city: number;
  overseas: number;
}

export function workPeriodToColumns(row: WorkPeriod) {
  return {
    id: row.id,
    start_date: row.startDate,
    end_date: row.endDate,
    employer: row.employer,
    department: row.department,
    job_position: row.position,
    title_held: row.titleHeld,
    referee: row.referee,
    relevant: row.relevant ? 1 : 0,
    in_city: row.inCity ? 1 : 0,
    overseas: row.overseas ? 1 : 0,
  };
}

export function workPeriodFromRow(row: WorkPeriodRow): WorkPeriod {
  return {
    id: row.id,
    startDate: row.start_date,
    endDate: row.end_date,
    employer: row.employer,
    department: row.department,
    position: row.job_position,
    titleHeld: row.title_held,
    referee: row.referee,
    relevant: row.relevant === 1,
    inCity: row.in_city === 1,
    overseas: row.overseas === 1,
  };
}

export interface CertificateRow {
  id: string;
  name: string;
  issuing_body: string;
  number: string;
  obtained_on: string | null;
  valid_until: string | null;
  list_version: string | null;
  categories: string;
  field: string | null;
  verified_on: string | null;
  verification_status: string;
}

export function certificateToColumns(row: Certificate) {
  return {
    id: row.id,
    name: row.name,
    issuing_body: row.issuingBody,
    number: row.number,
    obtained_on: row.obtainedOn,
    valid_until: row.validUntil,
    list_version: row.listVersion,
    categories: JSON.stringify(row.categories),
    field: row.field,
    verified_on: row.verifiedOn,
    verification_status: row.verificationStatus,
  };
}

export function certificateFromRow(row: CertificateRow, renewals: Certificate['renewals']): Certificate {
  const categories = (JSON.parse(row.categories) as unknown[]).filter(
    (value): value is Certificate['categories'][number] => (CERTIFICATE_CATEGORIES as readonly unknown[]).includes(value),
  );
  return {
    id: row.id,
    name: row.name,
    issuingBody: row.issuing_body,
    number: row.number,
    obtainedOn: row.obtained_on,
    validUntil: row.valid_until,
    renewals,
    listVersion: row.list_version as Certificate['listVersion'],
    categories,
    field: row.field as Certificate['field'],
    verifiedOn: row.verified_on,
    verificationStatus: row.verification_status as Certificate['verificationStatus'],
  };
}
