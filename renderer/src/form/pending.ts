// Survives the form editor's unmount within one page session, as for the profile: a save still in flight
// (the next editor waits for it, or it would start from a stale revision) and a draft not yet valid.
import type { AssessmentFormInput } from '../../../shared/form/schema';

export const pendingFormSaves = new Map<string, Promise<void>>();
export const unsavedFormDrafts = new Map<string, { draft: AssessmentFormInput; baseRevision: number }>();
