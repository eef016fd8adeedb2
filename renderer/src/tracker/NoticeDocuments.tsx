// The public notice's papers where HR follows the notice: the notice to post, and the record of its result
// (公示情况说明) to fill in, sign and seal once the period is over, in PDF and Word. The tracker's public-notice
// step and the employer's notice panel both offer them; the print page has the same documents among the rest.
import { useState } from 'react';
import type { TrackerKey } from '../../../shared/i18n/tracker';
import { call } from '../api';
import { hrefOf } from '../router';
import { downloadFile } from '../summary/ImportExportFiles';
import { type TrackerI18n, useTrackerI18n } from './text';

type NoticeChannel = 'print.publicNoticePdf' | 'print.noticeRecordPdf' | 'print.noticeRecordDocx';

type Which = 'notice' | 'record' | 'both';

const DOCUMENTS: readonly [NoticeChannel, TrackerKey, Exclude<Which, 'both'>][] = [
  ['print.publicNoticePdf', 'employer.notice.pdf', 'notice'],
  ['print.noticeRecordPdf', 'tracker.notice.recordPdf', 'record'],
  ['print.noticeRecordDocx', 'tracker.notice.recordDocx', 'record'],
];

export function NoticeDocuments({ applicantId, only = 'both' }: { applicantId: string; only?: Which }) {
  const i18n = useTrackerI18n();
  const { tt, language } = i18n;
  const [running, setRunning] = useState<NoticeChannel | null>(null);
  // A function of the dictionary, so that the message follows a change of language.
  const [problem, setProblem] = useState<((i18n: TrackerI18n) => string) | null>(null);
  const run = async (channel: NoticeChannel) => {
    setRunning(channel);
    try {
      // The documents are Chinese whatever the language; the language only names the file.
      const result = await call(channel, { applicantId, language, onMissing: 'refuse' });
      if (!result.ok) {
        const error = result.error;
        setProblem(() => (error.code === 'validation' ? (t: TrackerI18n) => t.tt('employer.notice.pdfIncomplete') : (t: TrackerI18n) => t.failure(error)));
        return;
      }
      setProblem(null);
      downloadFile(result.value.fileName, result.value.mimeType, result.value.contentBase64);
    } finally {
      setRunning(null);
    }
  };
  const shown = DOCUMENTS.filter(([, , which]) => only === 'both' || which === only);
  return (
    <div className="notice-pdf" data-notice-documents={only}>
      {only !== 'notice' && <p className="field-hint">{tt('tracker.notice.recordHint')}</p>}
      <div className="notice-buttons">
        {shown.map(([channel, key]) => (
          <button key={channel} type="button" onClick={() => void run(channel)} disabled={running !== null} aria-busy={running === channel}>
            {tt(key)}
          </button>
        ))}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem(i18n)} <a href={hrefOf({ name: 'print', applicantId })}>{tt('employer.notice.toPrint')}</a>
        </p>
      )}
    </div>
  );
}
