import { useRef, useState } from 'react';
import type { ApplicantSummary } from '../../../shared/contract/channels';
import { useI18n } from '../i18n';
import { hrefOf } from '../router';
import { displayName } from '../session';
import { ApplicantDueBadges } from '../tracker/badges';
import { ExportHandoverButton } from '../handover/ExportHandoverButton';
import { ApplicantRoundStatus } from '../programmes/RoundBanner';
import { today } from '../today';
import { RenameForm } from './RenameForm';

interface Props {
  applicant: ApplicantSummary;
  isCurrent: boolean;
  onMakeCurrent(): void;
  onRenamed(): void;
  onDelete(): void;
}

export function ApplicantItem({ applicant, isCurrent, onMakeCurrent, onRenamed, onDelete }: Props) {
  const { t, formatDateTime } = useI18n();
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const name = displayName(applicant, t('common.unnamed'));
  const titleId = `applicant-${applicant.id}`;

  const closeRename = (renamed: boolean) => {
    setRenaming(false);
    if (renamed) onRenamed();
    // Back to where the keyboard was before the form opened.
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <li className={isCurrent ? 'applicant current' : 'applicant'} aria-labelledby={titleId}>
      <div className="applicant-names" id={titleId}>
        <span className="applicant-name-zh">{applicant.nameZh || applicant.nameLatin || t('common.unnamed')}</span>
        {applicant.nameZh && applicant.nameLatin && <span className="applicant-name-latin">{applicant.nameLatin}</span>}
        {isCurrent && <span className="badge">{t('applicants.current')}</span>}
        <ApplicantDueBadges applicantId={applicant.id} link />
      </div>
      <div className="applicant-meta muted">
        {applicant.targetCity && <span>{t(`city.${applicant.targetCity}`)}</span>}
        <span>{t('applicants.updatedAt', { date: formatDateTime(applicant.updatedAt) })}</span>
        <ApplicantRoundStatus applicantId={applicant.id} today={today()} />
      </div>
      {renaming ? (
        <RenameForm applicant={applicant} onDone={closeRename} />
      ) : (
        <div className="applicant-actions">
          <a className="button button-primary" href={hrefOf({ name: 'profile', applicantId: applicant.id })} aria-label={t('applicants.openFor', { name })}>
            {t('applicants.open')}
          </a>
          {!isCurrent && (
            <button type="button" onClick={onMakeCurrent} aria-label={t('applicants.makeCurrentFor', { name })}>
              {t('applicants.makeCurrent')}
            </button>
          )}
          <button type="button" ref={renameButton} onClick={() => setRenaming(true)} aria-label={t('applicants.renameFor', { name })}>
            {t('applicants.rename')}
          </button>
          <ExportHandoverButton applicant={applicant} />
          <button type="button" className="button-danger" onClick={onDelete} aria-label={t('applicants.deleteFor', { name })}>
            {t('applicants.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
