// The shape every channel's handler has, and the context it receives: a module of its own so that the
// feature handlers (which need these types) and handlers.ts (which gathers the features) import one way.
import type { Channel, ParsedRequestOf, ReplyOf } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import type { ApplicantRepository } from './applicants/repository';
import type { SettingsRepository } from './settings/repository';
import type { ProgrammeRepository } from './programmes/repository';
import type { SummaryRepository } from './summary/repository';
import type { FontFiles } from './documents/fonts';
import type { FormRepository } from './form/repository';
import type { BackupService } from './backups/service';
import type { TrackerRepository } from './tracker/repository';
import type { MaterialsRepository } from './materials/repository';
import type { AttachmentRepository } from './attachments/repository';
import type { AttachmentService } from './attachments/service';
import type { HandoverService } from './handover/service';
import type { ReviewRepository } from './review/repository';
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
