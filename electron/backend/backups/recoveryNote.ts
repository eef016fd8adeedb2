// The note that a damaged data file was moved aside, kept in the data folder until the user restores a
// backup or dismisses it: closing the app before deciding must not make the message (and the offer) vanish.
// While it is pending, the backups made before the damage are what the user may want back: the rotation
// keeps every one of them, and the offer is the newest of them, never a backup of the new, empty file.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { RECOVERY_PROBLEMS } from '../../../shared/contract/backupChannels';

const NOTE_FILE_NAME = 'titleprep-recovery.json';

const recoveryNoteSchema = z.object({
  detectedAt: z.string(),
  problem: z.enum(RECOVERY_PROBLEMS),
  movedAside: z.array(z.string()),
});
export type RecoveryNote = z.infer<typeof recoveryNoteSchema>;

function readNote(path: string): RecoveryNote | null {
  try {
    const parsed = recoveryNoteSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface RecoveryState {
  /** The pending note, or null. */
  current(): RecoveryNote | null;
  /** A backup made before the damage, to be kept and offered while the note is pending. */
  isFromBeforeDamage(createdAt: string): boolean;
  /** Keeps the note, in memory at once and on disk when the disk allows (never throws). */
  record(note: RecoveryNote, log: (message: string, error: unknown) => void): void;
  /** Removes the note (our own message, not data); the damaged files it names stay where they are. */
  clear(): void;
}

export function recoveryState(dataDirectory: string): RecoveryState {
  const path = join(dataDirectory, NOTE_FILE_NAME);
  let note = readNote(path);
  return {
    current: () => note,
    isFromBeforeDamage: (createdAt) => note !== null && Date.parse(createdAt) < Date.parse(note.detectedAt),
    record(next, log) {
      note = next;
      try {
        // Written whole under a temporary name, then renamed: a crash leaves the old note or the new one.
        writeFileSync(`${path}.partial`, JSON.stringify(next, null, 2));
        renameSync(`${path}.partial`, path);
      } catch (error) {
        // The damaged file is already aside; the notice still shows for this run.
        log('TitlePrep backend: the recovery note could not be written', error);
      }
    },
    clear() {
      note = null;
      rmSync(path, { force: true });
    },
  };
}
