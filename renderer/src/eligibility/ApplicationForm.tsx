// What the applicant applies for: the programme (shipped or a user round), the series where the field
// leaves a choice, earlier rounds taken part in, whether overseas work counts, and Guangzhou's catalogue
// level. Each change is saved at once (application.save); the cards follow from the same state.
import { useId } from 'react';
import type { Application } from '../../../shared/application/schema';
import type { ProgrammeSummary } from '../../../shared/contract/programmeChannels';
import { LEVELS, type Field, type Programme, roundName as namedRound } from '../../../shared/programmes';
import { useI18n } from '../i18n';

interface Props {
  application: Application;
  programmes: readonly ProgrammeSummary[];
  programme: Programme | null;
  /** The certificate's field, from the profile: the series choice is offered only where it decides. */
  field: Field | null;
  status: string | null;
  onChange(next: Application): void;
}

function LabelledSelect({ id, label, hint, value, options, onChange }: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
      </div>
      <select id={id} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('common.choose')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

export function ApplicationForm({ application, programmes, programme, field, status, onChange }: Props) {
  const { t, te, pick } = useI18n();
  const overseasHint = useId();
  const nameOf = (summary: ProgrammeSummary) => (summary.userEntered ? t('application.userRound', { name: pick(summary.name) }) : pick(summary.name));
  const seriesChoice = programme?.seriesByField.find((entry) => entry.field === field)?.series ?? [];
  const showSeries = field === 'finance-management' || application.series !== null;
  // Rounds this one excludes may have no programme file (Shanghai's first round): list their ids too.
  const roundIds = [
    ...new Set([
      ...programmes.filter((entry) => entry.id !== application.programmeId && (!programme || entry.city === programme.city)).map((entry) => entry.id),
      ...(programme?.excludedRounds.value ?? []),
      ...application.earlierRounds,
    ]),
  ].filter((id) => id !== application.programmeId);
  const roundName = (id: string) => {
    const summary = programmes.find((entry) => entry.id === id);
    if (summary) return nameOf(summary);
    // A round named only by the notices that exclude it ("第一、二批"): as the programmes' data names it
    // (every such round of a shipped programme is named there); the id only for a user's own entry.
    const named = namedRound(id, programme);
    return named ? t('application.roundNotBundledNamed', { name: pick(named) }) : t('application.roundNotBundled', { id });
  };
  const toggleRound = (id: string, on: boolean) =>
    onChange({ ...application, earlierRounds: on ? [...application.earlierRounds, id] : application.earlierRounds.filter((round) => round !== id) });

  return (
    <section className="card application-form" aria-labelledby="application-heading">
      <div className="card-heading">
        <h2 id="application-heading">{t('application.heading')}</h2>
        {status && (
          <p className="muted small" role="status">
            {status}
          </p>
        )}
      </div>
      <div className="grid programme-choice">
        <LabelledSelect
          id="application-programme"
          label={t('application.programme')}
          value={application.programmeId ?? ''}
          options={programmes.map((summary) => ({ value: summary.id, label: nameOf(summary) }))}
          onChange={(value) => onChange({ ...application, programmeId: value === '' ? null : value, earlierRounds: application.earlierRounds.filter((id) => id !== value) })}
        />
        {showSeries && (
          <LabelledSelect
            id="application-series"
            label={t('application.series')}
            hint={t('application.series.hint')}
            value={application.series ?? ''}
            options={(seriesChoice.length > 0 ? seriesChoice : ['accounting', 'economics'] as const).map((series) => ({ value: series, label: t(`series.${series}`) }))}
            onChange={(value) => onChange({ ...application, series: seriesChoice.find((series) => series === value) ?? (value === 'accounting' || value === 'economics' ? value : null) })}
          />
        )}
        {programme?.catalogue && (
          <LabelledSelect
            id="application-catalogueLevel"
            label={t('application.catalogueLevel')}
            hint={t('application.catalogueLevel.hint')}
            value={application.catalogueLevel ?? ''}
            options={LEVELS.map((level) => {
              const title = programme.catalogue?.levels.find((entry) => entry.level === level)?.title;
              return { value: level, label: title ? `${te(`eligibility.level.${level}`)} · ${pick(title)}` : te(`eligibility.level.${level}`) };
            })}
            onChange={(value) => onChange({ ...application, catalogueLevel: LEVELS.find((level) => level === value) ?? null })}
          />
        )}
      </div>
      {roundIds.length > 0 && (
        <fieldset className="earlier-rounds" id="application-earlierRounds" tabIndex={-1}>
          <legend>{t('application.earlierRounds')}</legend>
          <div className="checks">
            {roundIds.map((id) => (
              <label key={id} className="field-checkbox">
                <input type="checkbox" checked={application.earlierRounds.includes(id)} onChange={(event) => toggleRound(id, event.target.checked)} />
                <span>{roundName(id)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="field field-checkbox overseas-choice">
        <input
          id="application-countOverseas"
          type="checkbox"
          checked={application.countOverseas}
          aria-describedby={overseasHint}
          onChange={(event) => onChange({ ...application, countOverseas: event.target.checked })}
        />
        <label htmlFor="application-countOverseas">{t('application.countOverseas')}</label>
        <p className="field-hint" id={overseasHint}>
          {t(programme?.overseasExperience.counts === 'as-domestic' ? 'application.countOverseas.hintAsDomestic' : 'application.countOverseas.hint')}
        </p>
      </div>
    </section>
  );
}
