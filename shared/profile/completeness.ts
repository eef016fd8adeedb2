// What an application will need that the profile does not hold yet. Reported, never enforced on save:
// applicants fill their profile over days, and a refused autosave would lose their typing.
import { missingNameField } from './names';
import type { Profile } from './schema';

export interface MissingField {
  /** Path of the field, as in validation issues: e.g. ['workPeriods', 2, 'startDate']. */
  path: (string | number)[];
  key: 'field.required';
}

// The name is one of these two: see names.ts.
const REQUIRED_PERSON_FIELDS = [
  'gender',
  'birthDate',
  'nationality',
  'idType',
  'idNumber',
  'phone',
  'email',
  'employerName',
  'employerCreditCode',
  'targetCity',
] as const;

export function missingFields(profile: Profile): MissingField[] {
  const missing: MissingField[] = [];
  const blank = (value: unknown) => value === null || value === '';
  const name = missingNameField(profile.person);
  if (name !== null) missing.push({ path: ['person', name], key: 'field.required' });
  for (const field of REQUIRED_PERSON_FIELDS) {
    if (blank(profile.person[field])) missing.push({ path: ['person', field], key: 'field.required' });
  }
  profile.education.forEach((row, index) => {
    for (const field of ['startDate', 'endDate', 'school', 'degree'] as const) {
      if (blank(row[field])) missing.push({ path: ['education', index, field], key: 'field.required' });
    }
  });
  profile.workPeriods.forEach((row, index) => {
    for (const field of ['startDate', 'employer', 'position'] as const) {
      if (blank(row[field])) missing.push({ path: ['workPeriods', index, field], key: 'field.required' });
    }
  });
  profile.certificates.forEach((row, index) => {
    for (const field of ['name', 'issuingBody', 'obtainedOn'] as const) {
      if (blank(row[field])) missing.push({ path: ['certificates', index, field], key: 'field.required' });
    }
  });
  return missing;
}
