// documents.importSummary over the real backend: a Word file made with the docx library comes back with its
// headings, lists and marks; hostile files are refused with their own keys; nothing is ever written.
import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';
import { IMPORT_MAX_BYTES } from '../../shared/contract/documentChannels';
import { DOCUMENT_LIMITS } from '../../shared/summary/document';
import { craftZip } from '../unit/documents/zipWriter';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;

beforeEach(() => {
  dir = makeTempDir();
  backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test' });
});
afterEach(() => {
  backend.close();
  dir.remove();
});

type Imported = ReplyOf<'documents.importSummary'>;
const send = (fileName: string, bytes: Buffer) => backend.invoke('documents.importSummary', { fileName, contentBase64: bytes.toString('base64') });
const imported = async (fileName: string, bytes: Buffer) => value<Imported>(await send(fileName, bytes));
const refusedWith = async (fileName: string, bytes: Buffer) => {
  const result = await send(fileName, bytes);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.error.code).toBe('validation');
  return result.error.issues?.[0]?.key;
};

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

async function wordDraft(): Promise<Buffer> {
  const document = new Document({
    numbering: {
      config: [
        { reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
        { reference: 'bullets', levels: [0, 1].map((level) => ({ level, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT })) },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、工作概况')] }),
          new Paragraph({ children: [new TextRun('本人'), new TextRun({ text: '主持', bold: true }), new TextRun('了'), new TextRun({ text: 'CBTC', italics: true }), new TextRun('改造。')] }),
          new Paragraph({ numbering: { reference: 'numbers', level: 0 }, children: [new TextRun('第一项')] }),
          new Paragraph({ numbering: { reference: 'numbers', level: 0 }, children: [new TextRun('第二项')] }),
          new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun('要点')] }),
          new Paragraph({ numbering: { reference: 'bullets', level: 1 }, children: [new TextRun('子要点')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('二、主要业绩')] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })] }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('项目')] }), new TableCell({ children: [new Paragraph('角色')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('CBTC')] }), new TableCell({ children: [new Paragraph('主持')] })] }),
            ],
          }),
          new Paragraph({ children: [new TextRun('第一行'), new TextRun({ text: '第二行', break: 1 })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('importing a Word draft', () => {
  it('keeps headings as sections, lists with kind and level, bold and italic as marks', async () => {
    const result = await imported('草稿.docx', await wordDraft());
    expect(result.format).toBe('docx');
    expect(result.document.blocks).toEqual([
      { type: 'heading', id: 'import-1', text: '一、工作概况' },
      { type: 'paragraph', text: '本人主持了CBTC改造。', marks: [{ type: 'bold', from: 2, to: 4 }, { type: 'italic', from: 5, to: 9 }] },
      { type: 'listItem', list: 'numbered', level: 0, text: '第一项', marks: [] },
      { type: 'listItem', list: 'numbered', level: 0, text: '第二项', marks: [] },
      { type: 'listItem', list: 'bullet', level: 0, text: '要点', marks: [] },
      { type: 'listItem', list: 'bullet', level: 1, text: '子要点', marks: [] },
      { type: 'heading', id: 'import-2', text: '二、主要业绩' },
      { type: 'paragraph', text: '项目｜角色', marks: [] },
      { type: 'paragraph', text: 'CBTC｜主持', marks: [] },
      { type: 'paragraph', text: '第一行', marks: [] },
      { type: 'paragraph', text: '第二行', marks: [] },
    ]);
    expect(result.warnings).toEqual([
      { key: 'documents.import.warning.images', params: { count: 1 } },
      { key: 'documents.import.warning.tables', params: { count: 1 } },
    ]);
  });

  it('guesses "一、…" paragraphs as sections when the file uses no heading style, and says so', async () => {
    const document = new Document({ sections: [{ children: [new Paragraph('一、个人基本情况'), new Paragraph('本人于2015年毕业。'), new Paragraph('二、主要业绩')] }] });
    const result = await imported('plain.docx', await Packer.toBuffer(document));
    expect(result.document.blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'heading']);
    expect(result.warnings).toEqual([{ key: 'documents.import.warning.headingsGuessed', params: { count: 2 } }]);
  });

  it('writes nothing: the saved summary is untouched after an import', async () => {
    const applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
    await imported('草稿.docx', await wordDraft());
    const stored = value<ReplyOf<'summary.get'>>(await backend.invoke('summary.get', { applicantId, programmeId: 'shanghai-c-r3' }));
    expect(stored.revision).toBe(0);
  });
});

describe('importing text and Markdown drafts', () => {
  it('a GBK .txt file is read as GB18030', async () => {
    const gbk = Buffer.from([0xb1, 0xbe, 0xc8, 0xcb, 0xd6, 0xf7, 0xb3, 0xd6, 0x0d, 0x0a]); // 本人主持\r\n
    const result = await imported('总结.txt', gbk);
    expect(result.document.blocks).toEqual([{ type: 'paragraph', text: '本人主持', marks: [] }]);
    expect(result.warnings[0]).toEqual({ key: 'documents.import.warning.encoding', params: { encoding: 'GB18030 (GBK)' } });
  });

  it('a .md file keeps its headings, lists and marks', async () => {
    const result = await imported('draft.md', Buffer.from('# 一、概况\n\n本人**主持**项目。\n\n1. 第一\n2. 第二\n'));
    expect(result.document.blocks).toEqual([
      { type: 'heading', id: 'import-1', text: '一、概况' },
      { type: 'paragraph', text: '本人主持项目。', marks: [{ type: 'bold', from: 2, to: 4 }] },
      { type: 'listItem', list: 'numbered', level: 0, text: '第一', marks: [] },
      { type: 'listItem', list: 'numbered', level: 0, text: '第二', marks: [] },
    ]);
  });
});

describe('hostile and unusable files are refused with a key the UI translates', () => {
  it('a PDF or a program renamed .docx', async () => {
    expect(await refusedWith('summary.docx', Buffer.from('%PDF-1.4\n%âãÏÓ\n'))).toBe('documents.import.pdf');
    expect(await refusedWith('summary.docx', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]))).toBe('documents.import.executable');
  });

  it('a file over the size limit, before anything is read', async () => {
    const big = Buffer.alloc(IMPORT_MAX_BYTES + 3, 0x41);
    expect(await refusedWith('big.txt', big)).toBe('documents.import.fileTooLarge');
  });

  it('a corrupt Word file (truncated)', async () => {
    const docx = await wordDraft();
    expect(await refusedWith('cut.docx', docx.subarray(0, Math.floor(docx.length / 2)))).toBe('documents.import.corruptZip');
  });

  it('a zip bomb: 40 MB of XML in a few KB', async () => {
    const bomb = craftZip([{ name: 'word/document.xml', data: Buffer.alloc(40_000_000, 0x20), deflate: true, declaredSize: 2_000 }]);
    expect(bomb.length).toBeLessThan(IMPORT_MAX_BYTES);
    expect(await refusedWith('bomb.docx', bomb)).toBe('documents.import.zipBomb');
  });

  it('a ZIP whose document.xml is not XML mammoth can read', async () => {
    const zip = craftZip([{ name: 'word/document.xml', data: Buffer.from('<w:document><unclosed'), deflate: true }]);
    expect(await refusedWith('broken.docx', zip)).toBe('documents.import.unreadable');
  });

  it('a document over the model\'s limits: too many paragraphs', async () => {
    const lines = Buffer.from(Array.from({ length: DOCUMENT_LIMITS.maxBlocks + 1 }, (_, index) => `第${index}段`).join('\n'));
    expect(await refusedWith('long.txt', lines)).toBe('documents.import.tooManyBlocks');
  });

  it('bad requests: not base64, no file name', async () => {
    const notBase64 = await backend.invoke('documents.importSummary', { fileName: 'a.txt', contentBase64: '###' });
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ key: 'documents.import.notEncoded' }] } });
    const noName = await backend.invoke('documents.importSummary', { fileName: '', contentBase64: '' });
    expect(noName).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ key: 'documents.import.noFileName' }] } });
  });
});
