// The official PDF the online system generated: import it (the backend checks it is a real, unencrypted
// PDF and counts its pages), see what is stored, remove it. When present it replaces the draft form in the
// packet.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { ReplyOf } from '../../../shared/contract/channels';
import type { AppError } from '../../../shared/contract/result';
import { IMPORT_MAX_BYTES } from '../../../shared/contract/documentChannels';
import { type FormKey, tf } from '../../../shared/i18n/form';
import type { Params } from '../../../shared/i18n/core';
import { tp } from '../../../shared/i18n/packet';
import { call } from '../api';
import { type I18n, useI18n } from '../i18n';
import { formatSize, readFileAsBase64 } from '../summary/ImportExportFiles';
import type { Localized } from '../toasts';
import { describePrintError, issueText } from './printErrors';

type Official = ReplyOf<'print.officialForm.get'>;
// Functions of the dictionary, so that a message already shown follows a change of language.
type Message = { tone: 'info' | 'error'; text: Localized; warnings?: Localized[] } | null;

const MEGABYTE = 1_000_000;

const printErrorText =
  (error: AppError): Localized =>
  (now) =>
    describePrintError(error, now.language, now.error).message;

/** A PDF by its name or its type; the backend still checks the bytes themselves. */
const looksLikePdf = (file: File) => /\.pdf$/i.test(file.name) || file.type === 'application/pdf';

interface Props {
  applicantId: string;
  /** Another build or import is running: the buttons wait. */
  busy: boolean;
  onBusy(busy: boolean): void;
  onChanged(): void;
}

export function OfficialPdfCard({ applicantId, busy, onBusy, onChanged }: Props) {
  const i18n = useI18n();
  const { language, formatDateTime } = i18n;
  const tx = (key: FormKey, params?: Params) => tf(language, key, params);
  const [official, setOfficial] = useState<Official | 'loading'>('loading');
  const [message, setMessage] = useState<Message>(null);
  const [importing, setImporting] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void call('print.officialForm.get', { applicantId }).then((result) => setOfficial(result.ok ? result.value : null));
  }, [applicantId]);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire again
    if (!file) return;
    const fileName = file.name;
    if (!looksLikePdf(file)) return setMessage({ tone: 'error', text: (now) => tf(now.language, 'print.official.notPdf', { fileName }) });
    if (file.size > IMPORT_MAX_BYTES) return setMessage({ tone: 'error', text: (now) => tp(now.language, 'official.tooLarge', { maxMb: IMPORT_MAX_BYTES / MEGABYTE }) });
    setMessage(null);
    setImporting(file.name);
    onBusy(true);
    try {
      let contentBase64: string;
      try {
        contentBase64 = await readFileAsBase64(file);
      } catch {
        return setMessage({ tone: 'error', text: (now) => tf(now.language, 'print.official.readFailed') });
      }
      const result = await call('print.officialForm.import', { applicantId, fileName: file.name, contentBase64 });
      if (!result.ok) return setMessage({ tone: 'error', text: printErrorText(result.error) });
      const { warnings, ...info } = result.value;
      setOfficial(info);
      setMessage({
        tone: 'info',
        text: (now) => tf(now.language, 'print.official.imported', { fileName: info.fileName, pages: info.pages }),
        warnings: warnings.map((warning) => (now: I18n) => issueText(now.language, warning.key, warning.params)),
      });
      onChanged();
    } finally {
      setImporting(null);
      onBusy(false);
    }
  }

  async function remove() {
    const result = await call('print.officialForm.remove', { applicantId });
    if (!result.ok) return setMessage({ tone: 'error', text: printErrorText(result.error) });
    setOfficial(null);
    setMessage({ tone: 'info', text: (now) => tf(now.language, 'print.official.removed') });
    onChanged();
  }

  const present = official !== 'loading' && official !== null ? official : null;
  return (
    <section className="card official-pdf" aria-labelledby="official-heading" aria-busy={importing !== null}>
      <h2 id="official-heading">{tx('print.official.heading')}</h2>
      <p className="muted">{tx('print.official.intro')}</p>
      {official === 'loading' ? null : present ? (
        <p className="official-info" data-pages={present.pages}>
          {tx('print.official.present', { fileName: present.fileName, pages: present.pages, size: formatSize(present.bytes, language), date: formatDateTime(present.importedAt) })}
        </p>
      ) : (
        <p>{tx('print.official.none')}</p>
      )}
      <input
        ref={input}
        type="file"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        accept=".pdf,application/pdf"
        onChange={(event) => void importFile(event)}
        data-testid="official-pdf-input"
      />
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          {present ? tx('print.official.replace') : tx('print.official.import')}
        </button>
        {present && (
          <button type="button" className="button-danger" disabled={busy} onClick={() => void remove()}>
            {tx('print.official.remove')}
          </button>
        )}
      </div>
      <p className="muted status-line" role="status" aria-live="polite">
        {importing !== null ? tx('print.official.importing', { fileName: importing }) : null}
      </p>
      {message && (
        <div className={`banner ${message.tone === 'error' ? 'banner-error' : 'banner-info'}`} role={message.tone === 'error' ? 'alert' : undefined} data-testid="official-message">
          <div>
            <p>{message.text(i18n)}</p>
            {message.warnings && message.warnings.length > 0 && (
              <>
                <p>{tx('print.warnings')}</p>
                <ul>
                  {message.warnings.map((warning, index) => (
                    <li key={index}>{warning(i18n)}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <button type="button" className="button-link" onClick={() => setMessage(null)}>
            {tx('print.dismiss')}
          </button>
        </div>
      )}
    </section>
  );
}
