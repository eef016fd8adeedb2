import type { Database } from 'better-sqlite3';
import { contract, isChannel } from '../../shared/contract/channels';
import { describeIssues, toFieldIssues } from '../../shared/contract/issues';
import { type Result, fail } from '../../shared/contract/result';
import { StaleRevisionError, createApplicantRepository } from './applicants/repository';
import { DatabaseNewerError } from './database/migrate';
import { databasePath } from './database/open';
import { LATEST_SCHEMA_VERSION } from './database/migrations';
import type { HandlerContext } from './handlerContext';
import { handlers } from './handlers';
import { createSettingsRepository } from './settings/repository';
import { createProgrammeRepository } from './programmes/repository';
import { createSummaryRepository } from './summary/repository';
import { createFormRepository } from './form/repository';
import { createTrackerRepository } from './tracker/repository';
import { createHandoverService } from './handover/service';
import { createHandoverTransfers } from './handover/transfers';
import { type FontFiles, bundledFontFiles } from './documents/fonts';
import { type BackupOptions, openWithBackups } from './backups/openWithBackups';
import { scheduleDocumentWarmUp } from './documents/warmUp';
import { diskFullFailure } from './backups/handlers';
import { createMaterialsRepository } from './materials/repository';
import { createReviewRepository } from './review/repository';
import { createAttachmentRepository } from './attachments/repository';
import { createAttachmentService } from './attachments/service';
import { securePrivateFolder } from './privateFiles';
import { sharedNodeParserProcess } from './untrusted/nodeLauncher';
import { type ParserLimits, createParserProcess } from './untrusted/parserProcess';
import type { ParserLauncher } from './untrusted/protocol';
import { createUntrustedReaders } from './untrusted/readers';

export interface BackendOptions {
  /** Folder holding titleprep.sqlite3 (and later backups and attachments); created if missing. */
  dataDirectory: string;
  transport: 'electron' | 'browser';
  appVersion: string;
  /** Injected clock, for tests. */
  now?: () => Date;
  /** Where unexpected errors are reported; defaults to console.error. */
  log?: (message: string, error: unknown) => void;
  /** The PDF font files; by default the installed font package's (tests point elsewhere). */
  fontFiles?: FontFiles;
  /** Backups' injections, for tests: the snapshot writer (a full disk) and the daily timer. */
  backups?: BackupOptions;
  /** Opens a file in the system's viewer, answering '' or what went wrong (Electron's shell.openPath). */
  openFile?: (path: string) => Promise<string>;
  /** Starts the parser process (Electron's utilityProcess in the app); a Node child process by default. */
  parserLauncher?: ParserLauncher;
  /** The parser process's limits (tests make them small). */
  parserLimits?: ParserLimits;
  /** Start the parser process at once rather than at the first file (the app and browser mode do). */
  warmParser?: boolean;
  /** Prepare the .docx exporter in the background soon after start (the app and browser mode; tests leave it off). */
  warmUp?: boolean;
}

export interface Backend {
  /** Validates the channel and the payload, runs the handler; never throws. */
  invoke(channel: unknown, payload: unknown): Promise<Result<unknown>>;
  close(): void;
}

export class BackendOpenError extends Error {
  constructor(
    readonly code: 'database-newer' | 'database-unreadable',
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'BackendOpenError';
  }
}

function open<T>(file: string, opening: () => T): T {
  try {
    return opening();
  } catch (error) {
    if (error instanceof DatabaseNewerError) throw new BackendOpenError('database-newer', error.message, { cause: error });
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackendOpenError('database-unreadable', `The data file ${file} could not be opened: ${reason}`, { cause: error });
  }
}

/** SQLite's primary-key violation: a row id the client made up collides with an existing row. */
function isDuplicateRowId(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function openBackend(options: BackendOptions): Backend {
  const file = databasePath(options.dataDirectory);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(message, error));
  // The user's alone: the folder 0700, what is in it 0600 (new files follow the entry point's umask 077).
  open(file, () => securePrivateFolder(options.dataDirectory));
  // The integrity check (a damaged file moved aside), the backups at start and before a migration, the daily timer.
  const data = open(file, () => openWithBackups({ dataDirectory: options.dataDirectory, now, log, backups: options.backups }));
  // Hand-over packages on their way in and out: like the attachments' uploads, they outlive a restore.
  const handoverTransfers = createHandoverTransfers({ dataDirectory: options.dataDirectory, clock: () => now().getTime() });
  // Every reader of an outside file runs in this separate process, started at the first file and kept warm.
  // Without a launcher of its own (browser mode, tests), backends in one Node process share one.
  const parser = options.parserLauncher ? createParserProcess(options.parserLauncher, options.parserLimits) : sharedNodeParserProcess(options.parserLimits);
  const untrusted = createUntrustedReaders(parser);
  if (options.warmParser) parser.warm();
  // Everything bound to the connection: built again when a restore puts a new connection in its place.
  const repositories = (db: Database): Omit<HandlerContext, 'backups' | 'attachments' | 'untrusted' | 'now' | 'fonts' | 'info'> => ({
    applicants: createApplicantRepository(db),
    settings: createSettingsRepository(db),
    programmes: createProgrammeRepository(db),
    summaries: createSummaryRepository(db),
    forms: createFormRepository(db),
    materials: createMaterialsRepository(db),
    reviews: createReviewRepository(db),
    attachmentRows: createAttachmentRepository(db),
    tracker: createTrackerRepository(db),
    handover: createHandoverService(db, handoverTransfers, untrusted.packages),
  });
  const attachments = createAttachmentService({ dataDirectory: options.dataDirectory, clock: () => now().getTime(), openFile: options.openFile });
  const context: HandlerContext = {
    ...repositories(data.database()),
    backups: data.backups,
    attachments,
    untrusted,
    now: () => now().toISOString(),
    fonts: () => options.fontFiles ?? bundledFontFiles(),
    info: {
      name: 'TitlePrep',
      version: options.appVersion,
      schemaVersion: LATEST_SCHEMA_VERSION,
      dataDirectory: options.dataDirectory,
      transport: options.transport,
    },
  };
  data.onReopen((db) => Object.assign(context, repositories(db)));
  try {
    attachments.housekeeping(context.attachmentRows, () => data.backups.attachmentHashes());
  } catch (error) {
    log('TitlePrep backend: attachment housekeeping at start failed', error);
  }
  try {
    handoverTransfers.cleanAtStart();
  } catch (error) {
    log('TitlePrep backend: removing hand-over packages left behind failed', error);
  }

  const warmUp = options.warmUp ? scheduleDocumentWarmUp(log) : null;

  async function dispatch(channel: unknown, payload: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) return fail('unknown-channel', `Unknown channel: ${String(channel).slice(0, 100)}`);
    const parsed = contract[channel].request.safeParse(payload);
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error);
      return fail('validation', `Invalid request for ${channel}: ${describeIssues(issues)}`, issues);
    }
    // The table is typed per channel; indexing it by a union loses the pairing, hence the one cast here.
    const handler = handlers[channel] as (request: unknown, context: HandlerContext) => Result<unknown> | Promise<Result<unknown>>;
    try {
      return await handler(parsed.data, context);
    } catch (error) {
      if (error instanceof StaleRevisionError) return fail('conflict', error.message);
      if (isDuplicateRowId(error)) {
        return fail('validation', 'A row id is already used by another record', [{ path: [], key: 'field.duplicateRow' }]);
      }
      const diskFull = diskFullFailure(error);
      if (diskFull) {
        log(`TitlePrep backend: ${channel} failed: the disk is full`, error);
        return diskFull;
      }
      log(`TitlePrep backend: ${channel} failed`, error);
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  }

  let closed = false;
  return {
    async invoke(channel, payload) {
      if (closed) return fail('internal', 'The backend is closed');
      return dispatch(channel, payload);
    },
    close() {
      if (closed) return;
      closed = true;
      warmUp?.cancel();
      attachments.close();
      untrusted.close();
      handoverTransfers.closeAll();
      data.close();
    },
  };
}
