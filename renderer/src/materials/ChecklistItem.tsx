// One item of the paper-materials checklist: its name (a programme default's neutral label, marked as such,
// with its source; or the user's own, editable), copies, original or copy, signed, sealed, ready, a note,
// its place in the order, and its scans with their uploads in progress.
import type { Localized } from '../toasts';
import { useState } from 'react';
import type { Attachment, ChecklistReply } from '../../../shared/contract/materialsChannels';
import type { MaterialItem } from '../../../shared/materials/checklist';
import { MAX_COPIES, type OriginalOrCopy } from '../../../shared/materials/requirements';
import { SourceNote } from '../programmes/SourceNote';
import { AttachmentCard } from './AttachmentCard';
import { useMaterialsText } from './messages';
import { UploadButton } from './UploadButton';

export interface Upload {
  key: number;
  itemId: string | null;
  fileName: string;
  sent: number;
  total: number;
}

export interface ItemMessage {
  tone: 'info' | 'error';
  /** Written when shown, so that it follows a change of language (see toasts.tsx). */
  text: Localized;
}

export interface ChecklistItemProps {
  item: MaterialItem;
  index: number;
  count: number;
  programmeDefault: ChecklistReply['defaults'][number] | undefined;
  attachments: Attachment[];
  uploads: Upload[];
  message: ItemMessage | null;
  /** Field messages (already translated) by field name. */
  errors: Partial<Record<'label' | 'copies' | 'note', string>>;
  uploadHint: string;
  onChange(item: MaterialItem): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  onUpload(files: File[], replaces?: Attachment): void;
  onDeleteAttachment(attachment: Attachment): void;
  onDismissMessage(): void;
}

export function ChecklistItem(props: ChecklistItemProps) {
  const { item, index, count, programmeDefault, attachments, uploads, message, errors, onChange } = props;
  const { tx, i18n } = useMaterialsText();
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const id = `material-${item.id}`;
  const isDefault = item.fromDefault !== null;
  const label = isDefault ? (programmeDefault ? i18n.pick(programmeDefault.label) : item.fromDefault) : item.label;
  const set = (patch: Partial<MaterialItem>) => onChange({ ...item, ...patch });

  return (
    <li className={`material-item card ${item.done ? 'material-done' : ''}`} data-item-id={item.id} aria-labelledby={`${id}-title`}>
      <div className="material-head">
        <span className="material-number" aria-hidden="true">
          {index + 1}
        </span>
        <div className="material-title">
          {isDefault ? (
            <h3 id={`${id}-title`}>
              {label}
              <span className="badge material-badge">{tx('materials.item.defaultBadge')}</span>
            </h3>
          ) : (
            <>
              <h3 id={`${id}-title`} className="sr-only">
                {item.label || tx('materials.item.number', { number: index + 1 })}
              </h3>
              <label className="field material-label-field">
                <span className="sr-only">{tx('materials.item.label')}</span>
                <input type="text"
                  value={item.label}
                  maxLength={200}
                  aria-invalid={errors.label ? true : undefined}
                  aria-describedby={errors.label ? `${id}-label-error` : undefined}
                  onChange={(event) => set({ label: event.target.value })}
                />
                <span className="badge material-badge material-badge-own">{tx('materials.item.ownBadge')}</span>
              </label>
              {errors.label && (
                <p id={`${id}-label-error`} className="field-error">
                  {errors.label}
                </p>
              )}
            </>
          )}
        </div>
        <div className="material-order">
          <button type="button" className="button-link" disabled={index === 0} onClick={() => props.onMove(-1)} aria-label={`${tx('materials.item.moveUp')}: ${label}`}>
            ↑
          </button>
          <button type="button" className="button-link" disabled={index === count - 1} onClick={() => props.onMove(1)} aria-label={`${tx('materials.item.moveDown')}: ${label}`}>
            ↓
          </button>
          <button
            type="button"
            className="button-link button-danger"
            onClick={() => (attachments.length > 0 ? setConfirmingRemove(true) : props.onRemove())}
          >
            {tx('materials.item.remove')}
          </button>
        </div>
      </div>
      {confirmingRemove && (
        <div className="banner banner-warning" role="alertdialog" aria-label={tx('materials.item.remove')}>
          <p>{tx('materials.item.removeWithFiles', { label: label ?? '', count: attachments.length })}</p>
          <div className="form-actions">
            <button type="button" className="button-danger" onClick={props.onRemove}>
              {tx('materials.item.remove')}
            </button>
            <button type="button" onClick={() => setConfirmingRemove(false)} autoFocus>
              {i18n.t('common.cancel')}
            </button>
          </div>
        </div>
      )}

      <div className="material-fields">
        <label className="field material-copies">
          <span className="field-label">{tx('materials.item.copiesLabel')}</span>
          <input
            type="number"
            min={1}
            max={MAX_COPIES}
            value={Number.isNaN(item.copies) ? '' : item.copies}
            aria-invalid={errors.copies ? true : undefined}
            onChange={(event) => set({ copies: event.target.value === '' ? Number.NaN : Number(event.target.value) })}
          />
        </label>
        <label className="field material-original">
          <span className="field-label">{tx('materials.item.originalOrCopy')}</span>
          <select value={item.originalOrCopy ?? ''} onChange={(event) => set({ originalOrCopy: event.target.value === '' ? null : (event.target.value as OriginalOrCopy) })}>
            <option value="">{tx('materials.item.undecided')}</option>
            <option value="original">{tx('materials.item.original')}</option>
            <option value="copy">{tx('materials.item.copy')}</option>
          </select>
        </label>
        <div className="material-checks">
          <label className="field-checkbox">
            <input type="checkbox" checked={item.signed} onChange={(event) => set({ signed: event.target.checked })} />
            {tx('materials.item.signedLabel')}
          </label>
          <label className="field-checkbox">
            <input type="checkbox" checked={item.sealed} onChange={(event) => set({ sealed: event.target.checked })} />
            {tx('materials.item.sealedLabel')}
          </label>
          <label className="field-checkbox material-ready">
            <input type="checkbox" checked={item.done} onChange={(event) => set({ done: event.target.checked })} />
            {tx('materials.item.doneLabel')}
          </label>
        </div>
        <label className="field material-note">
          <span className="field-label">{tx('materials.item.note')}</span>
          <input type="text" value={item.note} maxLength={1000} onChange={(event) => set({ note: event.target.value })} />
        </label>
      </div>
      {errors.copies && <p className="field-error">{errors.copies}</p>}

      {programmeDefault && (
        <div className="material-sources">
          <SourceNote source={programmeDefault.source} />
          {programmeDefault.startingValuesSource ? (
            <details className="source-note">
              <summary>{tx('materials.item.startingValues')}</summary>
              {programmeDefault.startingValuesSource.type === 'project' && <p lang="en">{programmeDefault.startingValuesSource.note}</p>}
            </details>
          ) : (
            <p className="field-hint">{tx('materials.item.nothingKnown')}</p>
          )}
        </div>
      )}

      <section className="material-attachments" aria-label={`${tx('materials.attachments.title')}: ${label}`}>
        {attachments.length === 0 && uploads.length === 0 && <p className="muted material-no-scans">{tx('materials.attachments.none')}</p>}
        {attachments.length > 0 && (
          <ul className="attachment-list">
            {attachments.map((attachment) => (
              <AttachmentCard
                key={attachment.id}
                attachment={attachment}
                busy={uploads.length > 0}
                onDelete={props.onDeleteAttachment}
                onReattach={(replaced, files) => props.onUpload(files, replaced)}
              />
            ))}
          </ul>
        )}
        <UploadProgress uploads={uploads} />
        {message && <ItemNotice message={message} onDismiss={props.onDismissMessage} />}
        <div className="material-upload">
          <UploadButton label={tx('materials.attachments.add')} title={props.uploadHint} onFiles={(files) => props.onUpload(files)} testId={`upload-${item.fromDefault ?? item.id}`} />
          <span className="field-hint">{props.uploadHint}</span>
        </div>
      </section>
    </li>
  );
}

export function UploadProgress({ uploads }: { uploads: Upload[] }) {
  const { tx } = useMaterialsText();
  if (uploads.length === 0) return null;
  return (
    <ul className="upload-progress">
      {uploads.map((upload) => {
        const percent = upload.total === 0 ? 0 : Math.floor((upload.sent / upload.total) * 100);
        return (
          <li key={upload.key}>
            <span>{tx('materials.attachments.uploading', { fileName: upload.fileName, percent })}</span>
            <progress max={100} value={percent} aria-label={upload.fileName} />
          </li>
        );
      })}
    </ul>
  );
}

export function ItemNotice({ message, onDismiss }: { message: ItemMessage; onDismiss(): void }) {
  const { i18n } = useMaterialsText();
  return (
    <div className={`banner ${message.tone === 'error' ? 'banner-error' : ''} material-notice`} role={message.tone === 'error' ? 'alert' : 'status'}>
      <p>{message.text(i18n)}</p>
      <button type="button" className="button-link" onClick={onDismiss}>
        {i18n.t('common.close')}
      </button>
    </div>
  );
}
