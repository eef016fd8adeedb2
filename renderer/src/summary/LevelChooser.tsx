// Chooses the level (and the series where the programme leaves a choice) right on the summary page, saved
// with the application like the Eligibility page's choices, so the outline can follow.
import { useState } from 'react';
import type { Application } from '../../../shared/application/schema';
import type { Field, Level, Programme, Series } from '../../../shared/programmes';
import { useI18n } from '../i18n';
import { levelsOf, seriesOptions } from './levelChoice';

interface Props {
  programme: Programme;
  application: Application;
  field: Field | null;
  onChoose(application: Application): void;
}

export function LevelChooser({ programme, application, field, onChoose }: Props) {
  const { t, te } = useI18n();
  const levels = levelsOf(programme);
  const [level, setLevel] = useState<Level | ''>(application.targetLevel ?? '');
  const options = level === '' ? [] : seriesOptions(programme, level, field);
  const [series, setSeries] = useState<Series | ''>(application.series ?? '');
  const chosenSeries = options.length === 1 ? options[0] : options.includes(series as Series) ? (series as Series) : undefined;
  const ready = level !== '' && chosenSeries !== undefined;
  return (
    <form
      className="card level-chooser"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onChoose({ ...application, targetLevel: level, series: options.length > 1 ? chosenSeries : application.series });
      }}
    >
      <h2>{t('summary.choose.heading')}</h2>
      <p className="muted">{t('summary.choose.body')}</p>
      <div className="level-chooser-fields">
        <div className="field">
          <div className="field-label">
            <label htmlFor="summary-level">{t('summary.choose.level')}</label>
          </div>
          <select id="summary-level" value={level} onChange={(event) => setLevel(levels.find((item) => item === event.target.value) ?? '')}>
            <option value="">{t('common.choose')}</option>
            {levels.map((item) => (
              <option key={item} value={item}>
                {te(`eligibility.level.${item}`)}
              </option>
            ))}
          </select>
        </div>
        {options.length > 1 && (
          <div className="field">
            <div className="field-label">
              <label htmlFor="summary-series">{t('summary.choose.series')}</label>
            </div>
            <select id="summary-series" value={chosenSeries ?? ''} onChange={(event) => setSeries(options.find((item) => item === event.target.value) ?? '')}>
              <option value="">{t('common.choose')}</option>
              {options.map((item) => (
                <option key={item} value={item}>
                  {t(`series.${item}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <button type="submit" className="button-primary" disabled={!ready}>
        {t('summary.choose.start')}
      </button>
    </form>
  );
}
