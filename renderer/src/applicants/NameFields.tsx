// The two name inputs used to create and to rename an applicant, with their field messages.
import { useId, type RefObject } from 'react';
import type { FieldIssue } from '../../../shared/contract/result';
import { LIMITS } from '../../../shared/profile/text';
import { useI18n } from '../i18n';

export interface Names {
  nameZh: string;
  nameLatin: string;
}

interface Props {
  names: Names;
  onChange(names: Names): void;
  issues: FieldIssue[];
  firstInput?: RefObject<HTMLInputElement | null>;
}

export function NameFields({ names, onChange, issues, firstInput }: Props) {
  const { t, issue } = useI18n();
  const id = useId();
  const field = (name: keyof Names, label: string, ref?: RefObject<HTMLInputElement | null>) => {
    const messages = issues.filter((item) => item.path[0] === name);
    const inputId = `${id}-${name}`;
    return (
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          ref={ref}
          type="text"
          value={names[name]}
          maxLength={LIMITS.name}
          autoComplete="off"
          aria-invalid={messages.length > 0 || undefined}
          aria-describedby={messages.length > 0 ? `${inputId}-error` : undefined}
          onChange={(event) => onChange({ ...names, [name]: event.target.value })}
        />
        {messages.length > 0 && (
          <p className="field-error" id={`${inputId}-error`}>
            {messages.map((item) => issue(item.key, item.params)).join(' ')}
          </p>
        )}
      </div>
    );
  };
  return (
    <>
      {field('nameZh', t('applicants.nameZh'), firstInput)}
      {field('nameLatin', t('applicants.nameLatin'))}
    </>
  );
}
