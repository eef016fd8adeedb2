// A refused import: the i18n key (shared/i18n/documents.ts) and its parameters, and an English sentence for
// logs. Thrown inside the import and turned into a `validation` reply by the handler; never a crash.
import type { DocumentsKey } from '../../../../shared/i18n/documents';

export class ImportRefusal extends Error {
  constructor(
    readonly key: DocumentsKey,
    message: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'ImportRefusal';
  }
}

export const MEGABYTE = 1_000_000;
