// One attached scan: its name, kind, size (and a PDF's pages); a preview (images in the page through a
// blob: URL; a PDF as a card, since the CSP frames nothing); download; open in the system viewer (desktop
// app only); delete (the page offers Undo); and, when its file has vanished, a plain warning with the way
// out: attach the same file again, or delete the record.
import { useEffect, useState } from 'react';
import type { Attachment } from '../../../shared/contract/materialsChannels';
import { call } from '../api';
import { electronBridge } from '../bridge';
import { type Localized, useToast } from '../toasts';
import { tm } from '../../../shared/i18n/materials';
import { describeError, formatSize, useMaterialsText } from './messages';
import { saveBlob } from '../files';
import { firstPagePng } from './pdfPreview';
import { fetchAttachment } from './transfer';
import { UploadButton } from './UploadButton';

/** Larger images are not loaded into the page for a preview; the user downloads them instead. */
const PREVIEW_MAX_BYTES = 15_000_000;

const KIND_LABEL: Record<Attachment['mime'], string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

type Preview = { kind: 'closed' } | { kind: 'loading' } | { kind: 'image'; url: string; pdf: boolean } | { kind: 'message'; text: Localized; tone: 'info' | 'error' };

export interface AttachmentCardProps {
  attachment: Attachment;
  /** The items it may be filed under (shown for unfiled attachments). */
  fileUnder?: { id: string; label: string }[];
  onDelete(attachment: Attachment): void;
  onReattach(attachment: Attachment, files: File[]): void;
  onAssign?(attachment: Attachment, materialItemId: string | null): void;
  busy: boolean;
}

export function AttachmentCard({ attachment, fileUnder, onDelete, onReattach, onAssign, busy }: AttachmentCardProps) {
  const { tx, i18n } = useMaterialsText();
  const toast = useToast();
  const [preview, setPreview] = useState<Preview>({ kind: 'closed' });
  const isImage = attachment.mime !== 'application/pdf';

  // The object URL holds the image's bytes until revoked.
  useEffect(() => () => {
    if (preview.kind === 'image') URL.revokeObjectURL(preview.url);
  }, [preview]);

  async function togglePreview() {
    if (preview.kind !== 'closed') return setPreview({ kind: 'closed' });
    if (attachment.bytes > PREVIEW_MAX_BYTES) {
      return setPreview({ kind: 'message', tone: 'info', text: (current) => tm(current.language, 'materials.attachments.previewTooLarge', { size: formatSize(attachment.bytes, current.language) }) });
    }
    setPreview({ kind: 'loading' });
    const fetched = await fetchAttachment(attachment.id);
    if (!fetched.ok) {
      const failure = fetched.error;
      return setPreview({ kind: 'message', tone: 'error', text: (current) => describeError(failure, current) });
    }
    if (isImage) return setPreview({ kind: 'image', url: URL.createObjectURL(fetched.value.blob), pdf: false });
    // A PDF: its first page, drawn here (pdf.js); a file pdf.js cannot read says so and points elsewhere.
    try {
      const page = await firstPagePng(await fetched.value.blob.arrayBuffer());
      setPreview({ kind: 'image', url: URL.createObjectURL(page), pdf: true });
    } catch {
      setPreview({ kind: 'message', tone: 'error', text: (current) => tm(current.language, 'materials.attachments.pdfPreview') });
    }
  }

  async function download() {
    const fetched = await fetchAttachment(attachment.id);
    if (!fetched.ok) return toast({ message: (current) => describeError(fetched.error, current), duration: 10_000 });
    saveBlob(fetched.value.blob, fetched.value.downloadName);
    toast({ message: (current) => tm(current.language, 'materials.attachments.downloaded', { fileName: fetched.value.downloadName }) });
  }

  async function openInViewer() {
    const opened = await call('attachments.open', { attachmentId: attachment.id });
    if (!opened.ok) toast({ message: (current) => describeError(opened.error, current), duration: 10_000 });
  }

  const facts = [KIND_LABEL[attachment.mime], formatSize(attachment.bytes, i18n.language)];
  if (attachment.mime === 'application/pdf') {
    facts.push(attachment.pages === null ? tx('materials.attachments.pagesUnknown') : tx('materials.attachments.pages', { pages: attachment.pages }));
  }
  return (
    <li className={`attachment ${attachment.missing ? 'attachment-missing' : ''}`} data-attachment-id={attachment.id}>
      <div className="attachment-row">
        <span className={`attachment-kind attachment-kind-${KIND_LABEL[attachment.mime].toLowerCase()}`} aria-hidden="true">
          {KIND_LABEL[attachment.mime]}
        </span>
        <div className="attachment-facts">
          <span className="attachment-name">{attachment.originalName}</span>
          <span className="muted">
            {facts.join(' · ')} · {tx('materials.attachments.addedAt', { time: i18n.formatDateTime(attachment.addedAt) })}
          </span>
        </div>
        <div className="attachment-actions">
          {!attachment.missing && (
            <>
              <button type="button" className="button-link" aria-expanded={preview.kind !== 'closed'} onClick={() => void togglePreview()}>
                {preview.kind === 'closed' ? tx('materials.attachments.preview') : tx('materials.attachments.hidePreview')}
              </button>
              <button type="button" className="button-link" onClick={() => void download()}>
                {tx('materials.attachments.download')}
              </button>
              {electronBridge() && (
                <button type="button" className="button-link" onClick={() => void openInViewer()}>
                  {tx('materials.attachments.open')}
                </button>
              )}
            </>
          )}
          {attachment.missing && (
            <UploadButton
              label={tx('materials.attachments.reattach')}
              disabled={busy}
              onFiles={(files) => onReattach(attachment, files)}
              multiple={false}
              testId={`reattach-${attachment.id}`}
            />
          )}
          <button type="button" className="button-link button-danger" onClick={() => onDelete(attachment)}>
            {tx('materials.attachments.delete')}
          </button>
        </div>
      </div>
      {attachment.missing && (
        <p className="field-error" role="status">
          {tx('materials.attachments.missing')}
        </p>
      )}
      {fileUnder && onAssign && (
        <label className="attachment-assign">
          <span>{tx('materials.attachments.assignTo')}</span>
          <select value={attachment.materialItemId ?? ''} onChange={(event) => onAssign(attachment, event.target.value === '' ? null : event.target.value)}>
            <option value="">{tx('materials.attachments.assignNone')}</option>
            {fileUnder.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {preview.kind === 'loading' && <p className="muted">{tx('materials.attachments.loadingPreview')}</p>}
      {preview.kind === 'image' && (
        <div className="attachment-preview">
          <img
            src={preview.url}
            alt={preview.pdf ? tx('materials.attachments.pdfPageAlt', { fileName: attachment.originalName }) : tx('materials.attachments.imageAlt', { fileName: attachment.originalName })}
          />
          {preview.pdf && attachment.pages !== null && <p className="attachment-preview-note">{tx('materials.attachments.pdfPageNote', { pages: attachment.pages })}</p>}
        </div>
      )}
      {preview.kind === 'message' && (
        <p className={preview.tone === 'error' ? 'field-error' : 'attachment-preview-note'} role={preview.tone === 'error' ? 'alert' : undefined}>
          {preview.text(i18n)}
        </p>
      )}
    </li>
  );
}
