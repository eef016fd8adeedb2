// Handing the English out and taking the Chinese back over the real backend (the parser process included):
// the .docx hand-out holds one row per block still to translate or check, each with its id; the file edited
// as Word would edit it (Chinese typed into the cells, a row moved, a cell left empty) comes back matched by
// id alone; the plain-text hand-out does the same; the review copy is marked as not for submission.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';
import { blockState } from '../../shared/summary/bilingual';
import { type Block, type SummaryDocument, documentSchema } from '../../shared/summary/document';
import { takeBack } from '../../shared/summary/handout';
import { makeTempDir } from '../support/tempDir';
import { editInWord } from '../support/wordEdits';
import { value } from '../support/result';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let applicantId: string;
const programmeId = 'shanghai-c-r3';

const EN = ['Projects I led', 'I led the signalling upgrade of Line 9.', 'The upgrade cut the headway to 2 minutes.', 'I trained twelve engineers.'];
const document: SummaryDocument = documentSchema.parse({
  format: 1,
  writeFromEnglish: true,
  blocks: [
    { type: 'heading', id: 'projects', text: '', english: EN[0] },
    { type: 'paragraph', id: 'b-1', text: '', marks: [], english: EN[1] },
    { type: 'paragraph', id: 'b-2', text: '', marks: [], english: EN[2] },
    { type: 'listItem', id: 'b-3', list: 'bullet', text: '', marks: [], english: EN[3] },
    { type: 'paragraph', id: 'b-4', text: '本段只有中文。', marks: [] },
  ],
});

beforeAll(async () => {
  dir = makeTempDir('titleprep-translation-');
  backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => new Date('2026-12-01T02:00:00Z') });
  applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '李明', nameLatin: 'LI Ming' })).id;
});
afterAll(() => {
  backend.close();
  dir.remove();
});

const exportHandout = async (format: 'docx' | 'txt', blocks: Block[] = document.blocks) =>
  value<ReplyOf<'documents.exportHandout'>>(await backend.invoke('documents.exportHandout', { applicantId, programmeId, document: { ...document, blocks }, format }));
const importHandout = async (fileName: string, bytes: Buffer | Uint8Array) =>
  value<ReplyOf<'documents.importHandout'>>(await backend.invoke('documents.importHandout', { fileName, contentBase64: Buffer.from(bytes).toString('base64') }));

/** The blocks after applying the take-back, as the editor does. */
function applied(blocks: Block[], updates: ReturnType<typeof takeBack>['updates']): Block[] {
  const byId = new Map(updates.map((update) => [update.id, update]));
  return blocks.map((block) => {
    const update = block.id === undefined ? undefined : byId.get(block.id);
    return update ? ({ ...block, text: update.text, ...(block.type === 'heading' ? {} : { marks: [] }), writtenAgainst: update.writtenAgainst } as Block) : block;
  });
}

const TRANSLATION: Record<string, string> = {
  [EN[0]!]: '主持的项目',
  [EN[1]!]: '本人主持了9号线信号系统改造。',
  [EN[2]!]: '', // the translator left this cell empty
  [EN[3]!]: '培训了十二名工程师。',
};

describe('the .docx hand-out', () => {
  it('holds one row per block still to translate, with its id, its English and an empty Chinese cell', async () => {
    const handout = await exportHandout('docx');
    expect(handout.rows).toBe(4);
    expect(handout.fileName).toMatch(/^待翻译的英文_李明_2026-12-01\.docx$/);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(handout.contentBase64, 'base64') });
    for (const english of EN) expect(text).toContain(english);
    expect(text).not.toContain('本段只有中文');
    expect(text.match(/#[0-9a-f]{8}-[0-9a-f]{8}/g)).toHaveLength(4);
  });

  it('taken back after Word: a row moved still finds its block by id, an emptied cell is reported, nothing else changes', async () => {
    const handout = Buffer.from((await exportHandout('docx')).contentBase64, 'base64');
    // The last row moved to the top, as a user dragging rows in Word.
    const edited = editInWord(handout, (english) => TRANSLATION[english] ?? '', (rows) => [rows[3]!, ...rows.slice(0, 3)]);
    expect(Buffer.from(edited).equals(handout)).toBe(false);
    const returned = await importHandout('待翻译的英文_译好.docx', edited);
    expect(returned.format).toBe('docx');
    expect(returned.rows).toHaveLength(4);
    const { updates, report } = takeBack(document.blocks, returned.rows);
    expect(report.matched).toEqual([1, 2, 4]);
    expect(report.unfit).toEqual([{ position: 4, reason: 'empty', sample: 'The upgrade cut the headway to…' }]);
    expect(report.left).toEqual([3]);
    const blocks = applied(document.blocks, updates);
    expect(blocks.map((block) => block.text)).toEqual(['主持的项目', '本人主持了9号线信号系统改造。', '', '培训了十二名工程师。', '本段只有中文。']);
    expect(blocks.map(blockState)).toEqual(['translated', 'translated', 'english-only', 'translated', 'chinese-only']);
  });

  it('a block whose English changed after the hand-out comes back stale, with the English it was translated from', async () => {
    const handout = Buffer.from((await exportHandout('docx')).contentBase64, 'base64');
    const edited = editInWord(handout, (english) => TRANSLATION[english] || '译文', (rows) => rows);
    const changed = document.blocks.map((block) => (block.id === 'b-1' ? { ...block, english: 'I led the signalling upgrade of Lines 9 and 10.' } : block));
    const { updates } = takeBack(changed, (await importHandout('back.docx', edited)).rows);
    const blocks = applied(changed, updates);
    expect(blockState(blocks[1]!)).toBe('stale');
    expect(blocks[1]!.writtenAgainst).toBe(EN[1]);
    expect(blockState(blocks[3]!)).toBe('translated');
  });

  it('a row whose id is not of this summary, or was deleted, fits no block and is reported', async () => {
    const handout = Buffer.from((await exportHandout('docx')).contentBase64, 'base64');
    const files = unzipSync(new Uint8Array(editInWord(handout, () => '译文', (rows) => rows)));
    const xml = strFromU8(files['word/document.xml']!);
    const ids = xml.match(/#[0-9a-f]{8}-[0-9a-f]{8}/g)!;
    files['word/document.xml'] = strToU8(xml.replace(ids[0]!, '#00000000-00000000').replace(ids[1]!, ''));
    const { report } = takeBack(document.blocks, (await importHandout('back.docx', zipSync(files))).rows);
    expect(report.unfit.map((row) => row.reason)).toEqual(['unknown-id', 'no-id']);
    expect(report.matched).toEqual([3, 4]);
  });

  it.skipIf(!existsSync('/usr/bin/soffice'))('survives a round trip through LibreOffice (re-saved as .docx)', async () => {
    const handout = Buffer.from((await exportHandout('docx')).contentBase64, 'base64');
    const source = join(dir.path, 'handout.docx');
    writeFileSync(source, editInWord(handout, (english) => TRANSLATION[english] || '译文', (rows) => rows.reverse()));
    const out = join(dir.path, 'resaved');
    execFileSync('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, source], { stdio: 'ignore', timeout: 120_000 });
    const { report } = takeBack(document.blocks, (await importHandout('handout.docx', await import('node:fs').then((fs) => fs.readFileSync(join(out, 'handout.docx'))))).rows);
    expect(report.matched).toEqual([1, 2, 3, 4]);
  }, 150_000);
});

describe('the plain-text hand-out', () => {
  it('has an id line, EN and ZH per block, and comes back matched by id (Chinese over several lines joined)', async () => {
    const handout = await exportHandout('txt');
    const text = Buffer.from(handout.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF//')).toBe(true);
    expect(text).toContain(`EN: ${EN[1]}`);
    const filled = text
      .replace(/(EN: I led the signalling[^\r\n]*\r\nZH: )/, '$1本人主持了\r\n9号线信号系统改造。')
      .replace(/(EN: I trained[^\r\n]*\r\nZH: )/, '$1培训了十二名工程师。');
    const returned = await importHandout('back.txt', Buffer.from(filled, 'utf8'));
    const { updates, report } = takeBack(document.blocks, returned.rows);
    expect(report.matched).toEqual([2, 4]);
    expect(report.left).toEqual([1, 3]);
    expect(updates.find((update) => update.id === 'b-1')).toEqual({ id: 'b-1', text: '本人主持了9号线信号系统改造。', writtenAgainst: EN[1] });
  });

  it('a file that is neither .docx nor .txt is refused', async () => {
    const refused = await backend.invoke('documents.importHandout', { fileName: 'back.pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('nothing to hand out is refused with a reason', async () => {
    const done = document.blocks.map((block) => ({ ...block, text: block.text || '译', writtenAgainst: block.english }));
    expect(await backend.invoke('documents.exportHandout', { applicantId, programmeId, document: { ...document, blocks: done }, format: 'txt' })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ key: 'bilingual.bar.nothingToHandOut' }] },
    });
  });
});

describe('the review copy', () => {
  it.skipIf(!existsSync('/usr/bin/pdftotext'))('the PDF has both sides per block and says it is for checking, not for submission', async () => {
    const blocks = applied(document.blocks, [{ id: 'b-1', text: '本人主持了9号线信号系统改造。', writtenAgainst: 'I led it.' }]);
    const reply = value<ReplyOf<'documents.exportReviewCopy'>>(await backend.invoke('documents.exportReviewCopy', { applicantId, programmeId, document: { ...document, blocks }, format: 'pdf' }));
    const path = join(dir.path, 'review.pdf');
    writeFileSync(path, Buffer.from(reply.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    expect(text).toContain('供核对，不作申报材料 / for checking, not for submission');
    expect(text).toContain('I led the signalling upgrade of Line 9.');
    expect(text.replace(/\s+/g, '')).toContain('本人主持了9号线信号系统改造。');
    expect(text.replace(/\s+/g, '')).toContain('英文在中文写成后有修改');
  });

  it('the .docx has both sides and the mark', async () => {
    const reply = value<ReplyOf<'documents.exportReviewCopy'>>(await backend.invoke('documents.exportReviewCopy', { applicantId, programmeId, document, format: 'docx' }));
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(reply.contentBase64, 'base64') });
    expect(text).toContain('I trained twelve engineers.');
    expect(text).toContain('本段只有中文。');
    const files = unzipSync(new Uint8Array(Buffer.from(reply.contentBase64, 'base64')));
    const headers = Object.keys(files).filter((name) => /word\/header\d*\.xml/.test(name)).map((name) => strFromU8(files[name]!));
    expect(headers.join('')).toContain('供核对，不作申报材料 / for checking, not for submission');
  });
});
