// The checklist editor: the items in the user's order, saved automatically (whole, against the revision it
// was loaded at, like the profile), own items added and renamed, defaults the user removed offered back.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Attachment, ChecklistReply } from '../../../shared/contract/materialsChannels';
import { type MaterialItem, checklistItemsSchema, checklistProgress, moveItem } from '../../../shared/materials/checklist';
import { isMaterialsKey, tm } from '../../../shared/i18n/materials';
import { call } from '../api';
import { SaveStatus } from '../SaveStatus';
import { RevisionSaver, type SaveState } from '../revisionSaver';
import { useToast } from '../toasts';
import { ChecklistItem, type ItemMessage, type Upload } from './ChecklistItem';
import { useMaterialsText } from './messages';

const AUTOSAVE_DELAY_MS = 500;
const UNDO_MS = 10_000;

type FieldErrors = Partial<Record<'label' | 'copies' | 'note', string>>;

export interface ChecklistProps {
  applicantId: string;
  checklist: ChecklistReply & { programme: NonNullable<ChecklistReply['programme']> };
  attachments: Attachment[];
  uploads: Upload[];
  messages: Record<string, ItemMessage>;
  uploadHint: string;
  onUpload(files: File[], itemId: string, replaces?: Attachment): void;
  onDeleteAttachment(attachment: Attachment): void;
  onAssign(attachment: Attachment, itemId: string | null): Promise<void>;
  onDismissMessage(slot: string): void;
  /** The items changed (for the unfiled list's choices). */
  onItems(items: MaterialItem[]): void;
  /** Attachments whose item was removed are unfiled by the backend: mirror it on the page. */
  onUnfiled(itemId: string): void;
  onConflict(): void;
  /**
   * Gives the page the wait for "every item on screen is saved": an item added a moment ago exists only
   * here until its save is acknowledged, and a scan filed under it before that would be refused.
   */
  registerSettle(settle: () => Promise<boolean>): void;
}

export function Checklist(props: ChecklistProps) {
  const { applicantId, checklist, onItems } = props;
  const { tx, i18n } = useMaterialsText();
  const toast = useToast();
  const [items, setItems] = useState<MaterialItem[]>(checklist.items);
  const itemsRef = useRef(items);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'unchanged' });
  const [newLabel, setNewLabel] = useState('');
  const onConflictRef = useRef(props.onConflict);
  onConflictRef.current = props.onConflict;

  const [saver] = useState(
    () =>
      new RevisionSaver<MaterialItem[]>({
        revision: checklist.revision,
        saved: checklist.items,
        delayMs: AUTOSAVE_DELAY_MS,
        countInvalid: (value) => checklistItemsSchema.safeParse(value).error?.issues.length ?? 0,
        onState: setSaveState,
        onConflict: () => onConflictRef.current(),
        send: async (value, baseRevision, options) => {
          const result = await call('materials.save', { applicantId, programmeId: checklist.programme.id, baseRevision, items: value }, options);
          return result.ok ? { ok: true, value: { revision: result.value.revision, savedAt: result.value.updatedAt } } : result;
        },
      }),
  );

  useEffect(() => {
    const onUnload = () => saver.flushOnUnload();
    window.addEventListener('pagehide', onUnload);
    return () => {
      window.removeEventListener('pagehide', onUnload);
      void saver.flush();
    };
  }, [saver]);

  useEffect(() => onItems(items), [items, onItems]);

  const { registerSettle } = props;
  useEffect(() => registerSettle(() => saver.settle()), [registerSettle, saver]);

  const edit = (next: MaterialItem[]) => {
    itemsRef.current = next;
    setItems(next);
    saver.edit(() => itemsRef.current);
  };

  const errors = useMemo(() => {
    const byItem = new Map<number, FieldErrors>();
    for (const issue of checklistItemsSchema.safeParse(items).error?.issues ?? []) {
      const [index, field] = issue.path;
      if (typeof index !== 'number' || (field !== 'label' && field !== 'copies' && field !== 'note')) continue;
      const text = isMaterialsKey(issue.message) ? tm(i18n.language, issue.message) : i18n.issue(issue.message);
      byItem.set(index, { ...byItem.get(index), [field]: text });
    }
    return byItem;
  }, [items, i18n]);

  function remove(index: number) {
    const removed = itemsRef.current[index];
    if (!removed) return;
    const filed = props.attachments.filter((attachment) => attachment.materialItemId === removed.id);
    edit(itemsRef.current.filter((_, position) => position !== index));
    props.onUnfiled(removed.id);
    const label = removed.fromDefault === null ? removed.label : labelOfDefault(removed.fromDefault);
    toast({
      message: (current) => tm(current.language, 'materials.item.removed', { label }),
      duration: UNDO_MS,
      action: {
        label: (current) => current.t('common.undo'),
        run: () =>
          void (async () => {
            const current = itemsRef.current;
            edit([...current.slice(0, index), removed, ...current.slice(index)]);
            // The item must exist again before its scans can be filed back under it.
            if (!(await saver.settle())) return;
            for (const attachment of filed) await props.onAssign(attachment, removed.id);
          })(),
      },
    });
  }

  const labelOfDefault = (id: string) => {
    const found = checklist.defaults.find((entry) => entry.id === id);
    return found ? i18n.pick(found.label) : id;
  };

  function addOwn(event: FormEvent) {
    event.preventDefault();
    const label = newLabel.trim();
    if (label === '') return;
    edit([...itemsRef.current, { id: crypto.randomUUID(), fromDefault: null, label, copies: 1, originalOrCopy: null, signed: false, sealed: false, done: false, note: '' }]);
    setNewLabel('');
  }

  const missing = checklist.defaults.filter((entry) => entry.applies && !items.some((item) => item.fromDefault === entry.id));
  // A default that applies because of the employer kind (事业单位: the post confirmation) and is not in the
  // list: the checklist was made before the kind was entered. Offered at the top, with one click, not buried.
  const missingForEmployer = missing.filter((entry) => entry.forEmployer);
  const joinLabels = (entries: typeof missing) => entries.map((entry) => i18n.pick(entry.label)).join(i18n.language === 'zh' ? '、' : '; ');
  function restoreDefaults(entries: typeof missing = missing) {
    const added = entries.map((entry): MaterialItem => ({ id: crypto.randomUUID(), fromDefault: entry.id, label: '', ...entry.starting, done: false, note: '' }));
    edit([...itemsRef.current, ...added]);
  }

  const progress = checklistProgress(items);
  return (
    <>
      <div className="materials-status">
        <p className="materials-progress" data-testid="materials-progress">
          {tx('materials.progress', progress)}
        </p>
        <SaveStatus state={saveState} onRetry={() => void saver.flush()} />
      </div>
      {missingForEmployer.length > 0 && (
        <div className="banner banner-warning" data-testid="materials-missing-for-employer">
          <span>{tx('materials.missingForEmployer', { labels: joinLabels(missingForEmployer) })}</span>
          <button type="button" onClick={() => restoreDefaults(missingForEmployer)}>
            {tx('materials.addForEmployer', { count: missingForEmployer.length })}
          </button>
        </div>
      )}
      {items.length === 0 && <p className="muted">{tx('materials.empty')}</p>}
      <ol className="materials-list">
        {items.map((item, index) => (
          <ChecklistItem
            key={item.id}
            item={item}
            index={index}
            count={items.length}
            programmeDefault={checklist.defaults.find((entry) => entry.id === item.fromDefault)}
            attachments={props.attachments.filter((attachment) => attachment.materialItemId === item.id)}
            uploads={props.uploads.filter((upload) => upload.itemId === item.id)}
            message={props.messages[item.id] ?? null}
            errors={errors.get(index) ?? {}}
            uploadHint={props.uploadHint}
            onChange={(changed) => edit(itemsRef.current.map((entry) => (entry.id === changed.id ? changed : entry)))}
            onMove={(delta) => edit(moveItem(itemsRef.current, index, index + delta))}
            onRemove={() => remove(index)}
            onUpload={(files, replaces) => props.onUpload(files, item.id, replaces)}
            onDeleteAttachment={props.onDeleteAttachment}
            onDismissMessage={() => props.onDismissMessage(item.id)}
          />
        ))}
      </ol>
      {missing.length > missingForEmployer.length && (
        <p className="materials-missing-defaults">
          {tx('materials.missingDefaults', { labels: joinLabels(missing.filter((entry) => !entry.forEmployer)) })}{' '}
          <button type="button" className="button-link" onClick={() => restoreDefaults(missing.filter((entry) => !entry.forEmployer))}>
            {tx('materials.restoreDefaults')}
          </button>
        </p>
      )}
      <form className="card materials-add" onSubmit={addOwn}>
        <label className="field">
          <span className="field-label">{tx('materials.add.title')}</span>
          <input type="text" value={newLabel} maxLength={200} placeholder={tx('materials.add.placeholder')} aria-label={tx('materials.add.label')} onChange={(event) => setNewLabel(event.target.value)} />
        </label>
        <button type="submit" className="button-primary" disabled={newLabel.trim() === ''}>
          {tx('materials.add.submit')}
        </button>
      </form>
    </>
  );
}
