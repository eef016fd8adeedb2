// The summary's import and export toolbar. Import: choose a .docx, .txt or .md file, read it in the backend
// (nothing is saved), show what was left out, and replace the editor's text only after the user confirms.
// Export: the text on screen (getDocument()) is sent with the request, so what the user sees is what the
// file holds, saved or not; the file arrives as a download. Anything slower than 300 ms shows its progress.
// A tick adds the employer's check-and-seal block under the signature, as the print page's tick does.
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { IMPORT_MAX_BYTES, type ImportWarning } from '../../../shared/contract/documentChannels';
import type { ReplyOf } from '../../../shared/contract/channels';
import { type DocumentsKey, isDocumentsKey, td } from '../../../shared/i18n/documents';
import { tf } from '../../../shared/i18n/form';
import type { Params } from '../../../shared/i18n/core';
import { countDocument } from '../../../shared/summary/count';
import type { SummaryDocument } from '../../../shared/summary/document';
import { call } from '../api';
import { useI18n } from '../i18n';
import type { Localized } from '../toasts';
import { describeDocumentsError, downloadFile, formatSize, readFileAsBase64 } from './ImportExportFiles';

export interface ImportExportBarProps {
  applicantId: string;
  programmeId: string;
  getDocument(): SummaryDocument;
  onImported(document: SummaryDocument): void;
}

type Busy = { key: 'documents.bar.importing' | 'documents.bar.exporting'; fileName: string };
type Outcome =
  | { kind: 'none' }
  // A function of the dictionary, so that a result already shown follows a change of language.
  | { kind: 'message'; tone: 'info' | 'error'; text: Localized; warnings?: ImportWarning[] }
  | { kind: 'confirm'; fileName: string; document: SummaryDocument; warnings: ImportWarning[] };

const SLOW_MS = 300;
const MEGABYTE = 1_000_000;

const say =
  (key: DocumentsKey, params?: Params): Localized =>
  ({ language }) =>
    td(language, key, params);

export function ImportExportBar({ applicantId, programmeId, getDocument, onImported }: ImportExportBarProps) {
  const i18n = useI18n();
  const { language } = i18n;
  const tx = (key: DocumentsKey, params?: Params) => td(language, key, params);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [showProgress, setShowProgress] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const input = useRef<HTMLInputElement>(null);
  // The employer's check-and-seal block under the signature, as on the print page: ticked when the
  // programme's notice asks for it (summaryEmployerReview), else the user's choice for this export.
  const [employerReview, setEmployerReview] = useState(false);
  const [reviewByProgramme, setReviewByProgramme] = useState(false);
  const reviewId = useId();

  useEffect(() => {
    let current = true;
    void call('programmes.get', { id: programmeId }).then((result) => {
      if (!current || !result.ok) return;
      const required = result.value.summaryEmployerReview?.value === true;
      setReviewByProgramme(required);
      setEmployerReview(required);
    });
    return () => {
      current = false;
    };
  }, [programmeId]);

  useEffect(() => {
    if (!busy) return setShowProgress(false);
    const timer = window.setTimeout(() => setShowProgress(true), SLOW_MS);
    return () => window.clearTimeout(timer);
  }, [busy]);

  const warningText = (warning: ImportWarning) => (isDocumentsKey(warning.key) ? tx(warning.key, warning.params) : warning.key);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire again
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      setOutcome({ kind: 'message', tone: 'error', text: say('documents.import.fileTooLarge', { maxMb: IMPORT_MAX_BYTES / MEGABYTE }) });
      return;
    }
    setOutcome({ kind: 'none' });
    setBusy({ key: 'documents.bar.importing', fileName: file.name });
    try {
      let contentBase64: string;
      try {
        contentBase64 = await readFileAsBase64(file);
      } catch {
        setOutcome({ kind: 'message', tone: 'error', text: say('documents.bar.readFailed') });
        return;
      }
      const result = await call('documents.importSummary', { fileName: file.name, contentBase64 });
      if (!result.ok) {
        const error = result.error;
        setOutcome({ kind: 'message', tone: 'error', text: (now) => describeDocumentsError(error, now) });
      }
      else setOutcome({ kind: 'confirm', fileName: file.name, document: result.value.document, warnings: result.value.warnings });
    } finally {
      setBusy(null);
    }
  }

  function replace(confirmed: Extract<Outcome, { kind: 'confirm' }>) {
    onImported(confirmed.document);
    setOutcome(
      confirmed.warnings.length > 0
        ? { kind: 'message', tone: 'info', text: say('documents.bar.imported', { fileName: confirmed.fileName }), warnings: confirmed.warnings }
        : { kind: 'message', tone: 'info', text: say('documents.bar.imported', { fileName: confirmed.fileName }) },
    );
  }

  async function exportAs(channel: 'documents.exportSummaryDocx' | 'documents.exportSummaryPdf', extension: string) {
    const document = getDocument();
    if (!document.blocks.some((block) => block.text.trim() !== '')) {
      setOutcome({ kind: 'message', tone: 'info', text: say('documents.bar.emptyDocument') });
      return;
    }
    setOutcome({ kind: 'none' });
    setBusy({ key: 'documents.bar.exporting', fileName: `.${extension}` });
    try {
      const result = await call(channel, { applicantId, programmeId, document, language, employerReview });
      if (!result.ok) {
        const error = result.error;
        setOutcome({ kind: 'message', tone: 'error', text: (now) => describeDocumentsError(error, now) });
        return;
      }
      const file: ReplyOf<typeof channel> = result.value;
      downloadFile(file.fileName, file.mimeType, file.contentBase64);
      const { fileName, bytes } = file;
      setOutcome({ kind: 'message', tone: 'info', text: (now) => td(now.language, 'documents.bar.exported', { fileName, size: formatSize(bytes, now.language) }) });
    } finally {
      setBusy(null);
    }
  }

  const disabled = busy !== null;
  return (
    <div className="import-export-bar" role="group" aria-label={tx('documents.bar.label')} aria-busy={disabled}>
      <div className="import-export-actions">
        <input
          ref={input}
          type="file"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          accept=".docx,.txt,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
          onChange={(event) => void importFile(event)}
          data-testid="summary-import-input"
        />
        <button type="button" disabled={disabled} title={tx('documents.bar.importHint', { maxMb: IMPORT_MAX_BYTES / MEGABYTE })} onClick={() => input.current?.click()}>
          {tx('documents.bar.import')}
        </button>
        <button type="button" disabled={disabled} title={tx('documents.bar.exportHint')} onClick={() => void exportAs('documents.exportSummaryDocx', 'docx')}>
          {tx('documents.bar.exportDocx')}
        </button>
        <button type="button" disabled={disabled} title={tx('documents.bar.exportHint')} onClick={() => void exportAs('documents.exportSummaryPdf', 'pdf')}>
          {tx('documents.bar.exportPdf')}
        </button>
      </div>
      <div className="field import-export-review">
        <label className="field-checkbox">
          <input id={reviewId} type="checkbox" checked={employerReview} disabled={disabled} aria-describedby={`${reviewId}-hint`} onChange={(event) => setEmployerReview(event.target.checked)} />
          <span>{tf(language, 'print.employerReview')}</span>
        </label>
        <p className="field-hint" id={`${reviewId}-hint`}>
          {reviewByProgramme ? `${tf(language, 'print.employerReview.programme')} ` : ''}
          {tf(language, 'print.employerReview.hint')}
        </p>
      </div>
      <p className="import-export-status muted" role="status" aria-live="polite">
        {busy && showProgress ? tx(busy.key, { fileName: busy.fileName }) : ''}
      </p>
      {outcome.kind === 'confirm' && (
        <ImportConfirm outcome={outcome} currentWords={countDocument(getDocument().blocks).all.words} warningText={warningText} onReplace={() => replace(outcome)} onCancel={() => setOutcome({ kind: 'none' })} />
      )}
      {outcome.kind === 'message' && (
        <div className={`banner ${outcome.tone === 'error' ? 'banner-error' : ''}`} role={outcome.tone === 'error' ? 'alert' : undefined}>
          <p>{outcome.text(i18n)}</p>
          {outcome.warnings && <WarningList title={tx('documents.bar.warningsTitle')} warnings={outcome.warnings} warningText={warningText} />}
          <button type="button" className="button-link" onClick={() => setOutcome({ kind: 'none' })}>
            {tx('documents.bar.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

function WarningList({ title, warnings, warningText }: { title: string; warnings: ImportWarning[]; warningText(warning: ImportWarning): string }) {
  return (
    <>
      <p className="import-export-warnings-title">{title}</p>
      <ul className="import-export-warnings">
        {warnings.map((warning) => (
          <li key={warning.key}>{warningText(warning)}</li>
        ))}
      </ul>
    </>
  );
}

interface ImportConfirmProps {
  outcome: Extract<Outcome, { kind: 'confirm' }>;
  currentWords: number;
  warningText(warning: ImportWarning): string;
  onReplace(): void;
  onCancel(): void;
}

function ImportConfirm({ outcome, currentWords, warningText, onReplace, onCancel }: ImportConfirmProps) {
  const { language } = useI18n();
  const tx = (key: DocumentsKey, params?: Params) => td(language, key, params);
  const words = countDocument(outcome.document.blocks).all.words;
  return (
    <div className="banner banner-warning import-export-confirm" role="alertdialog" aria-labelledby="import-confirm-title">
      <p id="import-confirm-title">
        <strong>{tx('documents.bar.confirmTitle')}</strong>
      </p>
      <p>{tx('documents.bar.confirmBody', { fileName: outcome.fileName, blocks: outcome.document.blocks.length, words, currentWords })}</p>
      {outcome.warnings.length > 0 && <WarningList title={tx('documents.bar.warningsTitle')} warnings={outcome.warnings} warningText={warningText} />}
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={onReplace} autoFocus>
          {tx('documents.bar.replace')}
        </button>
        <button type="button" onClick={onCancel}>
          {tx('documents.bar.cancel')}
        </button>
      </div>
    </div>
  );
}
