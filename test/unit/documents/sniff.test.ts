// The type of an imported file is decided by its bytes, not only its name.
import { describe, expect, it } from 'vitest';
import { detectFormat, extensionOf } from '../../../electron/backend/documents/import/sniff';

const keyOf = (name: string, bytes: Uint8Array) => {
  try {
    return detectFormat(name, bytes);
  } catch (error) {
    return (error as { key?: string }).key;
  }
};

describe('what an imported file is', () => {
  it('takes the extension case-insensitively, from the last dot', () => {
    expect(extensionOf('C:\\草稿\\总结.v2.DOCX')).toBe('docx');
    expect(extensionOf('.txt')).toBe('');
  });

  it('accepts a ZIP named .docx and text named .txt or .md', () => {
    expect(keyOf('a.docx', Buffer.from('PK\u0003\u0004rest'))).toBe('docx');
    expect(keyOf('a.txt', Buffer.from('总结'))).toBe('txt');
    expect(keyOf('a.md', Buffer.from('# 总结'))).toBe('md');
    expect(keyOf('a.markdown', Buffer.from('# 总结'))).toBe('md');
  });

  it('refuses a renamed PDF, Windows program, Linux program and an old .doc, whatever the name', () => {
    expect(keyOf('draft.docx', Buffer.from('%PDF-1.7\n'))).toBe('documents.import.pdf');
    expect(keyOf('draft.txt', Buffer.from('MZ\u0090\u0000'))).toBe('documents.import.executable');
    expect(keyOf('draft.md', Buffer.from('\u007fELF\u0002'))).toBe('documents.import.executable');
    expect(keyOf('draft.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('documents.import.legacyDoc');
  });

  it('refuses a .docx that is not a ZIP, and a .txt that is binary or a ZIP', () => {
    expect(keyOf('draft.docx', Buffer.from('just text'))).toBe('documents.import.notDocx');
    expect(keyOf('draft.txt', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x01]))).toBe('documents.import.notText');
    expect(keyOf('draft.txt', Buffer.from('PK\u0003\u0004'))).toBe('documents.import.notText');
  });

  it('accepts UTF-16 text with its BOM even though it holds NUL bytes', () => {
    expect(keyOf('draft.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe('txt');
  });

  it('refuses an empty file and other extensions', () => {
    expect(keyOf('draft.txt', new Uint8Array())).toBe('documents.import.empty');
    expect(keyOf('draft.rtf', Buffer.from('{\\rtf1'))).toBe('documents.import.unsupportedExtension');
    expect(keyOf('draft', Buffer.from('x'))).toBe('documents.import.unsupportedExtension');
  });
});
