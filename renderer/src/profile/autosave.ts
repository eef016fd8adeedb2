// Autosave of one applicant's profile, free of React so its ordering rules are plain to read:
// - a save starts ≤ 500 ms after the last edit, or at once on flush (blur, leaving the page);
// - never two saves in flight: edits made meanwhile go in the next save, which names the revision
//   the previous reply returned (the backend refuses a stale one with 'conflict');
// - an invalid profile is not sent; the editor keeps it and says which fields wait for a fix.
import type { ReplyOf, RequestOf } from '../../../shared/contract/channels';
import type { AppError, Result } from '../../../shared/contract/result';
import type { ProfileInput } from '../../../shared/profile/schema';
import { type CallOptions, call } from '../api';

export const AUTOSAVE_DELAY_MS = 400;

export type SaveState =
  | { kind: 'unchanged' }
  /** Edited; the save starts when typing pauses. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; error: AppError };

type Send = (request: RequestOf<'profile.save'>, options?: CallOptions) => Promise<Result<ReplyOf<'profile.save'>>>;

export interface SaverOptions {
  applicantId: string;
  revision: number;
  saved: ProfileInput;
  /** Number of fields that fail validation; 0 when the profile may be sent. */
  countInvalid(profile: ProfileInput): number;
  onState(state: SaveState): void;
  onConflict(): void;
  send?: Send;
  delayMs?: number;
}

export class ProfileSaver {
  private latest: ProfileInput;
  private savedJson: string;
  private revision: number;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly send: Send;
  private state: SaveState = { kind: 'unchanged' };

  constructor(private readonly options: SaverOptions) {
    this.latest = options.saved;
    this.savedJson = JSON.stringify(options.saved);
    this.revision = options.revision;
    this.send = options.send ?? ((request, callOptions) => call('profile.save', request, callOptions));
  }

  private report(state: SaveState): void {
    this.state = state;
    this.options.onState(state);
  }

  edit(profile: ProfileInput): void {
    this.latest = profile;
    // "Saved" must not stay on screen over edits that are not saved yet; "fix N fields" may.
    if (this.state.kind === 'saved' || this.state.kind === 'unchanged' || this.state.kind === 'failed') this.report({ kind: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  get dirty(): boolean {
    return JSON.stringify(this.latest) !== this.savedJson;
  }

  /** Saves now if needed; resolves when no save is in flight any more. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.stopped) return Promise.resolve();
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    const json = JSON.stringify(this.latest);
    if (json === this.savedJson) {
      // Typed and then undone by hand: nothing to send, and nothing unsaved either.
      if (this.state.kind === 'pending' || this.state.kind === 'invalid') this.report({ kind: 'unchanged' });
      return Promise.resolve();
    }
    const invalid = this.options.countInvalid(this.latest);
    if (invalid > 0) {
      this.report({ kind: 'invalid', count: invalid });
      return Promise.resolve();
    }
    this.report({ kind: 'saving' });
    this.inFlight = this.save(this.latest, json).finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    return this.inFlight;
  }

  private async save(profile: ProfileInput, json: string): Promise<void> {
    const result = await this.send({ applicantId: this.options.applicantId, profile, baseRevision: this.revision });
    if (this.stopped) return;
    if (result.ok) {
      this.revision = result.value.revision;
      this.savedJson = json;
      if (JSON.stringify(this.latest) === json) this.report({ kind: 'saved', at: result.value.updatedAt });
      else this.again = true;
    } else if (result.error.code === 'conflict') {
      this.stopped = true;
      this.options.onConflict();
    } else {
      this.again = false;
      this.report({ kind: 'failed', error: result.error });
    }
  }

  /**
   * The page is closing: no reply will be read, so send the last edit now (keepalive). If a save is still
   * in flight, this one starts from the revision that save will produce (revisions go up by one).
   */
  flushOnUnload(): void {
    clearTimeout(this.timer);
    if (this.stopped || !this.dirty || this.options.countInvalid(this.latest) > 0) return;
    const baseRevision = this.inFlight ? this.revision + 1 : this.revision;
    this.stopped = true;
    void this.send({ applicantId: this.options.applicantId, profile: this.latest, baseRevision }, { keepalive: true });
  }

  /** Stops all saving (after a conflict was reloaded, or when the editor goes away after a flush). */
  stop(): void {
    clearTimeout(this.timer);
    this.stopped = true;
  }

  idle(): Promise<void> {
    return this.inFlight ?? Promise.resolve();
  }
}
