// What every field of the profile editor needs to know about itself: its messages (errors the user has
// been shown, from the shared zod schema) and whether the application will need it (a quieter hint).
import { createContext, useContext } from 'react';
import type { FieldIssue } from '../../../shared/contract/result';

export type Path = readonly (string | number)[];

export const pathKey = (path: Path): string => path.join('.');

export interface ProfileForm {
  /** Issues to show, by path key; already limited to fields the user has left or paused on. */
  issues: Map<string, FieldIssue[]>;
  /** Path keys of fields the application needs and that are empty. */
  missing: Set<string>;
}

export const ProfileFormContext = createContext<ProfileForm>({ issues: new Map(), missing: new Set() });

export function useFieldState(path: Path): { issues: FieldIssue[]; missing: boolean } {
  const form = useContext(ProfileFormContext);
  const key = pathKey(path);
  return { issues: form.issues.get(key) ?? [], missing: form.missing.has(key) };
}

export function groupIssues(issues: readonly FieldIssue[]): Map<string, FieldIssue[]> {
  const grouped = new Map<string, FieldIssue[]>();
  for (const issue of issues) {
    const key = pathKey(issue.path);
    grouped.set(key, [...(grouped.get(key) ?? []), issue]);
  }
  return grouped;
}
