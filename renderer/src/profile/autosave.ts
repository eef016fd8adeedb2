// Autosave of one applicant's profile: the generic revision saver (renderer/src/revisionSaver.ts, shared
// with the work summary) bound to profile.save. Its rules: a save ≤ 400 ms after the last edit or at once
// on flush; never two in flight; a stale revision is a conflict; an invalid profile is not sent.
import type { ReplyOf, RequestOf } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/result';
import type { ProfileInput } from '../../../shared/profile/schema';
import { type CallOptions, call } from '../api';
import { RevisionSaver, type SaveState } from '../revisionSaver';

export type { SaveState } from '../revisionSaver';

export const AUTOSAVE_DELAY_MS = 400;

type Send = (request: RequestOf<'profile.save'>, options?: CallOptions) => Promise<Result<ReplyOf<'profile.save'>>>;

export interface SaverOptions {
  applicantId: string;
  revision: number;
  saved: ProfileInput;
  /** Number of fields that fail validation; 0 when the profile may be sent. */
  countInvalid(profile: ProfileInput): number;
  /** The valid fields of an invalid profile, saved at once (see savableDraft.ts). */
  savable?(profile: ProfileInput, saved: ProfileInput): ProfileInput | null;
  onState(state: SaveState): void;
  onConflict(): void;
  send?: Send;
  delayMs?: number;
}

export class ProfileSaver {
  private readonly saver: RevisionSaver<ProfileInput>;

  constructor(options: SaverOptions) {
    const send: Send = options.send ?? ((request, callOptions) => call('profile.save', request, callOptions));
    this.saver = new RevisionSaver<ProfileInput>({
      revision: options.revision,
      saved: options.saved,
      countInvalid: options.countInvalid,
      ...(options.savable ? { savable: options.savable } : {}),
      onState: options.onState,
      onConflict: options.onConflict,
      delayMs: options.delayMs ?? AUTOSAVE_DELAY_MS,
      send: async (profile, baseRevision, callOptions) => {
        const result = await send({ applicantId: options.applicantId, profile, baseRevision }, callOptions);
        return result.ok ? { ok: true, value: { revision: result.value.revision, savedAt: result.value.updatedAt } } : result;
      },
    });
  }

  edit(profile: ProfileInput): void {
    this.saver.edit(() => profile);
  }

  get dirty(): boolean {
    return this.saver.dirty;
  }

  flush(): Promise<void> {
    return this.saver.flush();
  }

  flushOnUnload(): void {
    this.saver.flushOnUnload();
  }

  stop(): void {
    this.saver.stop();
  }

  idle(): Promise<void> {
    return this.saver.idle();
  }
}
