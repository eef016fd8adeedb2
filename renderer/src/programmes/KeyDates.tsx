// The programme's key dates, each with its source or "unknown — not stated in the notice"; a date a user
// typed into their own round is marked as such, and a date already behind "today" says so.
import type { Programme, ProgrammeDateKey } from '../../../shared/programmes';
import { useI18n } from '../i18n';
import { SourceNote } from './SourceNote';

const DATE_KEYS: readonly ProgrammeDateKey[] = [
  'certificateVerifiedBy',
  'materialsWindow',
  'experienceCountedTo',
  'correctionDeadline',
  'paperMaterialsDeadline',
  'interview',
];

export function KeyDates({ programme, today }: { programme: Programme; today?: string }) {
  const { t } = useI18n();
  return (
    <dl className="key-dates">
      {DATE_KEYS.map((key) => {
        const entry = programme.dates[key];
        const value = entry.value;
        const text =
          value === null ? t('dates.unknown') : typeof value === 'string' ? value : t('dates.range', { from: value.from, to: value.to });
        const last = value === null ? null : typeof value === 'string' ? value : value.to;
        return (
          <div key={key} className="key-date" data-date={key}>
            <dt>{t(`dates.${key}`)}</dt>
            <dd>
              <span className={value === null ? 'date-unknown' : 'date-value'}>{text}</span>
              {entry.source.type === 'user-entered' && <span className="badge badge-user">{t('dates.userEntered')}</span>}
              {today !== undefined && last !== null && last < today && <span className="badge badge-muted">{t('dates.passed')}</span>}
              <SourceNote source={entry.source} programme={programme} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export function Contacts({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  if (programme.contacts.length === 0) return <p className="muted">{t('contacts.none')}</p>;
  const first = programme.contacts[0];
  return (
    <>
      <ul className="contacts">
        {programme.contacts.map((contact) => (
          <li key={contact.number}>
            <span className="phone">{contact.number}</span>
          </li>
        ))}
      </ul>
      {/* The numbers of one notice share one quote: show it once. */}
      {first && programme.contacts.every((contact) => JSON.stringify(contact.source) === JSON.stringify(first.source)) ? (
        <SourceNote source={first.source} programme={programme} />
      ) : (
        programme.contacts.map((contact) => <SourceNote key={contact.number} source={contact.source} programme={programme} />)
      )}
    </>
  );
}
