// Before "keep both" or "replace": part by part, the last change on this computer and in the package, which
// is newer, and the counts that differ (shared/contract/handoverComparison.ts). A table, so that a screen
// reader reads each cell with its part and side.
import type { PartComparison, PartSide } from '../../../shared/contract/handoverComparison';
import type { HandoverKey } from '../../../shared/i18n/handover';
import { useI18n } from '../i18n';
import { handoverText } from './handoverText';

function Side({ side, other }: { side: PartSide; other: PartSide }) {
  const i18n = useI18n();
  const text = handoverText(i18n);
  const number = new Intl.NumberFormat(i18n.language === 'zh' ? 'zh-CN' : 'en');
  return (
    <>
      <span className="handover-changed">{side.lastChange === null ? text('handover.compare.empty') : text('handover.compare.changed', { date: i18n.formatDateTime(side.lastChange) })}</span>
      <ul className="handover-counts">
        {side.counts.map((count, index) => {
          const key = `handover.count.${count.key}${count.value === 1 ? '.one' : ''}` as HandoverKey;
          const line = text(key, { n: number.format(count.value) });
          const differs = other.counts[index]?.value !== count.value;
          return (
            <li key={count.key} data-count={count.key} data-differs={differs || undefined}>
              {differs ? <strong>{line}</strong> : line}
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function HandoverComparison({ comparison }: { comparison: readonly PartComparison[] }) {
  const i18n = useI18n();
  const text = handoverText(i18n);
  return (
    <section className="handover-comparison" aria-labelledby="handover-compare-heading" data-testid="handover-comparison">
      <h4 id="handover-compare-heading">{text('handover.compare.heading')}</h4>
      <p className="muted">{text('handover.compare.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{text('handover.compare.part')}</th>
            <th scope="col">{text('handover.compare.here')}</th>
            <th scope="col">{text('handover.compare.package')}</th>
            <th scope="col">{text('handover.compare.newer')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.map((entry) => (
            <tr key={entry.part} data-part={entry.part} data-newer={entry.newer}>
              <th scope="row">{text(`handover.part.${entry.part}`)}</th>
              <td className={entry.newer === 'here' ? 'newer' : undefined}>
                <Side side={entry.here} other={entry.package} />
              </td>
              <td className={entry.newer === 'package' ? 'newer' : undefined}>
                <Side side={entry.package} other={entry.here} />
              </td>
              <td>
                {text(`handover.newer.${entry.newer}`)}
                {entry.countsDiffer && <span className="handover-differs">{text('handover.compare.countsDiffer')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
