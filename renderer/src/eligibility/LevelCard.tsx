// One title level: its status (icon and words, never colour alone), every check with the notice's words it
// applies, what is still missing (with a way to fill it in), the projection and the level's notes.
import type { CheckStatus, LevelAssessment, LevelStatus } from '../../../shared/eligibility';
import type { Programme } from '../../../shared/programmes';
import { isAppKey } from '../../../shared/i18n/app';
import { useI18n } from '../i18n';
import { SourceNote } from '../programmes/SourceNote';
import { isRulesKey } from '../../../shared/i18n/rules';
import { hrefOf, type ProfileSection } from '../router';
import { useRulesText } from '../rulesText';

/** A rule the notice states "in principle" (原则上): the committee decides exceptions, so say whom to ask. */
function AskAboutException({ programme }: { programme: Programme }) {
  const rt = useRulesText();
  const numbers = programme.contacts.map((contact) => contact.number);
  return <p className="in-principle">{numbers.length > 0 ? rt('rules.inPrinciple.ask', { numbers: numbers.join(' / ') }) : rt('rules.inPrinciple.askNoNumbers')}</p>;
}

const LEVEL_ICON: Record<LevelStatus, string> = { eligible: '✓', 'not-eligible': '✗', unknown: '?' };
const CHECK_ICON: Record<CheckStatus, string> = { pass: '✓', fail: '✗', unknown: '?' };

/** Where each fact the engine may miss is entered: a profile section, this page's form, or a user round. */
const MISSING_PLACES: Record<string, { section: ProfileSection } | { onPage: string } | { programmes: true }> = {
  degree: { section: 'education' },
  scienceOrEngineeringDegree: { section: 'education' },
  workPeriods: { section: 'work' },
  field: { section: 'certificates' },
  certificateVerifiedOn: { section: 'certificates' },
  series: { onPage: 'application-series' },
  earlierRounds: { onPage: 'application-earlierRounds' },
  catalogueLevel: { onPage: 'application-catalogueLevel' },
  certificateCategories: { section: 'certificates' },
  certificateListVersion: { section: 'certificates' },
  certificateValidUntil: { section: 'certificates' },
  employerKind: { section: 'person' },
  supervisorConsent: { section: 'person' },
  currentTitleLevel: { section: 'person' },
  'programme.experienceCountedTo': { programmes: true },
  'programme.certificateVerifiedBy': { programmes: true },
  'programme.excludedRounds': { programmes: true },
};

function MissingItem({ name, applicantId, programme }: { name: string; applicantId: string; programme: Programme }) {
  const { t } = useI18n();
  const rt = useRulesText();
  const key = `missing.${name}`;
  const rulesKey = `rules.missing.${name}`;
  const label = isAppKey(key) ? t(key) : isRulesKey(rulesKey) ? rt(rulesKey) : t('missing.other', { name });
  const place = MISSING_PLACES[name];
  if (!place) return <li>{label}</li>;
  if ('section' in place) {
    return (
      <li>
        <a href={hrefOf({ name: 'profile', applicantId, section: place.section })}>{label}</a>
      </li>
    );
  }
  if ('onPage' in place) {
    return (
      <li>
        <button type="button" className="button-link" onClick={() => document.getElementById(place.onPage)?.focus()}>
          {label}
        </button>{' '}
        <span className="muted">{t('missing.onThisPage')}</span>
      </li>
    );
  }
  return (
    <li>
      {label}
      {programme.userEntered && (
        <>
          {' '}
          <a href={hrefOf({ name: 'programmes' })}>{t('missing.onProgrammesPage')}</a>
        </>
      )}
    </li>
  );
}

export function LevelCard({ level, programme, applicantId }: { level: LevelAssessment; programme: Programme; applicantId: string }) {
  const { t, te, pick } = useI18n();
  const headingId = `level-${level.level}`;
  const titles = level.titles.map(pick).join(' / ');
  return (
    <article
      className={`card level-card level-${level.status}`}
      aria-labelledby={headingId}
      data-level={level.level}
      data-status={level.status}
      data-depends-on-overseas={level.dependsOnOverseas || undefined}
    >
      <header className="level-header">
        <div>
          <h3 id={headingId}>
            {te(`eligibility.level.${level.level}`)}
            {titles && <span className="level-titles">{titles}</span>}
          </h3>
          <p className="muted small">{t(`level.procedure.${level.procedure}`)}</p>
        </div>
        <p className={`level-status status-${level.status}`}>
          <span aria-hidden="true" className="status-icon">
            {LEVEL_ICON[level.status]}
          </span>
          {t(`level.status.${level.status}`)}
        </p>
      </header>
      <ul className="checks-list">
        {level.checks.map((check) => (
          <li key={check.id} className={`check check-${check.status}`} data-check={check.id} data-status={check.status}>
            <span className={`check-status status-${check.status}`}>
              <span aria-hidden="true" className="status-icon">
                {CHECK_ICON[check.status]}
              </span>
              {t(`check.status.${check.status}`)}
            </span>
            <div className="check-body">
              <p>{pick(check.message)}</p>
              {check.inPrinciple && check.status === 'fail' && <AskAboutException programme={programme} />}
              <SourceNote source={check.source} programme={programme} />
            </div>
          </li>
        ))}
      </ul>
      {level.projectedEligibleOn && <p className="projection">{t('level.projection', { date: level.projectedEligibleOn })}</p>}
      {level.missing.length > 0 && (
        <div className="missing">
          <h4>{t('level.missing')}</h4>
          <ul>
            {level.missing.map((name) => (
              <MissingItem key={name} name={name} applicantId={applicantId} programme={programme} />
            ))}
          </ul>
        </div>
      )}
      {level.notes.map((note) => (
        <div key={note.messageKey} className="level-note">
          <p>{pick(note.message)}</p>
          <SourceNote source={note.source} programme={programme} />
        </div>
      ))}
    </article>
  );
}
