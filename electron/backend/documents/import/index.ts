// Import of a summary draft: the file's bytes → the document model and the warnings to show. Nothing is
// written anywhere: the editor decides whether the result replaces its text. Every refusal is an
// ImportRefusal with an i18n key; an unexpected failure of a reader is reported as "unreadable".
import type { ImportFormat, ImportWarning } from '../../../../shared/contract/documentChannels';
import { IMPORT_MAX_BYTES } from '../../../../shared/contract/documentChannels';
import type { SummaryDocument } from '../../../../shared/summary/document';
import { docxDraft } from './docxFile';
import { type Draft, finishDraft } from './draft';
import { markdownDraft } from './markdown';
import { ImportRefusal, MEGABYTE } from './refusal';
import { detectFormat } from './sniff';
import { decodeText, plainTextDraft } from './textFile';

export { ImportRefusal } from './refusal';

export interface ImportedSummary {
  document: SummaryDocument;
  format: ImportFormat;
  warnings: ImportWarning[];
}

export async function importSummary(fileName: string, bytes: Buffer): Promise<ImportedSummary> {
  if (bytes.length > IMPORT_MAX_BYTES) {
    throw new ImportRefusal('documents.import.fileTooLarge', `${bytes.length} bytes`, { maxMb: IMPORT_MAX_BYTES / MEGABYTE });
  }
  const format = detectFormat(fileName, bytes);
  let draft: Draft;
  switch (format) {
    case 'docx':
      draft = await docxDraft(bytes);
      break;
    case 'txt':
      draft = plainTextDraft(decodeText(bytes));
      break;
    case 'md': {
      const decoded = decodeText(bytes);
      draft = markdownDraft(decoded.text);
      if (decoded.encoding) draft.encoding = decoded.encoding;
      break;
    }
  }
  return { format, ...finishDraft(draft) };
}
