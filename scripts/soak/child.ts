// The soak's saver: opens the real backend on a data folder and saves without pause (applicants, profiles,
// summaries, named snapshots, scans uploaded in chunks and now and then deleted) until it is killed. After each reply it writes the acknowledgement as one
// JSON line to stdout with a synchronous write, so a line the parent has read is a save the backend
// confirmed. On start it reads back where the previous (killed) run left each record and goes on from there.
//
// Run by scripts/soak/run.ts: `tsx scripts/soak/child.ts --data DIR --seed N --max-seconds S`.
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openBackend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import { emptyApplication } from '../../shared/application/schema';
import { emptyProfile, newWorkPeriod } from '../../shared/profile/defaults';
import { chunkSizeFor, uploadScan } from './attachments';
import { type Ack, READY_LINE, SOAK_PROGRAMME_ID, profileMarker, summaryMarker } from './ledger';
import { randomSource } from './random';
import { randomScan } from './scans';

const MAX_APPLICANTS = 6;

/** Sentences the summaries are made of: repeated paragraphs exercise the snapshots' shared block store. */
const SENTENCES = [
  '本人主持了城市轨道交通信号系统的改造，完成了联锁逻辑的重新设计。',
  '在项目中负责需求分析、方案评审与现场调试，累计解决技术问题四十余项。',
  'Led the migration of the billing platform to a fault-tolerant cluster.',
  '撰写企业标准两项，参与编写行业技术规范一项。',
  '指导初级工程师五名，其中三名已取得中级职称。',
  '获得发明专利一项、实用新型专利两项。',
  'Reduced the nightly batch from 6 hours to 40 minutes.',
  '负责质量体系的内部审核，提出改进建议十二条并全部落实。',
];

interface Known {
  profileRevision: number;
  summaryRevision: number;
  /** Uploads need a programme: its limits decide the size and types accepted. */
  programmeSet: boolean;
  /** Attachments not deleted, the candidates for a delete. */
  attachments: string[];
}

function emit(ack: Ack | typeof READY_LINE): void {
  // Synchronous: the line is in the pipe before the next save starts, and never lost in a buffer at the kill.
  writeSync(1, `${typeof ack === 'string' ? ack : JSON.stringify(ack)}\n`);
}

function expectOk<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, seed: { type: 'string', default: '1' }, 'max-seconds': { type: 'string', default: '60' } } });
  if (!values.data) throw new Error('--data is required');
  const random = randomSource(Number(values.seed));
  // A safety net should the parent vanish without killing us (a closed pipe also ends us, at the next write).
  const deadline = Date.now() + Number(values['max-seconds']) * 1000;
  const backend = openBackend({ dataDirectory: values.data, transport: 'browser', appVersion: 'soak', log: () => undefined });

  const known = new Map<string, Known>();
  for (const applicant of expectOk<ReplyOf<'applicants.list'>>(await backend.invoke('applicants.list', {}), 'applicants.list')) {
    const profile = expectOk<ReplyOf<'profile.get'>>(await backend.invoke('profile.get', { applicantId: applicant.id }), 'profile.get');
    const summary = expectOk<ReplyOf<'summary.get'>>(await backend.invoke('summary.get', { applicantId: applicant.id, programmeId: SOAK_PROGRAMME_ID }), 'summary.get');
    const application = expectOk<ReplyOf<'application.get'>>(await backend.invoke('application.get', { applicantId: applicant.id }), 'application.get');
    const listed = expectOk<ReplyOf<'attachments.list'>>(await backend.invoke('attachments.list', { applicantId: applicant.id }), 'attachments.list');
    known.set(applicant.id, {
      profileRevision: profile.revision,
      summaryRevision: summary.revision,
      programmeSet: application.programmeId === SOAK_PROGRAMME_ID,
      attachments: listed.attachments.map((attachment) => attachment.id),
    });
  }
  // The app starts its parser process with the window; here a first, tiny file waits for it, so that the
  // kills land on saves and uploads rather than on the parser process's start.
  expectOk(await backend.invoke('documents.importSummary', { fileName: 'warm.txt', contentBase64: Buffer.from('warm').toString('base64') }), 'documents.importSummary');
  emit(READY_LINE);

  let snapshotCount = 0;
  let scanCount = 0;
  async function uploadTo(applicantId: string, state: Known): Promise<void> {
    if (!state.programmeSet) {
      const application = { ...emptyApplication(), programmeId: SOAK_PROGRAMME_ID };
      expectOk(await backend.invoke('application.save', { applicantId, application }), 'application.save');
      state.programmeSet = true;
    }
    scanCount += 1;
    const scan = await randomScan(random, `soak-${values.seed}-${scanCount}`);
    const finished = await uploadScan(backend, applicantId, scan, chunkSizeFor(random, scan.bytes.length));
    const { id, sha256, bytes } = finished.attachment;
    state.attachments.push(id);
    emit({ kind: 'attachment', applicantId, attachmentId: id, sha256, bytes });
  }

  async function deleteFrom(applicantId: string, state: Known): Promise<void> {
    const attachmentId = random.pick(state.attachments);
    // Announced first: a kill after the backend deleted it and before the reply leaves it gone, unacknowledged.
    emit({ kind: 'attachmentDeleting', applicantId, attachmentId });
    expectOk(await backend.invoke('attachments.delete', { attachmentId }), 'attachments.delete');
    state.attachments = state.attachments.filter((id) => id !== attachmentId);
    emit({ kind: 'attachmentDeleted', applicantId, attachmentId });
  }

  async function step(): Promise<void> {
    const ids = [...known.keys()];
    if (ids.length === 0 || (ids.length < MAX_APPLICANTS && random.next() < 0.03)) {
      const created = expectOk<ReplyOf<'applicants.create'>>(await backend.invoke('applicants.create', { nameZh: `压测${ids.length + 1}`, nameLatin: '' }), 'applicants.create');
      known.set(created.id, { profileRevision: 0, summaryRevision: 0, programmeSet: false, attachments: [] });
      emit({ kind: 'applicant', applicantId: created.id });
      return;
    }
    const applicantId = random.pick(ids);
    const state = known.get(applicantId) as Known;
    const choice = random.next();
    if (choice < 0.36) {
      const marker = profileMarker(state.profileRevision + 1);
      const profile = emptyProfile();
      profile.person.nameZh = '压测';
      profile.person.department = marker;
      profile.workPeriods = Array.from({ length: random.integer(0, 3) }, () => ({ ...newWorkPeriod(randomUUID()), employer: random.pick(SENTENCES).slice(0, 20) }));
      const reply = await backend.invoke('profile.save', { applicantId, profile, baseRevision: state.profileRevision });
      const saved = expectOk<ReplyOf<'profile.save'>>(reply, 'profile.save');
      state.profileRevision = saved.revision;
      emit({ kind: 'profile', applicantId, revision: saved.revision, marker });
    } else if (choice < 0.72 || state.summaryRevision === 0) {
      const marker = summaryMarker(applicantId, state.summaryRevision + 1);
      const paragraphs = Array.from({ length: random.integer(2, 30) }, () => random.pick(SENTENCES));
      const document = {
        format: 1,
        blocks: [
          { type: 'heading', id: 'projects', text: '主持的重大项目' },
          { type: 'paragraph', text: marker, marks: [] },
          ...paragraphs.map((text) => ({ type: 'paragraph', text, marks: [] })),
        ],
      };
      const reply = await backend.invoke('summary.save', { applicantId, programmeId: SOAK_PROGRAMME_ID, document, baseRevision: state.summaryRevision });
      const saved = expectOk<ReplyOf<'summary.save'>>(reply, 'summary.save');
      state.summaryRevision = saved.revision;
      emit({ kind: 'summary', applicantId, revision: saved.revision, marker });
    } else if (choice < 0.8) {
      snapshotCount += 1;
      const name = `soak ${values.seed}-${snapshotCount}`;
      const reply = await backend.invoke('summary.snapshots.create', { applicantId, programmeId: SOAK_PROGRAMME_ID, name });
      const snapshot = expectOk<ReplyOf<'summary.snapshots.create'>>(reply, 'summary.snapshots.create');
      emit({ kind: 'snapshot', applicantId, snapshotId: snapshot.id, name, revision: snapshot.revision });
    } else if (choice < 0.95 || state.attachments.length === 0) {
      await uploadTo(applicantId, state);
    } else {
      await deleteFrom(applicantId, state);
    }
  }

  while (Date.now() < deadline) await step();
  backend.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
