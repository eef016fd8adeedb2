// Labelled inputs of the profile editor. Each shows its own messages (aria-describedby, aria-invalid)
// and, more quietly, whether the application needs it.
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { tidyDate } from './dates';
import { type Path, pathKey, useFieldState } from './formContext';

interface FrameProps {
  path: Path;
  label: string;
  inputId: string;
  hint?: string;
  /** Date formats: the placeholder shows it; screen readers get the sentence. */
  hintHidden?: boolean;
  extra?: ReactNode;
  children(describedBy: string | undefined, invalid: boolean): ReactNode;
}

function FieldFrame({ path, label, inputId, hint, hintHidden = false, extra, children }: FrameProps) {
  const { t, issue } = useI18n();
  const { issues, missing } = useFieldState(path);
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const describedBy = [issues.length > 0 ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field" data-path={pathKey(path)}>
      <div className="field-label">
        <label htmlFor={inputId}>{label}</label>
        {missing && <span className="needed">{t('hint.required')}</span>}
        {extra}
      </div>
      {children(describedBy, issues.length > 0)}
      {hint && (
        <p className={hintHidden ? 'sr-only' : 'field-hint'} id={hintId}>
          {hint}
        </p>
      )}
      {issues.length > 0 && (
        <p className="field-error" id={errorId}>
          {issues.map((item) => issue(item.key, item.params)).join(' ')}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  path: Path;
  label: string;
  value: string;
  maxLength: number;
  onChange(value: string): void;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  hint?: string;
}

export function TextField({ path, label, value, maxLength, onChange, type = 'text', autoComplete = 'off', hint }: TextFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const length = [...value].length;
  // A counter only near the limit, where it helps; elsewhere it would be noise.
  const counter = length >= maxLength * 0.8 ? <span className="counter">{t('hint.counter', { count: length, max: maxLength })}</span> : null;
  return (
    <FieldFrame path={path} label={label} inputId={id} extra={counter} hint={hint}>
      {(describedBy, invalid) => (
        <input
          id={id}
          type={type}
          value={value}
          maxLength={maxLength}
          autoComplete={autoComplete}
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

interface DateFieldProps {
  path: Path;
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  disabled?: boolean;
}

export function DateField({ path, label, value, onChange, disabled = false }: DateFieldProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <FieldFrame path={path} label={label} inputId={id} hint={t('hint.date')} hintHidden>
      {(describedBy, invalid) => (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          className="date-input"
          value={value ?? ''}
          maxLength={20}
          disabled={disabled}
          autoComplete="off"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
          onBlur={(event) => {
            const tidy = tidyDate(event.target.value);
            if (tidy !== event.target.value) onChange(tidy === '' ? null : tidy);
          }}
        />
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps<T extends string> {
  path: Path;
  label: string;
  value: T | null;
  options: readonly T[];
  optionLabel(value: T): string;
  onChange(value: T | null): void;
  /** False for fields that always hold a value. */
  allowEmpty?: boolean;
  hint?: string;
}

export function SelectField<T extends string>({ path, label, value, options, optionLabel, onChange, allowEmpty = true, hint }: SelectFieldProps<T>) {
  const { t } = useI18n();
  const id = useId();
  return (
    <FieldFrame path={path} label={label} inputId={id} hint={hint}>
      {(describedBy, invalid) => (
        <select
          id={id}
          value={value ?? ''}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const next = options.find((option) => option === event.target.value);
            onChange(next ?? null);
          }}
        >
          {allowEmpty && <option value="">{t('common.choose')}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface CheckboxFieldProps {
  path: Path;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function CheckboxField({ path, label, checked, onChange }: CheckboxFieldProps) {
  const { issue } = useI18n();
  const id = useId();
  const { issues } = useFieldState(path);
  const errorId = `${id}-error`;
  return (
    <div className="field field-checkbox" data-path={pathKey(path)}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-invalid={issues.length > 0 || undefined}
        aria-describedby={issues.length > 0 ? errorId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {issues.length > 0 && (
        <p className="field-error" id={errorId}>
          {issues.map((item) => issue(item.key, item.params)).join(' ')}
        </p>
      )}
    </div>
  );
}
