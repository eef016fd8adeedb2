// Blank rows for the editor. The caller supplies the id (crypto.randomUUID in the renderer) so that
// this module stays free of any runtime API.
import type { Certificate, Education, Person, Profile, WorkPeriod } from './schema';

export function emptyPerson(): Person {
  return {
    nameZh: '',
    nameLatin: '',
    gender: null,
    birthDate: null,
    nationality: '',
    idType: null,
    idNumber: '',
    phone: '',
    email: '',
    employerName: '',
    employerCreditCode: '',
    department: '',
    post: '',
    targetCity: null,
    employerKind: null,
    supervisorConsent: null,
    currentTitleLevel: null,
  };
}

export function emptyProfile(): Profile {
  return { person: emptyPerson(), education: [], workPeriods: [], certificates: [] };
}

export function newEducation(id: string): Education {
  return {
    id,
    startDate: null,
    endDate: null,
    school: '',
    major: '',
    degree: null,
    degreeCertificateNumber: '',
    fullTime: true,
    scienceOrEngineering: false,
  };
}

export function newWorkPeriod(id: string): WorkPeriod {
  return {
    id,
    startDate: null,
    endDate: null,
    employer: '',
    department: '',
    position: '',
    titleHeld: '',
    referee: '',
    relevant: true,
    inCity: true,
    overseas: false,
  };
}

export function newCertificate(id: string): Certificate {
  return {
    id,
    name: '',
    issuingBody: '',
    number: '',
    obtainedOn: null,
    validUntil: null,
    renewals: [],
    listVersion: null,
    categories: [],
    field: null,
    verifiedOn: null,
    verificationStatus: 'not-started',
  };
}
