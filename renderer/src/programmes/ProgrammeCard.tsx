// One programme: its names, notice, list, and key dates with their sources; shipped ones can be copied
// into a new round, the user's own rounds edited or deleted (refused while an applicant uses one).
import { useState } from 'react';
import type { Programme } from '../../../shared/programmes';
import { useI18n } from '../i18n';
import { Contacts, KeyDates } from './KeyDates';

interface Props {
  programme: Programme;
  baseName: string | null;
  onCreateFrom(): void;
  onEdit?(): void;
  onDelete?(): void;
}

export function ProgrammeCard({ programme, baseName, onCreateFrom, onEdit, onDelete }: Props) {
  const { t, pick } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const name = pick(programme.name);
  const headingId = `programme-${programme.id}`;
  return (
    <article className="card programme-card" aria-labelledby={headingId} data-programme={programme.id}>
      <header className="programme-header">
        <div>
          <h3 id={headingId}>{name}</h3>
          <p className="muted small">
            <code>{programme.id}</code> · {t(`city.${programme.city}`)} ·{' '}
            {programme.notice.number ? t('programmes.notice', { number: programme.notice.number }) : t('programmes.notice.unknown')}
            {programme.notice.issuedOn && <> · {t('programmes.issuedOn', { date: programme.notice.issuedOn })}</>}
          </p>
          {baseName && <p className="muted small">{t('programmes.basedOn', { name: baseName })}</p>}
        </div>
        {programme.userEntered && <span className="badge badge-user">{t('dates.userEntered')}</span>}
      </header>
      <div className="programme-body">
        <KeyDates programme={programme} />
        <div>
          <h4>{t('contacts.heading')}</h4>
          <Contacts programme={programme} />
        </div>
      </div>
      <div className="row-actions">
        <button type="button" aria-label={t('programmes.createFromFor', { name })} onClick={onCreateFrom}>
          {t('programmes.createFrom')}
        </button>
        {onEdit && (
          <button type="button" aria-label={t('programmes.editFor', { name })} onClick={onEdit}>
            {t('common.edit')}
          </button>
        )}
        {onDelete && !confirming && (
          <button type="button" className="button-danger" aria-label={t('programmes.deleteFor', { name })} onClick={() => setConfirming(true)}>
            {t('common.delete')}
          </button>
        )}
        {onDelete && confirming && (
          <>
            <button
              type="button"
              className="button-danger"
              autoFocus
              onClick={() => {
                setConfirming(false);
                onDelete();
              }}
            >
              {t('programmes.confirmDelete', { name })}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </>
        )}
      </div>
    </article>
  );
}
