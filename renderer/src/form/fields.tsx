// The form page's inputs: the profile editor's own field components (same look, messages from the shared
// zod schema through the same context), each with a copy button, plus a text field whose live count is set
// against the length the form suggests (a suggestion: the online system's limits are not published).
import type { ReactNode } from 'react';
import { tf } from '../../../shared/i18n/form';
import { useI18n } from '../i18n';
import { type Path, pathKey, useFieldState } from '../profile/formContext';
import { CopyButton } from './CopyButton';
import { copyValue, lengthOf, suggestedLength } from './copyValues';

/** An element id from a field path, so that a link can name the field (form-field-achievements-0-title). */
export const fieldId = (path: Path): string => `form-field-${path.join('-')}`;

/** A reused field with its copy button in the top-right corner, over the label row. */
export function Copyable({ value, label, children }: { value: string; label: string; children: ReactNode }) {
  return (
    <div className="copyable">
      {children}
      <CopyButton value={value} label={label} />
    </div>
  );
}

interface FormTextFieldProps {
  path: Path;
  label: string;
  value: string;
  /** The schema's hard maximum; the suggested length comes from templates/form/fields.json. */
  maxLength: number;
  onChange(value: string): void;
  multiline?: boolean;
  hint?: string;
  type?: 'text' | 'tel';
  rows?: number;
}

export function FormTextField({ path, label, value, maxLength, onChange, multiline = false, hint, type = 'text', rows = 4 }: FormTextFieldProps) {
  const { t, language, issue } = useI18n();
  const { issues, missing } = useFieldState(path);
  const id = fieldId(path);
  const suggested = suggestedLength(path);
  const length = lengthOf(value);
  const over = suggested !== undefined && length > suggested ? length - suggested : 0;
  const hints = [hint, suggested !== undefined ? tf(language, 'length.hint', { max: suggested }) : undefined].filter((text): text is string => Boolean(text));
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const overId = `${id}-over`;
  const describedBy = [issues.length > 0 ? errorId : null, hints.length > 0 ? hintId : null, over > 0 ? overId : null].filter(Boolean).join(' ') || undefined;
  // Multiline answers and fields with a suggested length always show their count; others only near the limit.
  const showCount = multiline || suggested !== undefined || length >= maxLength * 0.8;
  const count = suggested !== undefined ? tf(language, 'length.countOf', { count: length, max: suggested }) : tf(language, 'length.count', { count: length });
  const common = {
    id,
    value,
    maxLength,
    spellCheck: false,
    'aria-invalid': issues.length > 0 || undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className={`field copyable${multiline ? ' field-wide' : ''}`} data-path={pathKey(path)}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {missing && <span className="needed">{t('hint.required')}</span>}
        {showCount && (
          <span className={`counter${over > 0 ? ' counter-over' : ''}`} aria-hidden="true">
            {count}
          </span>
        )}
      </div>
      {multiline ? (
        <textarea {...common} rows={rows} className="prose-input" onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      )}
      {hints.length > 0 && (
        <p className="field-hint" id={hintId}>
          {hints.join(' ')}
        </p>
      )}
      {over > 0 && (
        <p className="field-warning" id={overId}>
          {tf(language, 'length.over', { over })}
        </p>
      )}
      {issues.length > 0 && (
        <p className="field-error" id={errorId}>
          {issues.map((item) => issue(item.key, item.params)).join(' ')}
        </p>
      )}
      <CopyButton value={copyValue(value, path)} label={label} />
    </div>
  );
}
