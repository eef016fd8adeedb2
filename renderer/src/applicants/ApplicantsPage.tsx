// The applicants in this data folder: add, rename, delete (with Undo), choose the current one.
import { useEffect, useRef } from 'react';
import type { ApplicantSummary } from '../../../shared/contract/channels';
import { call } from '../api';
import { type I18n, useI18n } from '../i18n';
import { markReady } from '../ready';
import { displayName, useSession } from '../session';
import { useToast } from '../toasts';
import { ApplicantItem } from './ApplicantItem';
import { CreateApplicantForm } from './CreateApplicantForm';
import { HandoverImport } from '../handover/HandoverImport';

const UNDO_MS = 10_000;

export function ApplicantsPage() {
  const { t, error } = useI18n();
  const { settings, updateSettings, applicants, applicantsError, reloadApplicants } = useSession();
  const toast = useToast();
  const heading = useRef<HTMLHeadingElement>(null);

  // Names and dates change on the profile page: refresh whenever this screen opens.
  useEffect(() => void reloadApplicants(), [reloadApplicants]);
  useEffect(() => {
    if (applicants !== null || applicantsError !== null) markReady();
  }, [applicants, applicantsError]);

  const report = (result: { ok: boolean; error?: Parameters<typeof error>[0] }) => {
    const failure = result.error;
    if (!result.ok && failure) toast({ message: (i18n) => i18n.error(failure) });
  };

  const remove = async (applicant: ApplicantSummary) => {
    const wasCurrent = settings.currentApplicantId === applicant.id;
    const result = await call('applicants.delete', { id: applicant.id });
    if (!result.ok) return report(result);
    if (wasCurrent) await updateSettings({ currentApplicantId: null });
    await reloadApplicants();
    heading.current?.focus();
    const name = (i18n: I18n) => displayName(applicant, i18n.t('common.unnamed'));
    toast({
      message: (i18n) => i18n.t('applicants.deleted', { name: name(i18n) }),
      duration: UNDO_MS,
      action: {
        label: (i18n) => i18n.t('common.undo'),
        run: () =>
          void (async () => {
            const restored = await call('applicants.restore', { id: applicant.id });
            if (!restored.ok) return report(restored);
            if (wasCurrent) await updateSettings({ currentApplicantId: applicant.id });
            await reloadApplicants();
            toast({ message: (i18n) => i18n.t('applicants.restored', { name: name(i18n) }) });
          })(),
      },
    });
  };

  return (
    <div className="page applicants-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('applicants.title')}
      </h1>
      <p className="muted">{t('applicants.intro')}</p>
      <CreateApplicantForm />
      <HandoverImport />
      {applicantsError && (
        <div className="banner banner-error" role="alert">
          <span>{error(applicantsError)}</span>
          <button type="button" onClick={() => void reloadApplicants()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {applicants === null && !applicantsError && <p className="muted">{t('common.loading')}</p>}
      {applicants?.length === 0 && (
        <section className="empty-state">
          <h2>{t('applicants.empty.title')}</h2>
          <p>{t('applicants.empty.body')}</p>
        </section>
      )}
      {applicants && applicants.length > 0 && (
        <ul className="applicant-list" aria-label={t('applicants.list.label')}>
          {applicants.map((applicant) => (
            <ApplicantItem
              key={applicant.id}
              applicant={applicant}
              isCurrent={applicant.id === settings.currentApplicantId}
              onMakeCurrent={() => void updateSettings({ currentApplicantId: applicant.id }).then(report)}
              onRenamed={() => void reloadApplicants()}
              onDelete={() => void remove(applicant)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
