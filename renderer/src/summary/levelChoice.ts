// Which outline a summary follows: the level applied for and the series. The series is asked only where the
// programme leaves a choice for this level and the certificate's field (finance and management: accounting
// or economics); elsewhere it follows from the programme.
import type { Application } from '../../../shared/application/schema';
import type { Field, Level, Programme, Series } from '../../../shared/programmes';

export function levelsOf(programme: Programme): Level[] {
  return programme.levels.map((entry) => entry.level);
}

export function seriesOptions(programme: Programme, level: Level, field: Field | null): Series[] {
  const titled = programme.levels.find((entry) => entry.level === level)?.titles.map((title) => title.series) ?? [];
  const byField = programme.seriesByField.find((entry) => entry.field === field)?.series ?? null;
  const both = byField ? titled.filter((series) => byField.includes(series)) : titled;
  return [...new Set(both.length > 0 ? both : titled)];
}

/** The outline's level and series, or null for what the user still has to choose. */
export function outlineChoice(application: Application, programme: Programme, field: Field | null): { level: Level | null; series: Series | null; options: Series[] } {
  const level = application.targetLevel !== null && levelsOf(programme).includes(application.targetLevel) ? application.targetLevel : null;
  if (level === null) return { level: null, series: null, options: [] };
  const options = seriesOptions(programme, level, field);
  const series = application.series !== null && options.includes(application.series) ? application.series : options.length === 1 ? (options[0] ?? null) : null;
  return { level, series, options };
}
