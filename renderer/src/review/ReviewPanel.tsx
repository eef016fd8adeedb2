// The review panel of the summary and print pages: every finding of the review across the documents, errors
// first, each a link to the paragraph or field where it is fixed, with a short why; a warning can be
// acknowledged (and the acknowledgement taken back) one by one.
import { type MouseEvent, useState } from 'react';
import type { Acknowledgement } from '../../../shared/contract/reviewChannels';
import type { AppError } from '../../../shared/contract/result';
import type { Params } from '../../../shared/i18n/core';
import { type ReviewFormName, type ReviewKey, findingMessage, findingWhy, reviewText } from '../../../shared/i18n/review';
import type { ReviewFinding } from '../../../shared/review';
import type { ReviewContext } from '../../../shared/review/fromApplication';
import { useI18n } from '../i18n';
import { hrefOfFinding } from './reviewLinks';
import './review.css';

interface Props {
  applicantId: string;
  /** null while loading. */
  findings: ReviewFinding[] | null;
  /** Why the review could not run, in the user's language. */
  failure?: string | null;
  itemRows: ReviewContext['itemRows'];
  acknowledged: readonly Acknowledgement[];
  /** The error when the acknowledgement was not saved (translated when shown, in the language of then). */
  onAcknowledge(key: string, acknowledged: boolean): Promise<AppError | null>;
  /** On the summary page: put the cursor in the paragraph instead of following the link. */
  onParagraph?(finding: ReviewFinding): void;
  /** The paper named for the form's content: the programme's form, or TitlePrep's details sheet. */
  formName?: ReviewFormName;
}

export function ReviewPanel({ applicantId, findings, failure, itemRows, acknowledged, onAcknowledge, onParagraph, formName = 'form' }: Props) {
  const { language, error } = useI18n();
  const rv = (key: ReviewKey, params?: Params) => reviewText(language, key, params, formName);
  const [problem, setProblem] = useState<AppError | null>(null);
  const acknowledgedKeys = new Set(acknowledged.map((entry) => entry.key));

  const follow = (event: MouseEvent<HTMLAnchorElement>, finding: ReviewFinding) => {
    if (!onParagraph || finding.target.page !== 'summary') return;
    event.preventDefault();
    onParagraph(finding);
  };
  const toggle = async (key: string, value: boolean) => {
    setProblem(await onAcknowledge(key, value));
  };

  const where = (finding: ReviewFinding) => {
    const { target } = finding;
    if (target.page === 'summary') return target.paragraph === undefined ? rv('review.where.summary') : rv('review.where.paragraph', { paragraph: target.paragraph + 1 });
    return target.page === 'form' ? rv('review.where.form') : rv('review.where.profile');
  };

  const body = (() => {
    if (failure) return <p className="field-error" role="alert">{rv('review.failed', { reason: failure })}</p>;
    if (findings === null) return <p className="muted">{rv('review.loading')}</p>;
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const warnings = findings.length - errors;
    const acknowledgedCount = findings.filter((finding) => finding.severity === 'warning' && acknowledgedKeys.has(finding.key)).length;
    return (
      <>
        <p className={`review-summary ${errors > 0 ? 'review-has-errors' : findings.length === 0 ? 'review-clean' : ''}`} role="status" data-errors={errors} data-warnings={warnings}>
          {findings.length === 0 ? rv('review.none') : rv('review.counts', { errors, warnings })}
          {acknowledgedCount > 0 && <span className="review-acknowledged-count"> {rv('review.acknowledgedCount', { count: acknowledgedCount })}</span>}
        </p>
        {findings.length > 0 && (
          <ul className="review-findings">
            {findings.map((finding, index) => {
              const isAcknowledged = finding.severity === 'warning' && acknowledgedKeys.has(finding.key);
              return (
                <li key={`${finding.key}-${finding.paragraph ?? ''}-${index}`} className={`review-finding review-${finding.severity}${isAcknowledged ? ' review-is-acknowledged' : ''}`} data-rule={finding.rule}>
                  <span className="review-severity">{isAcknowledged ? rv('review.acknowledged') : rv(`review.severity.${finding.severity}`)}</span>
                  <div className="review-text">
                    <a id={`review-finding-${index}`} href={hrefOfFinding(applicantId, finding, itemRows)} onClick={(event) => follow(event, finding)}>
                      <span className="review-where">{where(finding)}</span> {findingMessage(language, finding, formName)}
                    </a>
                    <span className="review-why">{findingWhy(language, finding, formName)}</span>
                    {finding.severity === 'warning' && (
                      <button type="button" className="button-link small" aria-describedby={`review-finding-${index}`} onClick={() => void toggle(finding.key, !isAcknowledged)}>
                        {isAcknowledged ? rv('review.unacknowledge') : rv('review.acknowledge')}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {problem && <p className="field-error" role="alert">{error(problem)}</p>}
      </>
    );
  })();

  return (
    <section className="review-panel card" aria-labelledby="review-heading" aria-busy={findings === null && !failure}>
      <h2 id="review-heading">{rv('review.heading')}</h2>
      <p className="muted small">{rv('review.intro')}</p>
      {body}
    </section>
  );
}
