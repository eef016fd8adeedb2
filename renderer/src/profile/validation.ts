// Client-side validation with the backend's own schema, and which issues the editor can place on a field.
import { toFieldIssues } from '../../../shared/contract/issues';
import type { FieldIssue } from '../../../shared/contract/result';
import { missingFields } from '../../../shared/profile/completeness';
import { type Profile, type ProfileInput, profileSchema } from '../../../shared/profile/schema';
import { pathKey } from './formContext';

export function validateProfile(profile: ProfileInput): FieldIssue[] {
  const result = profileSchema.safeParse(profile);
  return result.success ? [] : toFieldIssues(result.error);
}

/** Fields with a problem, counted once however many messages each has. */
export function countInvalidFields(issues: readonly FieldIssue[]): number {
  return new Set(issues.map((issue) => pathKey(issue.path))).size;
}

const ROWS = new Set(['education', 'workPeriods', 'certificates']);

/** True when a field of the editor shows this path's messages; others go to the "other problems" list. */
export function hasFieldFor(path: readonly (string | number)[]): boolean {
  const [section, index, field, renewal, renewalField] = path;
  if (section === 'person') return path.length === 2;
  if (typeof section !== 'string' || !ROWS.has(section) || typeof index !== 'number') return false;
  if (path.length === 5) return field === 'renewals' && typeof renewal === 'number' && typeof renewalField === 'string';
  return path.length === 3 && field !== 'id' && field !== 'renewals';
}

/** Completeness works on the stored shape; the draft differs only by untrimmed text, which it ignores. */
export function missingKeys(profile: ProfileInput): Set<string> {
  return new Set(missingFields(profile as Profile).map((missing) => pathKey(missing.path)));
}
