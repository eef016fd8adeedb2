import { useState, type FormEvent } from 'react';
import type { FieldIssue } from '../../../shared/contract/result';
import { call } from '../api';
import { useI18n } from '../i18n';
import { displayName, useSession } from '../session';
import { useToast } from '../toasts';
import { NameFields, type Names } from './NameFields';

const EMPTY: Names = { nameZh: '', nameLatin: '' };

export function CreateApplicantForm() {
  const { t } = useI18n();
  const { settings, updateSettings, reloadApplicants } = useSession();
  const toast = useToast();
  const [names, setNames] = useState<Names>(EMPTY);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await call('applicants.create', names);
    setBusy(false);
    if (!result.ok) {
      setIssues(result.error.issues ?? []);
      if (!result.error.issues?.length) toast({ message: (i18n) => i18n.error(result.error) });
      return;
    }
    setNames(EMPTY);
    setIssues([]);
    const created = result.value;
    toast({ message: (i18n) => i18n.t('applicants.created', { name: displayName(created, i18n.t('common.unnamed')) }) });
    // The first applicant becomes the current one: a new user should not have to pick it as well.
    if (settings.currentApplicantId === null) await updateSettings({ currentApplicantId: result.value.id });
    await reloadApplicants();
  };

  return (
    <form className="card create-applicant" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('applicants.create.heading')}</h2>
      <p className="muted">{t('applicants.create.hint')}</p>
      <div className="form-row">
        <NameFields
          names={names}
          issues={issues}
          onChange={(next) => {
            setNames(next);
            if (issues.length) setIssues([]);
          }}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {t('applicants.create.submit')}
        </button>
      </div>
    </form>
  );
}
