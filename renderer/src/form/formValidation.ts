// The form validated as the user types, with the backend's own schema.
import { toFieldIssues } from '../../../shared/contract/issues';
import type { FieldIssue } from '../../../shared/contract/result';
import { type AssessmentFormInput, formSchema } from '../../../shared/form/schema';

export function validateForm(form: AssessmentFormInput): FieldIssue[] {
  const result = formSchema.safeParse(form);
  return result.success ? [] : toFieldIssues(result.error);
}

/** Fields with a problem, counted once however many messages each has. */
export function countInvalidFields(issues: readonly FieldIssue[]): number {
  return new Set(issues.map((issue) => issue.path.join('.'))).size;
}
