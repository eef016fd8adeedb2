// `npm run demo -- --out DIR`: the quickest way to see what TitlePrep produces. A fictional demo applicant is
// created in a temporary database through the contract (backend.invoke, as the app does), then the files
// are fetched from the same channels the app uses and written into DIR, each under a temporary name and
// renamed when complete, so an interrupted run never leaves a half-written file. The database is removed.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Backend, openBackend } from '../../electron/backend/backend';
import type { Channel, ReplyOf, RequestOf } from '../../shared/contract/channels';
import { describeIssues } from '../../shared/contract/issues';
import type { Result } from '../../shared/contract/result';
import { ensureBlockIds, withSources } from '../../shared/summary/bilingual';
import type { SummaryDocument } from '../../shared/summary/document';
import { DEFAULT_VARIANT, DEMO_NAMES, type DemoVariant, demoApplication, demoForm, demoProfile } from './applicant';

export interface DemoFile {
  /** The name in the output folder (packet.pdf, summary.docx, …). */
  name: string;
  path: string;
  bytes: number;
  /** PDF pages; null for .docx. */
  pages: number | null;
}

export interface DemoResult {
  files: DemoFile[];
  applicant: string;
  /** Words (字) of the demo summary, counted like Word. */
  summaryWords: number;
  /** The temporary data folder, removed before the demo returns. */
  dataDirectory: string;
}

export interface DemoOptions {
  outDir: string;
  language?: 'zh' | 'en';
  /** Injected clock: the dates printed in the files (default: now). */
  now?: () => Date;
  /** The programme and the employer kind of the demo applicant (default: Shanghai round 3, an enterprise). */
  variant?: DemoVariant;
  /** Copies of the packet when the programme gives no number (Guangzhou): the user's choice in the app. */
  copies?: number;
}

export class DemoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoError';
  }
}

const here = dirname(fileURLToPath(import.meta.url));

/** Writes to a temporary name in the same folder, then renames: the file appears whole or not at all. */
function writeWhole(path: string, bytes: Buffer): void {
  const partial = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** How the demo talks to the backend: one channel call, its value or a thrown DemoError. */
export type DemoCall = <C extends Channel>(channel: C, payload: RequestOf<C>) => Promise<ReplyOf<C>>;

export function demoCaller(backend: Backend): DemoCall {
  return async (channel, payload) => {
    const result = (await backend.invoke(channel, payload)) as Result<ReplyOf<typeof channel>>;
    if (!result.ok) {
      const issues = result.error.issues ? ` (${describeIssues(result.error.issues)})` : '';
      throw new DemoError(`${channel} failed: ${result.error.message}${issues}`);
    }
    return result.value;
  };
}

/** Creates the demo applicant with a full profile, application, form and summary, as the app's pages would. */
export async function seedDemoApplicant(call: DemoCall, variant: DemoVariant = DEFAULT_VARIANT): Promise<{ applicant: ReplyOf<'applicants.create'>; applicantId: string; summaryWords: number }> {
  const programmeId = variant.programmeId;
  const applicant = await call('applicants.create', DEMO_NAMES);
  const applicantId = applicant.id;
  const profile = await call('profile.get', { applicantId });
  await call('profile.save', { applicantId, profile: demoProfile(variant), baseRevision: profile.revision });
  await call('application.save', { applicantId, application: demoApplication(variant) });
  await call('form.save', { applicantId, form: demoForm(variant), baseRevision: 0 });
  // The summary goes in as a user's draft would: imported from Markdown, then saved.
  const markdown = readFileSync(join(here, 'summary.md'));
  const imported = await call('documents.importSummary', { fileName: 'summary.md', contentBase64: markdown.toString('base64') });
  const saved = await call('summary.get', { applicantId, programmeId });
  await call('summary.save', { applicantId, programmeId, document: imported.document, baseRevision: saved.revision });
  const stored = await call('summary.get', { applicantId, programmeId });
  return { applicant, applicantId, summaryWords: stored.count.all.words };
}

/**
 * The demo summary given its English, block by block (summary-english.txt: one line per block, in order),
 * each recorded as checked against it, and saved written from English.
 */
export async function writeFromEnglish(call: DemoCall, applicantId: string, programmeId: string): Promise<SummaryDocument> {
  const stored = await call('summary.get', { applicantId, programmeId });
  const english = readFileSync(join(here, 'summary-english.txt'), 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const blocks = stored.document.blocks.filter((block) => block.text.trim() !== '');
  if (english.length !== blocks.length) throw new DemoError(`summary-english.txt has ${english.length} lines for ${blocks.length} blocks`);
  const withIds = ensureBlockIds(blocks, (() => {
    let next = 0;
    return () => `b-demo-${++next}`;
  })());
  const document: SummaryDocument = {
    format: stored.document.format,
    writeFromEnglish: true,
    blocks: withIds.map((block, index) => withSources(block, { english: english[index], writtenAgainst: english[index] })),
  };
  await call('summary.save', { applicantId, programmeId, document, baseRevision: stored.revision });
  return document;
}

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const language = options.language ?? 'zh';
  mkdirSync(options.outDir, { recursive: true });
  const dataDirectory = mkdtempSync(join(tmpdir(), 'titleprep-demo-'));
  const backend = openBackend({ dataDirectory, transport: 'browser', appVersion: 'demo', now: options.now, log: () => undefined });
  const call = demoCaller(backend);
  try {
    const variant = options.variant ?? DEFAULT_VARIANT;
    const { applicant, applicantId, summaryWords } = await seedDemoApplicant(call, variant);

    // The summary is written from English (issue 14): each block with the English it says, checked. Every file
    // below is printed from it; all but the review copy show its Chinese alone.
    const bilingual = await writeFromEnglish(call, applicantId, variant.programmeId);
    const document = { applicantId, language };
    const exported = { applicantId, programmeId: variant.programmeId, language };
    const wanted: [string, () => Promise<{ contentBase64: string; pages?: number }>][] = [
      ['packet.pdf', () => call('print.packet', { ...document, onMissing: 'refuse', ...(options.copies ? { copies: options.copies } : {}) })],
      ['summary.docx', () => call('documents.exportSummaryDocx', exported)],
      ['summary.pdf', () => call('documents.exportSummaryPdf', exported)],
      ['form.docx', () => call('print.formDocx', { ...document, onMissing: 'refuse' })],
      ['form-draft.pdf', () => call('print.formDraftPdf', { ...document, onMissing: 'refuse' })],
      ['public-notice.pdf', () => call('print.publicNoticePdf', { ...document, onMissing: 'refuse' })],
      ['public-notice.docx', () => call('print.publicNoticeDocx', { ...document, onMissing: 'refuse' })],
      ['notice-record.pdf', () => call('print.noticeRecordPdf', { ...document, onMissing: 'refuse' })],
      ['notice-record.docx', () => call('print.noticeRecordDocx', { ...document, onMissing: 'refuse' })],
    ];
    const files: DemoFile[] = [];
    for (const [name, fetch] of wanted) {
      const reply = await fetch();
      const bytes = Buffer.from(reply.contentBase64, 'base64');
      const path = join(options.outDir, name);
      writeWhole(path, bytes);
      files.push({ name, path, bytes: bytes.length, pages: reply.pages ?? null });
    }
    // The review copy a colleague would check the translation with.
    const review = await call('documents.exportReviewCopy', { applicantId, programmeId: variant.programmeId, document: bilingual, format: 'pdf', language });
    const reviewBytes = Buffer.from(review.contentBase64, 'base64');
    const reviewPath = join(options.outDir, 'summary-bilingual.pdf');
    writeWhole(reviewPath, reviewBytes);
    files.push({ name: 'summary-bilingual.pdf', path: reviewPath, bytes: reviewBytes.length, pages: review.pages ?? null });
    // The deadlines as a calendar file, exactly what the tracker's export gives a user.
    const ics = await call('tracker.ics', { applicantId, language });
    const icsBytes = Buffer.from(ics.content, 'utf8');
    const icsPath = join(options.outDir, 'deadlines.ics');
    writeWhole(icsPath, icsBytes);
    files.push({ name: 'deadlines.ics', path: icsPath, bytes: icsBytes.length, pages: null });
    return { files, applicant: applicant.nameZh, summaryWords, dataDirectory };
  } finally {
    backend.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}
