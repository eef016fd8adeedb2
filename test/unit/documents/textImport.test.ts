// Plain-text drafts in the encodings Chinese users actually have: UTF-8 (with or without BOM), GB18030/GBK,
// and Notepad's UTF-16; anything else is refused rather than shown as mojibake.
import { describe, expect, it } from 'vitest';
import { importSummary } from '../../../electron/backend/documents/import';
import { decodeText } from '../../../electron/backend/documents/import/textFile';

const GBK_ZHANG_WEI = Buffer.from([0xd5, 0xc5, 0xce, 0xb0]); // 张伟 in GBK
const gbk = (parts: (string | Buffer)[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part)));

describe('decoding a text file', () => {
  it('reads UTF-8 with and without a BOM, without a warning', () => {
    expect(decodeText(Buffer.from('张伟 Zhang'))).toEqual({ text: '张伟 Zhang' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('张伟')]))).toEqual({ text: '张伟' });
  });

  it('reads GBK (as GB18030) when the bytes are not UTF-8, and says so', () => {
    expect(decodeText(GBK_ZHANG_WEI)).toEqual({ text: '张伟', encoding: 'GB18030 (GBK)' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('总结', 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(le).text).toBe('总结');
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe('总结');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(() => decodeText(Buffer.from([0x81, 0x20, 0xff, 0xff]))).toThrow(expect.objectContaining({ key: 'documents.import.undecodable' }));
  });
});

describe('importing a .txt draft', () => {
  it('a GBK file: one paragraph per line, "一、" lines become sections, the encoding is reported', async () => {
    const file = gbk([Buffer.from([0xd2, 0xbb, 0xa1, 0xa2]), Buffer.from([0xb8, 0xc5, 0xca, 0xf6]), '\r\n', Buffer.from([0xa1, 0xa1, 0xa1, 0xa1]), GBK_ZHANG_WEI, '\r\n\r\n']);
    const result = await importSummary('总结.txt', file);
    expect(result.document.blocks).toEqual([
      { type: 'heading', id: 'import-1', text: '一、概述' },
      { type: 'paragraph', text: '张伟', marks: [] }, // the full-width indent is the export's job now
    ]);
    expect(result.warnings).toEqual([
      { key: 'documents.import.warning.encoding', params: { encoding: 'GB18030 (GBK)' } },
      { key: 'documents.import.warning.headingsGuessed', params: { count: 1 } },
    ]);
  });

  it('control characters go and the user is told how many', async () => {
    const result = await importSummary('a.txt', Buffer.from('正文\u0007内容\u000cOK'));
    expect(result.document.blocks).toEqual([{ type: 'paragraph', text: '正文内容OK', marks: [] }]);
    expect(result.warnings).toContainEqual({ key: 'documents.import.warning.brokenText', params: { count: 2 } });
  });

  it('a file of blank lines is refused as empty', async () => {
    await expect(importSummary('a.txt', Buffer.from(' \r\n\u3000\n'))).rejects.toMatchObject({ key: 'documents.import.empty' });
  });
});
