// The level's criteria, quoted from the notice with their source, and for each the sections of this summary
// that address it (by the outline's mapping), so the applicant sees which criterion still lacks evidence.
import type { Outline } from '../../../shared/summary/outline';
import { useI18n } from '../i18n';
import { SourceNote } from '../programmes/SourceNote';
import type { SectionStats } from './documentStats';

export function CriteriaPanel({ outline, sections, programmeId }: { outline: Outline; sections: SectionStats[]; programmeId: string }) {
  const { t, language } = useI18n();
  const titles = new Map(sections.filter((section) => section.id !== null).map((section) => [section.id, section.title.trim() || t('sections.untitled')]));
  const preamble = outline.criteria.preamble[language];
  return (
    <section className="card side-card criteria-panel" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">{t('criteria.heading')}</h2>
      {!outline.programmes.includes(programmeId) && <p className="small badge-user">{t('summary.otherProgramme', { programmes: outline.programmes.join(', ') })}</p>}
      {preamble.type === 'seed' && preamble.quote && (
        <p className="criteria-preamble" lang={preamble.language === 'zh' ? 'zh-CN' : 'en'}>
          {preamble.quote}
        </p>
      )}
      <ol className="criteria-list">
        {outline.criteria.items.map((item) => {
          const source = item[language];
          const addressing = outline.sections.filter((section) => section.addresses.includes(item.id) && titles.has(section.id));
          return (
            <li key={item.id} className="criterion">
              <p className="criterion-quote" lang={source.type === 'seed' && source.language === 'zh' ? 'zh-CN' : 'en'}>
                <span className="criterion-label">{item.label}</span> {source.type === 'seed' ? source.quote : ''}
              </p>
              <SourceNote source={source} />
              {addressing.length > 0 ? (
                <p className="small">
                  {t('criteria.addressedBy')} {addressing.map((section) => `“${titles.get(section.id) ?? ''}”`).join('、')}
                </p>
              ) : (
                <p className="small criterion-missing">⚠ {t('criteria.notAddressed')}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
