// What a checked package holds, before anything is written: the applicant, when and by which version it
// was exported, its contents, whether the applicant is already here, and then the user's choice.
import { useEffect, useRef } from 'react';
import type { ReplyOf } from '../../../shared/contract/channels';
import { useI18n } from '../i18n';
import { displayName } from '../session';
import { formatSize } from '../summary/ImportExportFiles';
import { HandoverComparison } from './HandoverComparison';
import { contentLines, handoverText, noticeText } from './handoverText';

export type Inspection = ReplyOf<'handover.inspect'>;
export type Choice = 'keep-both' | 'replace';

interface Props {
  inspection: Inspection;
  choice: Choice | null;
  busy: boolean;
  onChoose(choice: Choice): void;
  onImport(): void;
  onCancel(): void;
}

export function HandoverPreview({ inspection, choice, busy, onChoose, onImport, onCancel }: Props) {
  const i18n = useI18n();
  const text = handoverText(i18n);
  const heading = useRef<HTMLHeadingElement>(null);
  const { package: summary, existing, comparison, warnings } = inspection;
  const unnamed = i18n.t('common.unnamed');
  useEffect(() => heading.current?.focus(), []);

  const confirmLabel = existing === null ? text('handover.confirm.import') : choice === 'replace' ? text('handover.confirm.replace') : text('handover.confirm.keepBoth');

  return (
    <section className="handover-preview" aria-labelledby="handover-preview-heading" data-testid="handover-preview">
      <h3 id="handover-preview-heading" ref={heading} tabIndex={-1}>
        {text('handover.preview.heading')}
      </h3>
      <dl className="handover-facts">
        <dt>{text('handover.preview.applicant')}</dt>
        <dd>{displayName(summary.applicant, unnamed)}</dd>
        <dt>{text('handover.preview.exportedAt')}</dt>
        <dd>{i18n.formatDateTime(summary.exportedAt)}</dd>
        <dt>{text('handover.preview.appVersion')}</dt>
        <dd>{summary.appVersion}</dd>
        <dt>{text('handover.preview.size')}</dt>
        <dd>{text('handover.preview.sizeValue', { packed: formatSize(summary.archiveBytes, i18n.language), unpacked: formatSize(summary.unpackedBytes, i18n.language) })}</dd>
        <dt>{text('handover.preview.contents')}</dt>
        <dd>
          <ul className="handover-contents">
            {contentLines(summary, i18n).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </dd>
      </dl>
      {summary.upgradedFrom !== null && <p className="muted">{text('handover.preview.upgraded', { from: summary.upgradedFrom })}</p>}
      {warnings.map((warning) => (
        <p key={`${warning.key}:${JSON.stringify(warning.params)}`} className="banner banner-warning">
          {noticeText(warning, i18n)}
        </p>
      ))}
      {existing === null ? (
        <p>{text('handover.preview.new')}</p>
      ) : (
        <>
          <p className="banner banner-warning" data-testid="handover-exists">
            {text(existing.inBin ? 'handover.preview.existsInBin' : 'handover.preview.exists', { name: displayName(existing, unnamed), date: i18n.formatDateTime(existing.updatedAt) })}
          </p>
          {comparison && <HandoverComparison comparison={comparison} />}
          <fieldset className="handover-choice" disabled={busy}>
            <legend>{text('handover.choice.legend')}</legend>
            <label className="field-checkbox">
              <input type="radio" name="handover-choice" value="keep-both" checked={choice === 'keep-both'} onChange={() => onChoose('keep-both')} />
              <span>
                <strong>{text('handover.choice.keepBoth')}</strong>
                <span className="field-hint">{text('handover.choice.keepBoth.hint')}</span>
              </span>
            </label>
            <label className="field-checkbox">
              <input type="radio" name="handover-choice" value="replace" checked={choice === 'replace'} onChange={() => onChoose('replace')} />
              <span>
                <strong>{text('handover.choice.replace')}</strong>
                <span className="field-hint">{text('handover.choice.replace.hint')}</span>
              </span>
            </label>
          </fieldset>
          {choice === 'replace' && (
            <p className="banner banner-error" role="alert">
              {text('handover.choice.replace.warning')}
            </p>
          )}
        </>
      )}
      <div className="handover-actions">
        <button
          type="button"
          className={choice === 'replace' ? 'button-danger' : 'button-primary'}
          disabled={busy || (existing !== null && choice === null)}
          onClick={onImport}
        >
          {confirmLabel}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {text('handover.cancel')}
        </button>
      </div>
    </section>
  );
}
