// The applicant's attachments on the page and what is done to them: uploads with their progress (several
// files in turn), the outcome told next to the item it concerns, delete with Undo, filing under an item.
import { useCallback, useRef, useState } from 'react';
import type { Attachment } from '../../../shared/contract/materialsChannels';
import { isMaterialsKey, tm } from '../../../shared/i18n/materials';
import { call } from '../api';
import { useToast } from '../toasts';
import type { ItemMessage, Upload } from './ChecklistItem';
import { describeError, useMaterialsText } from './messages';
import { uploadFile } from './transfer';

/** An Undo toast stays this long; a deleted attachment stays restorable much longer (see transfer.ts). */
const UNDO_MS = 10_000;
/** Where the messages of attachments filed under no item go. */
export const UNFILED = 'unfiled';

const byAddedAt = (a: Attachment, b: Attachment) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id);

export function useAttachments(applicantId: string) {
  const { tx, i18n, describe } = useMaterialsText();
  const toast = useToast();
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [messages, setMessages] = useState<Record<string, ItemMessage>>({});
  const nextKey = useRef(1);

  const tell = useCallback((slot: string, message: ItemMessage | null) => {
    setMessages((current) => {
      const next = { ...current };
      if (message) next[slot] = message;
      else delete next[slot];
      return next;
    });
  }, []);

  const upload = useCallback(
    async (files: File[], itemId: string | null, replaces?: Attachment) => {
      const slot = itemId ?? UNFILED;
      tell(slot, null);
      for (const file of files) {
        const key = nextKey.current++;
        setUploads((current) => [...current, { key, itemId, fileName: file.name, sent: 0, total: file.size }]);
        const result = await uploadFile(file, { applicantId, materialItemId: itemId, ...(replaces ? { replaces: replaces.id } : {}) }, (sent, total) =>
          setUploads((current) => current.map((entry) => (entry.key === key ? { ...entry, sent, total } : entry))),
        );
        setUploads((current) => current.filter((entry) => entry.key !== key));
        if (!result.ok) {
          const failure = result.error;
          tell(slot, { tone: 'error', text: (current) => describeError(failure, current) });
          continue;
        }
        const { attachment, duplicate, notice } = result.value;
        setAttachments((current) => [...current.filter((entry) => entry.id !== attachment.id && entry.id !== replaces?.id), attachment].sort(byAddedAt));
        if (notice && isMaterialsKey(notice.key)) {
          const { key, params } = notice;
          tell(slot, { tone: 'info', text: (current) => tm(current.language, key, params) });
        }
        else if (replaces) toast({ message: (current) => tm(current.language, 'materials.attachments.reattached', { fileName: file.name }) });
        else if (duplicate) tell(slot, { tone: 'info', text: (current) => tm(current.language, 'materials.attachments.duplicate', { fileName: file.name }) });
        else toast({ message: (current) => tm(current.language, 'materials.attachments.added', { fileName: file.name }) });
      }
    },
    [applicantId, describe, i18n.language, tell, toast, tx],
  );

  const remove = useCallback(
    async (attachment: Attachment) => {
      const deleted = await call('attachments.delete', { attachmentId: attachment.id });
      if (!deleted.ok) return toast({ message: (current) => describeError(deleted.error, current), duration: UNDO_MS });
      setAttachments((current) => current.filter((entry) => entry.id !== attachment.id));
      toast({
        message: (current) => tm(current.language, 'materials.attachments.deleted', { fileName: attachment.originalName }),
        duration: UNDO_MS,
        action: {
          label: (current) => current.t('common.undo'),
          run: () =>
            void (async () => {
              const restored = await call('attachments.restore', { attachmentId: attachment.id });
              if (!restored.ok) return toast({ message: (current) => describeError(restored.error, current), duration: UNDO_MS });
              setAttachments((current) => [...current.filter((entry) => entry.id !== attachment.id), restored.value].sort(byAddedAt));
              toast({ message: (current) => tm(current.language, 'materials.attachments.restored', { fileName: attachment.originalName }) });
            })(),
        },
      });
    },
    [describe, i18n, toast, tx],
  );

  const assign = useCallback(
    async (attachment: Attachment, materialItemId: string | null) => {
      const assigned = await call('attachments.assign', { attachmentId: attachment.id, materialItemId });
      if (!assigned.ok) return toast({ message: (current) => describeError(assigned.error, current), duration: UNDO_MS });
      setAttachments((current) => current.map((entry) => (entry.id === attachment.id ? assigned.value : entry)));
    },
    [describe, toast],
  );

  return { attachments, setAttachments, uploads, messages, tell, upload, remove, assign };
}
