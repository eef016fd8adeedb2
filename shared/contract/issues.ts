// Turns zod's issues into field issues with i18n keys, so both sides can show a message per field.
import type { z } from 'zod';
import type { FieldIssue } from './result';

const KEY_PATTERN = /^[a-z][A-Za-z]*(\.[A-Za-z-]+)+$/;

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    // Our own refinements carry an i18n key as their message; zod's built-in checks get a generic key.
    if (KEY_PATTERN.test(issue.message)) {
      const params = issue.code === 'custom' ? (issue.params as FieldIssue['params']) : undefined;
      return params ? { path, key: issue.message, params } : { path, key: issue.message };
    }
    switch (issue.code) {
      case 'too_big':
        return { path, key: 'field.tooLong', params: { max: Number(issue.maximum) } };
      case 'too_small':
        return { path, key: 'field.required' };
      case 'invalid_type':
        return { path, key: issue.input === undefined ? 'field.missing' : 'field.invalid' };
      default:
        return { path, key: 'field.invalid' };
    }
  });
}

/** "person.birthDate: date.invalid; …" — for logs and the English `message` of an error. */
export function describeIssues(issues: FieldIssue[]): string {
  return issues.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.key}`).join('; ');
}
