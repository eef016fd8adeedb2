// Autosave of one value the backend keeps under a revision number (a profile, a work summary), free of
// React so its ordering rules are plain to read:
// - a save starts ≤ the delay after the last edit, or at once on flush (blur, leaving the page);
// - never two saves in flight: edits made meanwhile go in the next save, which names the revision the
//   previous reply returned (the backend refuses a stale one with 'conflict');
// - an invalid value is not sent as it is: its valid fields are (`savable`), the editor keeps the invalid
//   ones and says which fields wait for a fix;
// - the value is read lazily (`edit(read)`), so a large document is serialised once per save, not per key.
import type { AppError, Result } from '../../shared/contract/result';
import type { CallOptions } from './api';

export type SaveState =
  | { kind: 'unchanged' }
  /** Edited; the save starts when typing pauses. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; error: AppError };

export interface RevisionSaverOptions<T> {
  revision: number;
  saved: T;
  /** Sends `value` as the successor of `baseRevision`; replies with the new revision and when it was saved. */
  send(value: T, baseRevision: number, options?: CallOptions): Promise<Result<{ revision: number; savedAt: string }>>;
  /** Number of problems that keep the value from being sent; 0 when it may be sent. */
  countInvalid?(value: T): number;
  /** The part of an invalid value that may be saved now (see savableDraft.ts); null: nothing to send. */
  savable?(value: T, saved: T): T | null;
  onState(state: SaveState): void;
  onConflict(): void;
  delayMs: number;
}

export class RevisionSaver<T> {
  private read: () => T;
  private savedJson: string;
  private savedValue: T;
  private revision: number;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: SaveState = { kind: 'unchanged' };
  /** When the last save of this editor was made: "saved at" stays true until something new is unsaved. */
  private lastSavedAt: string | null = null;

  constructor(private readonly options: RevisionSaverOptions<T>) {
    const saved = options.saved;
    this.read = () => saved;
    this.savedJson = JSON.stringify(saved);
    this.savedValue = saved;
    this.revision = options.revision;
  }

  private report(state: SaveState): void {
    this.state = state;
    this.options.onState(state);
  }

  private invalid(value: T): number {
    return this.options.countInvalid?.(value) ?? 0;
  }

  /** Records an edit; `read` gives the value when a save starts. */
  edit(read: () => T): void {
    this.read = read;
    // "Saved" must not stay on screen over edits that are not saved yet; "fix N fields" may.
    if (this.state.kind === 'saved' || this.state.kind === 'unchanged' || this.state.kind === 'failed') this.report({ kind: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
  }

  get dirty(): boolean {
    return JSON.stringify(this.read()) !== this.savedJson;
  }

  /** The revision the next save will name (after the one in flight, if any, has answered). */
  get baseRevision(): number {
    return this.revision;
  }

  /** Saves now if needed; resolves when no save is in flight any more. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.stopped) return Promise.resolve();
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    const value = this.read();
    const json = JSON.stringify(value);
    if (json === this.savedJson) {
      // Nothing to send (typed and undone by hand, or an edit that changed nothing), and nothing unsaved:
      // the last save still holds, so "saved at" comes back rather than a vaguer "unchanged".
      if (this.state.kind === 'pending' || this.state.kind === 'invalid') this.report(this.lastSavedAt === null ? { kind: 'unchanged' } : { kind: 'saved', at: this.lastSavedAt });
      return Promise.resolve();
    }
    const invalid = this.invalid(value);
    const sent = invalid > 0 ? this.savablePart(value) : { value, json };
    if (sent === null) {
      this.report({ kind: 'invalid', count: invalid });
      return Promise.resolve();
    }
    this.report({ kind: 'saving' });
    this.inFlight = this.save(sent.value, sent.json).finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    return this.inFlight;
  }

  /** The valid fields of an invalid value, when they differ from what is saved. */
  private savablePart(value: T): { value: T; json: string } | null {
    const part = this.options.savable?.(value, this.savedValue) ?? null;
    if (part === null) return null;
    const json = JSON.stringify(part);
    return json === this.savedJson ? null : { value: part, json };
  }

  private async save(value: T, json: string): Promise<void> {
    const result = await this.options.send(value, this.revision);
    if (this.stopped) return;
    if (result.ok) {
      this.revision = result.value.revision;
      this.savedJson = json;
      this.savedValue = value;
      this.lastSavedAt = result.value.savedAt;
      if (JSON.stringify(this.read()) === json) this.report({ kind: 'saved', at: result.value.savedAt });
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
    if (this.stopped) return;
    const value = this.read();
    if (JSON.stringify(value) === this.savedJson) return;
    const sent = this.invalid(value) > 0 ? this.savablePart(value) : { value, json: '' };
    if (sent === null) return;
    const baseRevision = this.inFlight ? this.revision + 1 : this.revision;
    this.stopped = true;
    void this.options.send(sent.value, baseRevision, { keepalive: true });
  }

  /** Stops all saving (after a conflict was reloaded, or when the editor goes away after a flush). */
  stop(): void {
    clearTimeout(this.timer);
    this.stopped = true;
  }

  /**
   * Resolves true once every edit made so far is saved (after any save in flight and the one it queued),
   * false when it cannot be: a field waits for a fix, the save failed, or saving stopped. For actions that
   * name something the edit created (a scan filed under a new checklist item) and so must wait for it.
   */
  async settle(): Promise<boolean> {
    for (;;) {
      await this.flush();
      if (this.stopped) return false;
      if (this.inFlight) continue;
      if (!this.dirty) return true;
      if (this.state.kind === 'invalid' || this.state.kind === 'failed') return false;
    }
  }

  idle(): Promise<void> {
    return this.inFlight ?? Promise.resolve();
  }
}
