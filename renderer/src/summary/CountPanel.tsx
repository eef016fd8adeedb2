// The headline 字数 against the target, with a bar that turns green only at target + 3 % (a reviewer's
// counter may find a little less), the other figures on demand, the selection, and whether headings count.
import { farBeyondTarget, greenThreshold } from '../../../shared/summary/target';
import type { WordCount } from '../../../shared/text/wordcount';
import { useI18n } from '../i18n';
import type { LiveStats } from './useDocumentStats';

interface Props {
  live: LiveStats;
  target: number;
  /** The programme sets no length and the default target is used: say so. */
  targetIsDefault: boolean;
  includeHeadings: boolean;
  onIncludeHeadings(value: boolean): void;
}

export function CountPanel({ live, target, targetIsDefault, includeHeadings, onIncludeHeadings }: Props) {
  const { t, language } = useI18n();
  const number = (value: number) => value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB');
  const count: WordCount = includeHeadings ? live.stats.all : live.stats.body;
  const green = greenThreshold(target);
  const times = farBeyondTarget(count.words, target);
  const state = times !== null ? 'far' : count.words >= green ? 'done' : count.words >= target ? 'margin' : 'short';
  const fill = Math.min(100, (count.words / green) * 100);
  const rows: [string, number][] = [
    [t('count.asianChars'), count.asianChars],
    [t('count.nonAsianWords'), count.nonAsianWords],
    [t('count.hanChars'), count.hanChars],
    [t('count.charsNoSpaces'), count.charsNoSpaces],
    [t('count.charsWithSpaces'), count.charsWithSpaces],
  ];
  return (
    <section className="card side-card count-panel" aria-labelledby="count-heading">
      <h2 id="count-heading">{t('count.heading')}</h2>
      <p className="count-headline">
        <strong data-testid="summary-words">{t('count.words', { count: number(count.words) })}</strong>
        <span className="muted"> / {t('count.target', { target: number(target) })}</span>
      </p>
      <div
        className={`count-bar count-${state === 'far' ? 'done' : state}`}
        role="progressbar"
        aria-label={t('count.heading')}
        aria-valuemin={0}
        aria-valuemax={green}
        aria-valuenow={Math.min(count.words, green)}
      >
        <span style={{ width: `${fill}%` }} />
        <i className="count-target-tick" style={{ left: `${(target / green) * 100}%` }} aria-hidden="true" />
      </div>
      <p className={`count-state count-state-${state}`}>
        {state === 'short' && t('count.remaining', { count: number(target - count.words) })}
        {state === 'margin' && t('count.margin', { count: number(green - count.words) })}
        {state === 'done' && `✓ ${t('count.reached')}`}
        {times !== null && t('count.farBeyond', { count: number(count.words), target: number(target), times: new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 1 }).format(times) })}
      </p>
      <p className="small muted">{t('count.greenAt', { green: number(green) })}</p>
      {targetIsDefault && <p className="small badge-user count-default">{t('count.targetDefault')}</p>}
      <p className="small count-selection" aria-live="polite">
        {live.composing ? t('count.composing') : live.selection ? t('count.selection', { count: number(live.selection.words) }) : '\u00a0'}
      </p>
      <label className="field-checkbox count-headings">
        <input type="checkbox" checked={includeHeadings} onChange={(event) => onIncludeHeadings(event.target.checked)} />
        {t('count.includeHeadings')}
      </label>
      <p className="small muted">{includeHeadings ? t('count.whatWith') : t('count.whatWithout')}</p>
      <details className="count-details">
        <summary>{t('count.details')}</summary>
        <dl>
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{number(value)}</dd>
            </div>
          ))}
        </dl>
        {count.uncertainChars > 0 && <p className="small muted">{t('count.uncertain', { count: number(count.uncertainChars) })}</p>}
      </details>
    </section>
  );
}
