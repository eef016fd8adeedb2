// Survives the editor's unmount within one page session: a save still in flight (the next editor must
// wait for it, or it would start from a stale revision) and a draft that could not be saved yet.
import type { ProfileInput } from '../../../shared/profile/schema';

export const pendingSaves = new Map<string, Promise<void>>();
export const unsavedDrafts = new Map<string, { draft: ProfileInput; baseRevision: number }>();
