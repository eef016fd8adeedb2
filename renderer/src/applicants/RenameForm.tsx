import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ApplicantSummary } from '../../../shared/contract/channels';
import type { FieldIssue } from '../../../shared/contract/result';
import { call } from '../api';
import { useI18n } from '../i18n';
import { displayName } from '../session';
import { useToast } from '../toasts';
import { NameFields, type Names } from './NameFields';

interface Props {
  applicant: ApplicantSummary;
  onDone(renamed: boolean): void;
}

export function RenameForm({ applicant, onDone }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const [names, setNames] = useState<Names>({ nameZh: applicant.nameZh, nameLatin: applicant.nameLatin });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('applicants.rename', { id: applicant.id, ...names });
    if (!result.ok) {
      setIssues(result.error.issues ?? []);
      if (!result.error.issues?.length) toast({ message: (i18n) => i18n.error(result.error) });
      return;
    }
    const renamed = result.value;
    toast({ message: (i18n) => i18n.t('applicants.renamed', { name: displayName(renamed, i18n.t('common.unnamed')) }) });
    onDone(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone(false);
    }
  };

  return (
    <form className="rename-form" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} noValidate>
      <div className="form-row">
        <NameFields names={names} onChange={setNames} issues={issues} firstInput={first} />
        <button type="submit" className="button-primary">
          {t('applicants.rename.submit')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
