// "Export hand-over package" on an applicant of the list: the backend writes the .titleprep file, the page
// reads it out in slices (showing how far it got: a package with scans may be hundreds of megabytes) and
// hands it to the user as a download.
import { useState } from 'react';
import type { ApplicantSummary } from '../../../shared/contract/channels';
import { call } from '../api';
import { useI18n } from '../i18n';
import { saveBlob } from '../files';
import { displayName } from '../session';
import { formatSize } from '../summary/ImportExportFiles';
import { useToast } from '../toasts';
import { fetchPackage } from './handoverTransfer';
import { describeHandoverError, handoverText, noticeText } from './handoverText';

export function ExportHandoverButton({ applicant }: { applicant: ApplicantSummary }) {
  const i18n = useI18n();
  const text = handoverText(i18n);
  const toast = useToast();
  /** null: idle; a number: exporting, percent of the file read out (0 while the backend writes it). */
  const [percent, setPercent] = useState<number | null>(null);
  const busy = percent !== null;
  const name = displayName(applicant, i18n.t('common.unnamed'));

  const exportPackage = async () => {
    if (busy) return;
    setPercent(0);
    const failed = (error: Parameters<typeof describeHandoverError>[0]) => {
      setPercent(null);
      toast({ message: (current) => handoverText(current)('handover.exportFailed', { reason: describeHandoverError(error, current) }), duration: 15_000 });
    };
    const exported = await call('handover.export', { applicantId: applicant.id });
    if (!exported.ok) return failed(exported.error);
    const fetched = await fetchPackage(exported.value, (done, total) => setPercent(total > 0 ? Math.floor((done / total) * 100) : 100));
    if (!fetched.ok) return failed(fetched.error);
    const { fileName, bytes, warnings } = exported.value;
    saveBlob(fetched.value, fileName);
    setPercent(null);
    toast({ message: (current) => handoverText(current)('handover.exported', { fileName, size: formatSize(bytes, current.language) }), duration: 10_000 });
    for (const warning of warnings) toast({ message: (current) => noticeText(warning, current), duration: 15_000 });
  };

  return (
    <button type="button" disabled={busy} aria-busy={busy} onClick={() => void exportPackage()} aria-label={text('handover.exportFor', { name })}>
      {percent === null ? text('handover.export') : percent === 0 ? text('handover.exporting') : text('handover.exportingProgress', { percent })}
    </button>
  );
}
