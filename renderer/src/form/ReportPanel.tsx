// The report before printing, on the form page and the print page: what is missing or worth a look, grouped
// by the document it holds up, each item a link that opens the field's page and focuses the field.
import type { MouseEvent } from 'react';
import type { PacketPart, ReportItem } from '../../../shared/form/validation';
import { type FormKey, tf } from '../../../shared/i18n/form';
import type { Params } from '../../../shared/i18n/core';
import { useI18n } from '../i18n';
import { pathKey } from '../profile/formContext';
import { focusFieldWhenShown } from './fieldFocus';
import { hrefOfTarget } from './reportLinks';
import { groupByPart, reportItemText } from './reportText';
import type { ReportState } from './useFormReport';

interface Props {
  applicantId: string;
  state: ReportState;
  onRefresh(): void;
  /** An id for the heading, unique on the page. */
  headingId?: string;
  /** false: the programme publishes no form, and the form's part is TitlePrep's sheet of details (Guangzhou). */
  formPublished?: boolean;
  /** The parts to be printed (the print page): an item that holds up only parts left out is not listed. */
  printedParts?: readonly PacketPart[];
}

export function ReportPanel({ applicantId, state, onRefresh, headingId = 'report-heading', formPublished = true, printedParts }: Props) {
  const { language, error } = useI18n();
  const tx = (key: FormKey, params?: Params) => tf(language, key, params);

  // The same link again does not change the address: focus the field by hand then.
  const follow = (event: MouseEvent<HTMLAnchorElement>, item: ReportItem, href: string) => {
    if (window.location.hash !== href) return;
    if (item.target.page !== 'form' && item.target.page !== 'profile') return;
    event.preventDefault();
    focusFieldWhenShown(pathKey(item.target.path), item.target.page);
  };

  const body = (() => {
    if (state.kind === 'loading') return <p className="muted">{tx('report.loading')}</p>;
    if (state.kind === 'failed') return <p className="field-error" role="alert">{tx('report.failed', { reason: error(state.error) })}</p>;
    // Left out of the packet (Guangzhou's public notice, unticked), its missing details hold nothing up.
    const items = printedParts ? state.report.items.filter((item) => item.parts.some((part) => printedParts.includes(part))) : state.report.items;
    const missing = items.filter((item) => item.severity === 'missing').length;
    const hints = items.length - missing;
    return (
      <>
        <p className={`report-summary ${missing === 0 ? 'report-complete' : 'report-incomplete'}`} data-missing={missing} role="status">
          {missing === 0 ? tx('report.complete') : tx('report.missingCount', { count: missing })}
          {/* A space between English sentences only; it vanishes where the line wraps (a margin would indent). */}
          {hints > 0 && <span className="report-hints">{language === 'en' ? ' ' : ''}{tx('report.hintCount', { count: hints })}</span>}
        </p>
        {items.length > 0 && <p className="muted small">{tx('report.intro')}</p>}
        {groupByPart(items).map((group) => (
          <div key={group.part} className="report-group">
            <h3>{tx(group.part === 'form' && !formPublished ? 'report.part.details' : `report.part.${group.part}`)}</h3>
            <ul className="report-items">
              {group.items.map((item, index) => {
                const href = hrefOfTarget(applicantId, item.target);
                return (
                  <li key={`${item.key}-${pathKey(item.target.path)}-${index}`} className={`report-item report-${item.severity}`}>
                    <span className="report-severity">{tx(`report.severity.${item.severity}`)}</span>
                    <a href={href} onClick={(event) => follow(event, item, href)}>
                      {reportItemText(language, item)}
                    </a>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </>
    );
  })();

  return (
    <section className="report-panel card" aria-labelledby={headingId} aria-busy={state.kind === 'loading'}>
      <div className="card-heading">
        <h2 id={headingId}>{tx('report.heading')}</h2>
        <button type="button" className="button-link small" onClick={onRefresh}>
          {tx('report.refresh')}
        </button>
      </div>
      {body}
    </section>
  );
}
