// What a step asks, in both languages, and what the notice says about it: the seed text quoted word for
// word with its document and section, and the programme's official contact numbers.
import type { Source } from '../../../shared/programmes/source';
import type { TrackerView } from '../../../shared/contract/trackerChannels';
import { SourceQuote, useSourceTitle } from '../programmes/SourceNote';
import { useTrackerI18n } from './text';

type Step = TrackerView['steps'][number]['step'];

/** The notice's words with where they come from (TitlePrep's default, where no notice says). */
export function QuotedSource({ source }: { source: Source }) {
  const { t } = useTrackerI18n();
  const title = useSourceTitle()(source);
  return (
    <figure className="quoted-source">
      <SourceQuote source={source} />
      <figcaption>{t('source.label', { title })}</figcaption>
    </figure>
  );
}

export function Contacts({ contacts }: { contacts: NonNullable<TrackerView['programme']>['contacts'] }) {
  const { tt } = useTrackerI18n();
  if (contacts.length === 0) return <p className="muted">{tt('tracker.guidance.noContacts')}</p>;
  return (
    <p className="contact-numbers">
      <span>{tt('tracker.guidance.contacts')}</span>{' '}
      {contacts.map((contact) => (
        <span key={contact.number} className="phone">
          {contact.number}
        </span>
      ))}
    </p>
  );
}

export function StepGuidance({ step, contacts }: { step: Step; contacts: NonNullable<TrackerView['programme']>['contacts'] }) {
  const { tt, language } = useTrackerI18n();
  const other = language === 'zh' ? 'en' : 'zh';
  return (
    <details className="guidance">
      <summary>{tt('tracker.guidance.summary')}</summary>
      <h4>{tt('tracker.guidance.whatToDo')}</h4>
      <p>{step.applicantDoes[language]}</p>
      <p className="muted other-language" lang={other === 'zh' ? 'zh-CN' : 'en'}>
        {step.applicantDoes[other]}
      </p>
      <h4>{tt('tracker.guidance.noticeSays')}</h4>
      <QuotedSource source={step.source} />
      <Contacts contacts={contacts} />
    </details>
  );
}
