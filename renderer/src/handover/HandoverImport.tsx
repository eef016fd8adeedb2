// "Import a hand-over package" on the applicants page: choose a .titleprep file, watch it being read in
// (in chunks, with a progress bar and a way to cancel), see what it holds (the backend checks it completely
// and writes nothing), choose what happens to an applicant already here, then import. Every failure says,
// in the user's language, that nothing was changed and why.
import { useRef, useState, type ChangeEvent } from 'react';
import { HANDOVER_EXTENSION, HANDOVER_MAX_BYTES } from '../../../shared/contract/handoverChannels';
import { call } from '../api';
import { useI18n } from '../i18n';
import { displayName, useSession } from '../session';
import { formatSize } from '../summary/ImportExportFiles';
import { type Localized, useToast } from '../toasts';
import { type Choice, HandoverPreview, type Inspection } from './HandoverPreview';
import { sendPackage } from './handoverTransfer';
import { MAX_GB, describeHandoverError, handoverText, noticeText } from './handoverText';
import './handover.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'uploading'; fileName: string; sent: number; total: number }
  | { kind: 'checking'; fileName: string }
  | { kind: 'preview'; uploadId: string; inspection: Inspection; choice: Choice | null; importing: boolean }
  // Sentences kept as functions of the dictionary: a result already shown follows a change of language.
  | { kind: 'failed'; message: Localized; refused: boolean }
  | { kind: 'done'; message: Localized; warnings: Localized[] };

export function HandoverImport() {
  const i18n = useI18n();
  const text = handoverText(i18n);
  const toast = useToast();
  const { reloadApplicants } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const cancelRequested = useRef(false);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const busy = step.kind === 'uploading' || step.kind === 'checking' || (step.kind === 'preview' && step.importing);

  const failed = (error: Parameters<typeof describeHandoverError>[0]) =>
    setStep({ kind: 'failed', message: (now) => describeHandoverError(error, now), refused: error.code === 'validation' || error.code === 'not-found' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    // The same file may be chosen again after a fix: clear the input so that it fires again.
    event.target.value = '';
    if (!chosen) return;
    if (chosen.size > HANDOVER_MAX_BYTES) {
      const { name: fileName, size } = chosen;
      return setStep({ kind: 'failed', refused: true, message: (now) => handoverText(now)('handover.import.tooLarge', { fileName, size: formatSize(size, now.language), maxGb: MAX_GB }) });
    }
    cancelRequested.current = false;
    setStep({ kind: 'uploading', fileName: chosen.name, sent: 0, total: chosen.size });
    const sent = await sendPackage(chosen, (done, total) => setStep({ kind: 'uploading', fileName: chosen.name, sent: done, total }), { cancelled: () => cancelRequested.current });
    if (sent === null) return setStep({ kind: 'idle' });
    if (!sent.ok) return failed(sent.error);
    const uploadId = sent.value;
    setStep({ kind: 'checking', fileName: chosen.name });
    const inspected = await call('handover.inspect', { uploadId });
    if (!inspected.ok) return failed(inspected.error);
    setStep({ kind: 'preview', uploadId, inspection: inspected.value, choice: null, importing: false });
  };

  const runImport = async () => {
    if (step.kind !== 'preview') return;
    const { uploadId, inspection, choice } = step;
    setStep({ ...step, importing: true });
    const result = await call('handover.import', { uploadId, onExisting: inspection.existing === null ? 'refuse' : (choice ?? 'refuse') });
    if (!result.ok) return failed(result.error);
    const outcome = result.value;
    if (outcome.outcome === 'exists') {
      // Someone added the applicant since the preview: ask now (the package stays received).
      return setStep({ kind: 'preview', uploadId, inspection: { ...inspection, existing: outcome.existing }, choice: null, importing: false });
    }
    const imported: Localized = (current) => {
      const name = displayName(outcome.applicant, current.t('common.unnamed'));
      const say = handoverText(current);
      return outcome.mode === 'replace'
        ? say('handover.imported.replace', { name, backup: outcome.backupName ?? '' })
        : say(outcome.mode === 'keep-both' ? 'handover.imported.keepBoth' : 'handover.imported.new', { name });
    };
    await reloadApplicants();
    toast({ message: imported });
    setStep({ kind: 'done', message: imported, warnings: outcome.warnings.map((warning): Localized => (now) => noticeText(warning, now)) });
  };

  const cancelPreview = () => {
    if (step.kind === 'preview') void call('handover.upload.abort', { uploadId: step.uploadId });
    setStep({ kind: 'idle' });
  };

  return (
    <section className="card handover-import" aria-labelledby="handover-import-heading" aria-busy={busy}>
      <h2 id="handover-import-heading">{text('handover.import.heading')}</h2>
      <p className="muted">{text('handover.import.intro', { maxGb: MAX_GB })}</p>
      <input
        ref={input}
        type="file"
        className="sr-only"
        tabIndex={-1}
        aria-label={text('handover.import.choose')}
        accept={`.${HANDOVER_EXTENSION}`}
        onChange={(event) => void choose(event)}
        data-testid="handover-import-input"
      />
      {step.kind !== 'preview' && (
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          {text('handover.import.choose')}
        </button>
      )}
      {step.kind === 'uploading' && (
        <div className="handover-progress" role="status" data-testid="handover-progress">
          <progress max={Math.max(1, step.total)} value={step.sent} aria-label={step.fileName} />
          <span>{text('handover.import.uploading', { fileName: step.fileName, sent: formatSize(step.sent, i18n.language), total: formatSize(step.total, i18n.language) })}</span>
          <button type="button" onClick={() => (cancelRequested.current = true)}>
            {text('handover.cancel')}
          </button>
        </div>
      )}
      {(step.kind === 'checking' || (step.kind === 'preview' && step.importing)) && (
        <p className="handover-progress" role="status">
          <progress aria-hidden="true" />
          <span>{step.kind === 'checking' ? text('handover.import.checking', { fileName: step.fileName }) : text('handover.import.importing')}</span>
        </p>
      )}
      {step.kind === 'failed' && (
        <div className="banner banner-error" role="alert" data-testid="handover-error">
          {step.refused && <p>{text('handover.refused.intro')}</p>}
          <p>{step.refused ? step.message(i18n) : text('handover.import.failed', { reason: step.message(i18n) })}</p>
        </div>
      )}
      {step.kind === 'done' && (
        <div className="banner" role="status" data-testid="handover-done">
          <p>{step.message(i18n)}</p>
          {step.warnings.map((warning, index) => (
            <p key={index}>{warning(i18n)}</p>
          ))}
        </div>
      )}
      {step.kind === 'preview' && (
        <HandoverPreview
          inspection={step.inspection}
          choice={step.choice}
          busy={step.importing}
          onChoose={(choice) => setStep({ ...step, choice })}
          onImport={() => void runImport()}
          onCancel={cancelPreview}
        />
      )}
    </section>
  );
}
