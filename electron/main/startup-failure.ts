// What the user reads when TitlePrep cannot start: a native dialog in the system's language, naming the
// data folder and the reason, never a silent exit or a bare stack trace.
import type { Language } from '../../shared/contract/channels';
import { type ShellKey, shellText } from '../../shared/i18n/menu';
import { BackendOpenError } from '../backend';

export interface StartupFailureDialog {
  title: string;
  message: string;
}

function messageKey(error: unknown): ShellKey {
  if (error instanceof BackendOpenError) {
    return error.code === 'database-newer' ? 'dialog.databaseNewer.message' : 'dialog.databaseUnreadable.message';
  }
  return 'dialog.unexpected.message';
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // One line, short: the dialog is for people, the full error goes to the log.
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.length > 300 ? `${firstLine.slice(0, 300)}…` : firstLine;
}

export function describeStartupFailure(error: unknown, language: Language, dataFolder: string): StartupFailureDialog {
  return {
    title: shellText(language, 'dialog.startFailed.title'),
    message: `${shellText(language, messageKey(error))}\n\n${shellText(language, 'dialog.details', { folder: dataFolder, reason: reasonOf(error) })}`,
  };
}
