// Inputs of the tracker that save on their own: a date or a text is saved when the field is left, a choice
// when it is made. The input keeps what was typed when a save is refused, with the reason under it (nothing
// is lost), and shows a warning (a date out of order) without refusing anything.
import { useId, useState, type ReactNode } from 'react';
import type { AppError } from '../../../shared/contract/result';
import { tidyDate } from '../profile/dates';
import { useTrackerI18n } from './text';

/** Saves a value; resolves to the error to show under the field (translated when shown), or null when saved. */
export type Commit<T> = (value: T) => Promise<AppError | null>;

interface FrameProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error: string | null;
  warnings?: string[] | undefined;
  className?: string | undefined;
  path?: string | undefined;
  children(describedBy: string | undefined): ReactNode;
}

function Frame({ id, label, hint, error, warnings = [], className, path, children }: FrameProps) {
  const describedBy = [error ? `${id}-error` : null, warnings.length > 0 ? `${id}-warning` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${className ? ` ${className}` : ''}`} data-field={path}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
      </div>
      {children(describedBy)}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {warnings.length > 0 && (
        <p className="field-warning" id={`${id}-warning`} role="note">
          {warnings.join(' ')}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function useCommit<T>(commit: Commit<T>) {
  const { failure } = useTrackerI18n();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (value: T) => {
    setBusy(true);
    setError(await commit(value));
    setBusy(false);
  };
  return { error: error ? failure(error) : null, busy, run };
}

interface DateInputProps {
  label: string;
  value: string | null;
  onCommit: Commit<string | null>;
  hint?: string | undefined;
  warnings?: string[] | undefined;
  disabled?: boolean | undefined;
  path?: string | undefined;
}

/** A date typed as YYYY-MM-DD (2025/9/1 and 20250901 are tidied), saved when the field is left. */
export function DateInput({ label, value, onCommit, hint, warnings, disabled, path }: DateInputProps) {
  const id = useId();
  const { error, run } = useCommit(onCommit);
  return (
    <Frame id={id} label={label} hint={hint} error={error} warnings={warnings} className="field-date" path={path}>
      {(describedBy) => (
        <input
          // Remounted when the stored value changes (another window, a reload), never while typing.
          key={value ?? ''}
          id={id}
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          className="date-input"
          defaultValue={value ?? ''}
          maxLength={20}
          disabled={disabled}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onBlur={(event) => {
            const tidy = tidyDate(event.target.value);
            if (tidy !== event.target.value) event.target.value = tidy;
            const next = tidy === '' ? null : tidy;
            if (next !== value) void run(next);
          }}
        />
      )}
    </Frame>
  );
}

interface TextInputProps {
  label: string;
  value: string;
  onCommit: Commit<string>;
  maxLength: number;
  multiline?: boolean;
  hint?: string | undefined;
  disabled?: boolean | undefined;
  placeholder?: string | undefined;
  path?: string | undefined;
}

export function TextInput({ label, value, onCommit, maxLength, multiline = false, hint, disabled, placeholder, path }: TextInputProps) {
  const id = useId();
  const { error, run } = useCommit(onCommit);
  const common = {
    id,
    defaultValue: value,
    maxLength,
    disabled,
    placeholder,
    autoComplete: 'off',
    'aria-invalid': error ? true : undefined,
    onBlur: (event: { target: { value: string } }) => {
      if (event.target.value.trim() !== value) void run(event.target.value);
    },
  } as const;
  return (
    <Frame id={id} label={label} hint={hint} error={error} className={multiline ? 'field-wide' : undefined} path={path}>
      {(describedBy) =>
        // Remounted (key) when the stored value changes, never while typing.
        multiline ? (
          <textarea key={value} rows={2} aria-describedby={describedBy} {...common} />
        ) : (
          <input key={value} type="text" aria-describedby={describedBy} {...common} />
        )
      }
    </Frame>
  );
}

interface SelectInputProps<T extends string> {
  label: string;
  value: T | null;
  options: readonly T[];
  optionLabel(value: T): string;
  onCommit: Commit<T | null>;
  /** The label of the empty choice; absent when a value is always set. */
  empty?: string | undefined;
  disabled?: boolean | undefined;
  path?: string | undefined;
}

export function SelectInput<T extends string>({ label, value, options, optionLabel, onCommit, empty, disabled, path }: SelectInputProps<T>) {
  const id = useId();
  const { error, busy, run } = useCommit(onCommit);
  return (
    <Frame id={id} label={label} error={error} path={path}>
      {(describedBy) => (
        <select
          id={id}
          value={value ?? ''}
          disabled={disabled || busy}
          aria-describedby={describedBy}
          onChange={(event) => void run(options.find((option) => option === event.target.value) ?? null)}
        >
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </Frame>
  );
}
