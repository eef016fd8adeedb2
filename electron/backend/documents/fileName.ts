// The exported file's name: 专业技术工作总结_张伟_2026-11-23.pdf. Safe on Windows, macOS and Linux: no
// reserved characters, no control characters, no trailing dot or space, no reserved device name.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_NAME_LENGTH = 60;

/** A part of a file name: unsafe characters become '_', runs of white space one '_', at most 60 code points. */
export function fileNamePart(value: string): string {
  const stripEnds = (text: string) => text.trim().replace(/[.\s]+$/u, '').replace(/^[.\s]+/u, '');
  const cleaned = stripEnds(value.normalize('NFC').replace(UNSAFE, '_')).replace(/\s+/gu, '_');
  const trimmed = stripEnds([...cleaned].slice(0, MAX_NAME_LENGTH).join(''));
  return RESERVED.test(trimmed) ? `_${trimmed}` : trimmed;
}

export function exportFileName(stem: string, applicantName: string, date: string, extension: 'docx' | 'pdf' | 'txt'): string {
  const parts = [stem, applicantName, date].map(fileNamePart).filter((part) => part !== '');
  return `${parts.join('_')}.${extension}`;
}
