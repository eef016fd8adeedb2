// Files in and out of the page, without Node: a chosen file read as base64 for the import channel, and an
// exported file handed to the user as a download (a Blob, an object URL and an <a download>). The CSP's
// fetch directives do not govern downloads, so this works under `default-src 'none'`; in Electron the same
// click reaches the session's will-download, which (with no handler installed) asks where to save.
import type { AppError } from '../../../shared/contract/result';
import type { Language } from '../../../shared/contract/channels';
import { isDocumentsKey, td } from '../../../shared/i18n/documents';
import { fromBase64, saveBlob } from '../files';
import type { I18n } from '../i18n';

/** The file's bytes as base64 (no data: prefix). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

export function downloadFile(fileName: string, mimeType: string, contentBase64: string): void {
  saveBlob(new Blob([fromBase64(contentBase64)], { type: mimeType }), fileName);
}

/** "1.2 MB", "58 KB": sizes as people read them. */
export function formatSize(bytes: number, language: Language): string {
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
  if (bytes >= 1_000_000) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1000))} KB`;
}

/** The sentence for a failed call: the documents dictionary's own keys first, then the app's. */
export function describeDocumentsError(error: AppError, i18n: I18n): string {
  const issue = error.issues?.[0];
  if (issue && isDocumentsKey(issue.key)) return td(i18n.language, issue.key, issue.params);
  if (issue && error.code === 'validation') return i18n.issue(issue.key, issue.params);
  return i18n.error(error);
}
