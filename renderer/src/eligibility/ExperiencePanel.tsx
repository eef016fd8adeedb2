// The years the engine counted (to the cut-off, in the city, overseas — labelled), how it counted them, and
// the entries it could not read.
import type { EligibilityAssessment } from '../../../shared/eligibility';
import type { EligibilityKey } from '../../../shared/i18n/eligibility';
import type { Programme } from '../../../shared/programmes';
import { useI18n } from '../i18n';
import { SourceNote } from '../programmes/SourceNote';

export function ExperiencePanel({ assessment, programme }: { assessment: EligibilityAssessment; programme: Programme }) {
  const { t, te, pick } = useI18n();
  const { experience } = assessment;
  const years = (count: number | null) =>
    count === null ? t('experience.uncountable') : t('experience.years', { count });
  return (
    <section className="card side-card" aria-labelledby="experience-heading" id="experience">
      <h2 id="experience-heading">{t('experience.heading')}</h2>
      <dl className="experience">
        <div>
          <dt>{t('experience.countedTo')}</dt>
          <dd>{experience.countedTo ?? t('experience.countedTo.unknown')}</dd>
        </div>
        <div>
          <dt>{t('experience.relevant')}</dt>
          <dd data-experience="relevant">{years(experience.relevantYears)}</dd>
        </div>
        <div>
          <dt>{t('experience.inCity', { city: pick(programme.inCityWork.city) })}</dt>
          <dd data-experience="inCity">{years(experience.inCityYears)}</dd>
        </div>
        <div>
          <dt>{t('experience.overseas')}</dt>
          <dd data-experience="overseas">{experience.overseasCounted ? years(experience.overseasYears) : t('experience.overseasExcluded')}</dd>
        </div>
      </dl>
      {assessment.notes.map((note) => (
        <div key={note.messageKey} className="level-note">
          <p>{pick(note.message)}</p>
          <SourceNote source={note.source} programme={programme} />
        </div>
      ))}
      {assessment.problems.length > 0 && (
        <div className="banner banner-warning" role="status">
          <div>
            <p>{t('eligibility.problems')}</p>
            <ul>
              {assessment.problems.map((problem, index) => {
                const [section, row] = problem.path;
                const message = te(problem.key as EligibilityKey);
                return (
                  <li key={index}>
                    {section === 'workPeriods' && typeof row === 'number'
                      ? t('eligibility.problem.period', { n: row + 1, message })
                      : t('eligibility.problem.other', { message })}
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
