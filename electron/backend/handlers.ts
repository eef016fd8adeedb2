// The contract's implementation: one handler per channel. Handlers receive requests already validated
// against the channel's schema and return a Result (or, for work that is asynchronous by nature, such as
// laying out a document, a promise of one); backend.ts turns exceptions into typed errors.
import { randomUUID } from 'node:crypto';
import type { Channel, ParsedRequestOf, ReplyOf } from '../../shared/contract/channels';
import { type Result, fail, ok } from '../../shared/contract/result';
import type { ApplicantRepository } from './applicants/repository';
import type { SettingsRepository } from './settings/repository';
import type { ProgrammeRepository } from './programmes/repository';
import { programmeHandlers } from './programmes/handlers';
import type { SummaryRepository } from './summary/repository';
import { summaryHandlers } from './summary/handlers';
import { documentHandlers } from './documents/handlers';
import type { FontFiles } from './documents/fonts';
import type { FormRepository } from './form/repository';
import { formHandlers } from './form/handlers';
import { printHandlers } from './print/handlers';
import { backupHandlers } from './backups/handlers';
import type { BackupService } from './backups/service';
import type { TrackerRepository } from './tracker/repository';
import { trackerHandlers } from './tracker/handlers';
import type { MaterialsRepository } from './materials/repository';
import { materialsHandlers } from './materials/handlers';
import type { AttachmentRepository } from './attachments/repository';
import type { AttachmentService } from './attachments/service';
import { attachmentHandlers } from './attachments/handlers';
import { handoverHandlers } from './handover/handlers';
import type { HandoverService } from './handover/service';
import type { ReviewRepository } from './review/repository';
import { reviewHandlers } from './review/handlers';
import type { UntrustedReaders } from './untrusted/readers';

export interface HandlerContext {
  applicants: ApplicantRepository;
  settings: SettingsRepository;
  programmes: ProgrammeRepository;
  summaries: SummaryRepository;
  forms: FormRepository;
  tracker: TrackerRepository;
  materials: MaterialsRepository;
  /** The review's acknowledged warnings. */
  reviews: ReviewRepository;
  attachmentRows: AttachmentRepository;
  /** Attachment files and uploads in progress: like backups, they outlive a change of connection. */
  attachments: AttachmentService;
  /** Backups and recovery: the one part of the context that outlives a restore's change of connection. */
  backups: BackupService;
  /** The hand-over package (export, inspect, import) on the open connection. */
  handover: HandoverService;
  /** Readers of outside files (drafts, PDFs, scans), run in the parser process with a memory cap and a time limit. */
  untrusted: UntrustedReaders;
  now(): string;
  /** The Chinese font files of the PDFs; throws FontMissingError when they are not installed. */
  fonts(): FontFiles;
  info: ReplyOf<'app.info'>;
}

export type Handlers = {
  [C in Channel]: (request: ParsedRequestOf<C>, context: HandlerContext) => Result<ReplyOf<C>> | Promise<Result<ReplyOf<C>>>;
};

const notFound = (id: string) => fail('not-found', `No applicant with id ${id}`);

export const handlers: Handlers = {
  'app.info': (_request, { info }) => ok(info),
  'settings.get': (_request, { settings }) => ok(settings.get()),
  'settings.update': (request, { settings, applicants }) => {
    const id = request.currentApplicantId;
    if (id != null && !applicants.exists(id)) return notFound(id);
    return ok(settings.update(request));
  },
  'applicants.list': (_request, { applicants }) => ok(applicants.list()),
  'applicants.create': (request, { applicants, now }) => ok(applicants.create(randomUUID(), request, now())),
  'applicants.rename': (request, { applicants, now }) => {
    const renamed = applicants.rename(request.id, request, now());
    return renamed ? ok(renamed) : notFound(request.id);
  },
  'applicants.delete': (request, { applicants, settings, now }) => {
    if (!applicants.softDelete(request.id, now())) return notFound(request.id);
    if (settings.get().currentApplicantId === request.id) settings.update({ currentApplicantId: null });
    return ok({ id: request.id });
  },
  'applicants.restore': (request, { applicants, now }) => {
    const restored = applicants.restore(request.id, now());
    return restored ? ok(restored) : notFound(request.id);
  },
  'profile.get': (request, { applicants }) => {
    const stored = applicants.getProfile(request.applicantId);
    return stored ? ok(stored) : notFound(request.applicantId);
  },
  'profile.save': (request, { applicants, now }) => {
    const saved = applicants.saveProfile(request.applicantId, request.profile, request.baseRevision, now());
    return saved ? ok(saved) : notFound(request.applicantId);
  },
  ...programmeHandlers,
  ...summaryHandlers,
  ...documentHandlers,
  ...formHandlers,
  ...printHandlers,
  ...backupHandlers,
  ...trackerHandlers,
  ...materialsHandlers,
  ...attachmentHandlers,
  ...handoverHandlers,
  ...reviewHandlers,
};
