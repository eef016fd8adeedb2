// What the applicant applies for, as the printed documents name it: the programme, the series and the level
// with its title (工程师, 高级会计师 …), all read from the programme data and the application.
import type { Application } from '../application/schema';
import { pzh } from '../i18n/print';
import type { Profile } from '../profile/schema';
import type { Level, Programme, Series } from '../programmes/schema';

export interface AppliedFor {
  programme: string | null;
  series: Series | null;
  level: Level | null;
  /** The title of the level in the series, e.g. 工程师; null when the series is not known. */
  title: string | null;
}

/**
 * The series: the application's choice, else the only series the programme allows for the field of the
 * applicant's first certificate, else the only series of the level. Never a guess between two.
 */
function seriesOf(application: Application, programme: Programme, profile: Profile): Series | null {
  if (application.series !== null) return application.series;
  const field = profile.certificates.find((certificate) => certificate.field !== null)?.field ?? null;
  const byField = programme.seriesByField.find((entry) => entry.field === field);
  if (byField && byField.series.length === 1) return byField.series[0]!;
  const level = programme.levels.find((entry) => entry.level === application.targetLevel);
  if (level && level.titles.length === 1) return level.titles[0]!.series;
  return null;
}

export function appliedFor(application: Application, programme: Programme | null, profile: Profile): AppliedFor {
  if (!programme) return { programme: null, series: application.series, level: application.targetLevel, title: null };
  const series = seriesOf(application, programme, profile);
  const level = programme.levels.find((entry) => entry.level === application.targetLevel);
  const title = level?.titles.find((entry) => entry.series === series)?.title.zh ?? null;
  return { programme: programme.name.zh, series, level: application.targetLevel, title };
}

/** "工程技术", or '' when unknown. */
export const seriesText = (applied: AppliedFor): string => (applied.series ? pzh(`print.series.${applied.series}`) : '');

/** "中级（工程师）", "中级" without a title, or '' when no level is chosen. */
export function levelText(applied: AppliedFor): string {
  if (!applied.level) return '';
  const level = pzh(`print.level.${applied.level}`);
  return applied.title ? pzh('print.registration.levelTitle', { level, title: applied.title }) : level;
}
