// The length the summary is measured against: the programme's minimum when its notice gives one, else the
// default of wordcount.md (said so in the UI), and the margin before the bar turns green. Both are data.
import { z } from 'zod';
import countTarget from '../../templates/summary/count-target.json';
import type { Programme } from '../programmes/schema';

const sourced = z.object({ value: z.number().positive(), source: z.string().min(1) });
const countTargetSchema = z.object({ defaultTarget: sourced, greenMargin: sourced, farBeyondFactor: sourced });
const COUNT_TARGET = countTargetSchema.parse(countTarget);

export interface SummaryTarget {
  /** 字数 the summary must reach. */
  words: number;
  /** false: the programme gives no minimum and the default is used. */
  fromProgramme: boolean;
  /** 字数 at which the bar turns green (target plus the margin). */
  green: number;
}

/** The 字数 at which the bar turns green: the target plus the margin. */
export function greenThreshold(words: number): number {
  return Math.ceil(words * (1 + COUNT_TARGET.greenMargin.value));
}

export function summaryTarget(programme: Pick<Programme, 'summaryMinChars'> | null): SummaryTarget {
  const minimum = programme?.summaryMinChars.value ?? null;
  const words = minimum ?? COUNT_TARGET.defaultTarget.value;
  return { words, fromProgramme: minimum !== null, green: greenThreshold(words) };
}

/**
 * How many times the target the count is, when it is far beyond it (at least the factor of
 * count-target.json); null otherwise. The notices set no maximum, so this is said, not refused: a summary
 * thirteen times the target is more likely a paste gone wrong than a choice.
 */
export function farBeyondTarget(words: number, target: number): number | null {
  if (target <= 0) return null;
  const times = words / target;
  return times >= COUNT_TARGET.farBeyondFactor.value ? times : null;
}
