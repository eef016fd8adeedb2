// The kinds of file a scan may be. The kind is decided by the file's bytes (electron/backend/attachments/
// sniff.ts), never by its name; the name's extension is only compared with it, to tell the user.
export const ATTACHMENT_KINDS = ['pdf', 'jpeg', 'png'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_MIMES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentMime = (typeof ATTACHMENT_MIMES)[number];

export const MIME_OF: Record<AttachmentKind, AttachmentMime> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The extension a stored or downloaded file of this kind gets (from the kind, never from the user's name). */
export const EXTENSION_OF: Record<AttachmentKind, string> = { pdf: 'pdf', jpeg: 'jpg', png: 'png' };

const KIND_BY_EXTENSION: Record<string, AttachmentKind> = { pdf: 'pdf', jpg: 'jpeg', jpeg: 'jpeg', jpe: 'jpeg', png: 'png' };

export function kindOfMime(mime: string): AttachmentKind | null {
  const found = ATTACHMENT_KINDS.find((kind) => MIME_OF[kind] === mime);
  return found ?? null;
}

/** The extension in lower case, without the dot; '' when there is none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** What the file's name claims it is; null for a name without one of our extensions. */
export function kindClaimedByName(fileName: string): AttachmentKind | null {
  return KIND_BY_EXTENSION[extensionOf(fileName)] ?? null;
}

/** The name to download a file under: the user's name, its extension corrected to what the bytes are. */
export function downloadName(originalName: string, kind: AttachmentKind): string {
  const base = originalName.split(/[\\/]/).pop() ?? '';
  const claimed = kindClaimedByName(base);
  const stem = claimed === null ? base : base.slice(0, base.lastIndexOf('.'));
  return `${stem.trim() || 'attachment'}.${EXTENSION_OF[kind]}`;
}
