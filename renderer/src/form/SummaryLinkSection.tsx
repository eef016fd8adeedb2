// The link to the work summary: its 字数 (Word's count, as the summary page shows it) against the target.
import { tf } from '../../../shared/i18n/form';
import type { AppError } from '../../../shared/contract/result';
import { useI18n } from '../i18n';
import { hrefOf } from '../router';
import { FormSection } from './FormSection';

export type SummaryInfo =
  | { kind: 'noProgramme' }
  | { kind: 'failed'; error: AppError }
  | { kind: 'loaded'; written: boolean; words: number; target: number; fromProgramme: boolean };

export function SummaryLinkSection({ applicantId, info }: { applicantId: string; info: SummaryInfo }) {
  const { language, error } = useI18n();
  const tx = (key: Parameters<typeof tf>[1], params?: Record<string, string | number>) => tf(language, key, params);
  const body = (() => {
    if (info.kind === 'noProgramme') {
      return (
        <p>
          {tx('summaryLink.noProgramme')} <a href={hrefOf({ name: 'eligibility', applicantId })}>{tx('summaryLink.chooseProgramme')}</a>
        </p>
      );
    }
    if (info.kind === 'failed') return <p className="field-error">{error(info.error)}</p>;
    const reached = info.written && info.words >= info.target;
    return (
      <>
        {info.written ? (
          <p className={`summary-words ${reached ? 'summary-reached' : 'summary-short'}`} data-words={info.words}>
            <strong>{tx('summaryLink.words', { words: info.words, target: info.target })}</strong>{' '}
            {reached ? tx('summaryLink.reached') : tx('summaryLink.short', { missing: info.target - info.words })}
          </p>
        ) : (
          <p className="summary-short">{tx('summaryLink.notWritten')}</p>
        )}
        {!info.fromProgramme && <p className="muted small">{tx('summaryLink.defaultTarget', { target: info.target })}</p>}
      </>
    );
  })();
  return (
    <FormSection id="summary" title={tx('section.summary')}>
      <div className="card summary-link">
        {body}
        {info.kind === 'loaded' && (
          <a className="button" href={hrefOf({ name: 'summary', applicantId })}>
            {tx('summaryLink.open')}
          </a>
        )}
      </div>
    </FormSection>
  );
}
