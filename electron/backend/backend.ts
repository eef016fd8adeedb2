import type { Database } from 'better-sqlite3';
import { contract, isChannel } from '../../shared/contract/channels';
import { describeIssues, toFieldIssues } from '../../shared/contract/issues';
import { type Result, fail } from '../../shared/contract/result';
import { StaleRevisionError, createApplicantRepository } from './applicants/repository';
import { DatabaseNewerError } from './database/migrate';
import { databasePath, openDatabase } from './database/open';
import { LATEST_SCHEMA_VERSION } from './database/migrations';
import { type HandlerContext, handlers } from './handlers';
import { createSettingsRepository } from './settings/repository';
import { createProgrammeRepository } from './programmes/repository';
import { createSummaryRepository } from './summary/repository';
import { createFormRepository } from './form/repository';
import { type FontFiles, bundledFontFiles } from './documents/fonts';

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

function open(file: string): Database {
  try {
    return openDatabase(file);
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
  const db = open(file);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(message, error));
  const context: HandlerContext = {
    applicants: createApplicantRepository(db),
    settings: createSettingsRepository(db),
    programmes: createProgrammeRepository(db),
    summaries: createSummaryRepository(db),
    forms: createFormRepository(db),
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
      db.close();
    },
  };
}
