// #/applicants/<id>/materials: the paper-materials checklist of the applicant's programme (its neutral
// defaults, marked as such, with their sources and the note that the official list is unknown; the
// user's own items), the scans attached to each item, the attachments filed under none, and this
// programme's attachment limits.
import { tm } from '../../../shared/i18n/materials';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Attachment, ChecklistReply, LimitsReply } from '../../../shared/contract/materialsChannels';
import type { AppError } from '../../../shared/contract/result';
import { DEFAULT_LIMITS } from '../../../shared/materials/limits';
import type { MaterialItem } from '../../../shared/materials/checklist';
import { call } from '../api';
import { markReady } from '../ready';
import { hrefOf } from '../router';
import { useToast } from '../toasts';
import { SourceNote } from '../programmes/SourceNote';
import { AttachmentCard } from './AttachmentCard';
import { Checklist } from './Checklist';
import { ItemNotice, UploadProgress } from './ChecklistItem';
import { LimitsSettings, mbText, typesText } from './LimitsSettings';
import { useMaterialsText } from './messages';
import { UNFILED, useAttachments } from './useAttachments';
import { UploadButton } from './UploadButton';
import './materials.css';

type Load = { kind: 'loading' } | { kind: 'failed'; error: AppError } | { kind: 'loaded'; checklist: ChecklistReply; generation: number };

export function MaterialsPage({ applicantId }: { applicantId: string }) {
  const { tx, i18n, describe } = useMaterialsText();
  const toast = useToast();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [limits, setLimits] = useState<LimitsReply | null>(null);
  const [items, setItems] = useState<MaterialItem[]>([]);
  const files = useAttachments(applicantId);
  const { setAttachments } = files;
  // Uploads and filing under an item wait for the checklist's save: see Checklist's registerSettle.
  const settleRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));
  const registerSettle = useCallback((settle: () => Promise<boolean>) => {
    settleRef.current = settle;
  }, []);
  const whenItemSaved = async (itemId: string | null, act: () => Promise<void>) => {
    if (itemId !== null && !(await settleRef.current())) return files.tell(itemId, { tone: 'error', text: (current) => tm(current.language, 'materials.upload.itemNotSaved') });
    await act();
  };

  const reload = useCallback(async () => {
    const [list, attached] = await Promise.all([call('materials.list', { applicantId }), call('attachments.list', { applicantId })]);
    if (!list.ok) return setLoad({ kind: 'failed', error: list.error });
    if (!attached.ok) return setLoad({ kind: 'failed', error: attached.error });
    setAttachments(attached.value.attachments);
    setLimits(attached.value.limits);
    setLoad((current) => ({ kind: 'loaded', checklist: list.value, generation: current.kind === 'loaded' ? current.generation + 1 : 0 }));
  }, [applicantId, setAttachments]);

  useEffect(() => {
    void reload().then(markReady);
  }, [reload]);

  const conflict = useCallback(() => {
    toast({ message: (current) => current.t('error.conflict') });
    void reload();
  }, [i18n, reload, toast]);

  const unfile = useCallback(
    (itemId: string) => setAttachments((current) => current.map((entry) => (entry.materialItemId === itemId ? { ...entry, materialItemId: null } : entry))),
    [setAttachments],
  );

  if (load.kind === 'loading') return <p className="page muted">{i18n.t('common.loading')}</p>;
  if (load.kind === 'failed') {
    return (
      <div className="page">
        <h1>{tx('materials.title')}</h1>
        <div className="banner banner-error" role="alert">
          <span>{tx('materials.loadFailed', { reason: describe(load.error) })}</span>
          <button type="button" onClick={() => void reload()}>
            {i18n.t('common.retry')}
          </button>
        </div>
      </div>
    );
  }

  const { checklist } = load;
  const effective = limits?.limits ?? DEFAULT_LIMITS;
  const uploadHint = tx('materials.attachments.addHint', { types: typesText(effective.types), maxMb: mbText(effective.maxBytes) });
  const shownItems = checklist.programme ? items : [];
  const unfiled = files.attachments.filter((attachment) => attachment.materialItemId === null || !shownItems.some((item) => item.id === attachment.materialItemId));
  const itemLabel = (item: MaterialItem) =>
    item.fromDefault === null ? item.label : i18n.pick(checklist.defaults.find((entry) => entry.id === item.fromDefault)?.label ?? { zh: item.fromDefault, en: item.fromDefault });

  return (
    <div className="page materials-page">
      <h1>{tx('materials.title')}</h1>
      {checklist.programme === null ? (
        <div className="banner banner-warning">
          <p>{tx('materials.noProgramme')}</p>
          <a href={hrefOf({ name: 'eligibility', applicantId })}>{tx('materials.toEligibility')}</a>
        </div>
      ) : (
        <>
          <p className="muted">{tx('materials.programme', { name: i18n.pick(checklist.programme.name) })}</p>
          <aside className="banner banner-warning materials-unknown">
            <p>{tx('materials.listUnknown')}</p>
            {checklist.listUnknown && <SourceNote source={checklist.listUnknown} />}
          </aside>
          <Checklist
            key={`${checklist.programme.id}-${load.generation}`}
            applicantId={applicantId}
            checklist={{ ...checklist, programme: checklist.programme }}
            attachments={files.attachments}
            uploads={files.uploads}
            messages={files.messages}
            uploadHint={uploadHint}
            onUpload={(chosen, itemId, replaces) => void whenItemSaved(itemId, () => files.upload(chosen, itemId, replaces))}
            onDeleteAttachment={(attachment) => void files.remove(attachment)}
            onAssign={files.assign}
            registerSettle={registerSettle}
            onDismissMessage={(slot) => files.tell(slot, null)}
            onItems={setItems}
            onUnfiled={unfile}
            onConflict={conflict}
          />
        </>
      )}

      <section className="card materials-unfiled" aria-labelledby="materials-unfiled-heading">
        <h2 id="materials-unfiled-heading">{tx('materials.attachments.unassigned')}</h2>
        <p className="field-hint">{tx('materials.attachments.unassignedHint')}</p>
        {unfiled.length > 0 && (
          <ul className="attachment-list">
            {unfiled.map((attachment: Attachment) => (
              <AttachmentCard
                key={attachment.id}
                attachment={attachment}
                busy={files.uploads.length > 0}
                fileUnder={shownItems.map((item) => ({ id: item.id, label: itemLabel(item) }))}
                onAssign={(target, itemId) => void whenItemSaved(itemId, () => files.assign(target, itemId))}
                onDelete={(target) => void files.remove(target)}
                onReattach={(target, chosen) => void files.upload(chosen, null, target)}
              />
            ))}
          </ul>
        )}
        <UploadProgress uploads={files.uploads.filter((upload) => upload.itemId === null)} />
        {files.messages[UNFILED] && <ItemNotice message={files.messages[UNFILED]} onDismiss={() => files.tell(UNFILED, null)} />}
        <div className="material-upload">
          <UploadButton label={tx('materials.attachments.add')} title={uploadHint} onFiles={(chosen) => void files.upload(chosen, null)} testId="upload-unfiled" />
          <span className="field-hint">{uploadHint}</span>
        </div>
      </section>

      {limits && <LimitsSettings key={limits.programmeId} limits={limits} onSaved={setLimits} />}
    </div>
  );
}
