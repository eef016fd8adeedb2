// The download buttons of the print page: the packet (PDF) and the single documents (public notice and its
// result record, PDF and Word; form draft PDF and Word). A build takes seconds: while it runs every button waits and the page says
// so; the file then arrives as a download (the summary export's mechanism). A refusal lists what is missing,
// each item a link to its field.
import { useState } from 'react';
import type { Channel } from '../../../shared/contract/channels';
import type { ReportItem } from '../../../shared/form/validation';
import { type FormKey, tf } from '../../../shared/i18n/form';
import type { Params } from '../../../shared/i18n/core';
import { call } from '../api';
import { useI18n } from '../i18n';
import { pathKey } from '../profile/formContext';
import { downloadFile, formatSize } from '../summary/ImportExportFiles';
import { hrefOfTarget } from '../form/reportLinks';
import { reportItemText } from '../form/reportText';
import type { Localized } from '../toasts';
import { describePrintError } from './printErrors';

type DocumentChannel = Extract<Channel, 'print.publicNoticePdf' | 'print.publicNoticeDocx' | 'print.noticeRecordPdf' | 'print.noticeRecordDocx' | 'print.formDraftPdf' | 'print.formDocx'>;
type Job = 'print.packet' | DocumentChannel;

const DOCUMENTS: readonly [DocumentChannel, FormKey][] = [
  ['print.publicNoticePdf', 'print.publicNoticePdf'],
  ['print.publicNoticeDocx', 'print.publicNoticeDocx'],
  ['print.noticeRecordPdf', 'print.noticeRecordPdf'],
  ['print.noticeRecordDocx', 'print.noticeRecordDocx'],
  ['print.formDraftPdf', 'print.formDraftPdf'],
  ['print.formDocx', 'print.formDocx'],
];

/** What every print reply has, and what only some have (pages: PDFs; marked, form: the packet). */
interface PrintedFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  bytes: number;
  pages?: number;
  marked?: number;
  form?: 'draft' | 'official';
}

// Kept as functions of the dictionary, so that a result already shown follows a change of language.
type Outcome = { tone: 'info'; lines: Localized[] } | { tone: 'error'; message: Localized; items: ReportItem[] } | null;

interface Props {
  applicantId: string;
  onMissing: 'refuse' | 'mark';
  /** Double-sided printing: blank back pages so that each copy starts on the front of a sheet. */
  duplex: boolean;
  /** The summary ends with the employer's check-and-seal block. */
  employerReview: boolean;
  /** The public notice and its result record at the end of the packet. */
  withNotice: boolean;
  /** null: the programme does not say and the user has not chosen (the backend then asks for it). */
  copies: number | null;
  busy: boolean;
  onBusy(busy: boolean): void;
  /** The packet was refused for missing values: the report is worth reading again. */
  onRefused(): void;
  /** false: the programme publishes no form, and the draft is TitlePrep's sheet of details (Guangzhou). */
  formPublished: boolean;
}

/** The draft's buttons name TitlePrep's sheet of details where the programme publishes no form. */
const DETAILS_LABELS: Partial<Record<DocumentChannel, FormKey>> = { 'print.formDraftPdf': 'print.detailsPdf', 'print.formDocx': 'print.detailsDocx' };

export function PrintDownloads({ applicantId, onMissing, duplex, employerReview, withNotice, copies, busy, onBusy, onRefused, formPublished }: Props) {
  const i18n = useI18n();
  const { language } = i18n;
  const tx = (key: FormKey, params?: Params) => tf(language, key, params);
  const [running, setRunning] = useState<Job | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function build(job: Job) {
    setOutcome(null);
    setRunning(job);
    onBusy(true);
    try {
      // The interface language only translates the cover sheet: every document handed in is Chinese.
      const request = { applicantId, language, onMissing };
      const packet = { ...request, duplex, employerReview, publicNotice: withNotice };
      const result = job === 'print.packet' ? await call('print.packet', copies === null ? packet : { ...packet, copies }) : await call(job, request);
      if (!result.ok) {
        const error = result.error;
        const { items } = describePrintError(error, language, i18n.error);
        if (items.length > 0) onRefused();
        setOutcome({ tone: 'error', message: (current) => describePrintError(error, current.language, current.error).message, items });
        return;
      }
      const file: PrintedFile = result.value;
      downloadFile(file.fileName, file.mimeType, file.contentBase64);
      const { fileName, bytes, pages, marked } = file;
      const lines: Localized[] = [
        ({ language: now }) => {
          const size = formatSize(bytes, now);
          return pages !== undefined ? tf(now, 'print.built', { fileName, pages, size }) : tf(now, 'print.builtNoPages', { fileName, size });
        },
      ];
      if (marked !== undefined && marked > 0) lines.push(({ language: now }) => tf(now, 'print.builtMarked', { count: marked }));
      if (file.form === 'official') lines.push(({ language: now }) => tf(now, 'print.usedOfficial'));
      setOutcome({ tone: 'info', lines });
    } finally {
      setRunning(null);
      onBusy(false);
    }
  }

  return (
    <section className="card print-downloads" aria-labelledby="print-downloads-heading" aria-busy={running !== null}>
      <h2 id="print-downloads-heading">{tx('print.downloads')}</h2>
      <div className="print-buttons">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void build('print.packet')}>
          {tx('print.packet')}
        </button>
        {DOCUMENTS.map(([channel, key]) => (
          <button key={channel} type="button" disabled={busy} onClick={() => void build(channel)}>
            {tx(formPublished ? key : DETAILS_LABELS[channel] ?? key)}
          </button>
        ))}
      </div>
      <p className="status-line" role="status" aria-live="polite" data-building={running ?? undefined}>
        {running ? <span className="building">{tx('print.building')}</span> : null}
      </p>
      {outcome?.tone === 'info' && (
        <div className="banner banner-info" data-testid="print-outcome">
          <div>
            {outcome.lines.map((line, index) => (
              <p key={index}>{line(i18n)}</p>
            ))}
          </div>
          <button type="button" className="button-link" onClick={() => setOutcome(null)}>
            {tx('print.dismiss')}
          </button>
        </div>
      )}
      {outcome?.tone === 'error' && (
        <div className="banner banner-error" role="alert" data-testid="print-outcome">
          <div>
            <p>{outcome.message(i18n)}</p>
            {outcome.items.length > 0 && (
              <ul className="refusal-items">
                {outcome.items.map((item, index) => (
                  <li key={`${pathKey(item.target.path)}-${index}`}>
                    <a href={hrefOfTarget(applicantId, item.target)}>{reportItemText(language, item)}</a>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" className="button-link" onClick={() => setOutcome(null)}>
            {tx('print.dismiss')}
          </button>
        </div>
      )}
    </section>
  );
}
