// The app's side of the parser process: one warm process (started at the first file, kept for the next, so
// a normal import pays no start-up), jobs one at a time, and the two limits that make a hostile file
// harmless. Worker threads' resourceLimits do not bound ArrayBuffers, where zlib and pdf-lib keep their
// output, so the cap is the process's whole resident memory, read from the outside every few milliseconds;
// the V8 heap is capped too (--max-old-space-size), and the readers' own budgets (zipCheck, pdfStreamBudget)
// keep a bomb far below both. Over either limit, or past the time limit, the process is killed and the job
// fails with ParserLimitError; the next job starts a fresh process.
import type { JobName, ParserJobs } from './jobs';
import type { JobReply, ParserChild, ParserLauncher } from './protocol';

export const PARSER_LIMITS = {
  /** The parser process's resident memory, all of it (heap, ArrayBuffers, code). */
  maxMemoryBytes: 512 * 1024 * 1024,
  /** V8's old space in the parser process. */
  maxOldSpaceMb: 384,
  /** One file's job: a normal .docx or official PDF takes well under a second. */
  timeMs: 30_000,
  /** How often the memory is read while a job runs. */
  pollMs: 25,
} as const;

export type ParserLimits = { [K in keyof typeof PARSER_LIMITS]: number };

/** The process went over a limit or died: the file is treated as built to exhaust memory. */
export class ParserLimitError extends Error {
  constructor(
    readonly limit: 'memory' | 'time' | 'crashed',
    detail: string,
  ) {
    super(`The parser process was stopped (${limit}): ${detail}`);
    this.name = 'ParserLimitError';
  }
}

/** A reader inside the process threw: a bug or a file it could not read, not a limit. */
export class ParserJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ParserJobError';
  }
}

type Outcome<J extends JobName> = Awaited<ReturnType<ParserJobs[J]>>;

interface Running {
  id: number;
  /** The process the job was sent to: another's exit or reply (a process killed before) is not this job's. */
  child: ParserChild;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export interface RunOptions {
  /** Time allowed on top of the time limit (a hand-over package's reading grows with its size). */
  extraTimeMs?: number;
}

export interface ParserProcess {
  run<J extends JobName>(job: J, args: Parameters<ParserJobs[J]>[0], options?: RunOptions): Promise<Outcome<J>>;
  /** Starts the process now, so that the first file does not wait for it (the app calls this at start). */
  warm(): void;
  /** Resolves when the process (started now if none runs) has loaded and warmed its readers (for the bench). */
  whenReady(): Promise<void>;
  /** The largest resident memory seen in the process since the last call (bytes; 0 when unknown). */
  takePeakMemory(): number;
  close(): void;
}

export function createParserProcess(launch: ParserLauncher, limits: ParserLimits = PARSER_LIMITS): ParserProcess {
  let child: ParserChild | null = null;
  let running: Running | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();
  let peak = 0;
  let closed = false;
  /** The running process's "ready" (its readers loaded and compiled). */
  let ready: Promise<void> = Promise.resolve();

  function stop(current: ParserChild, error: ParserLimitError): void {
    if (child === current) child = null;
    current.kill();
    const job = running;
    running = null;
    job?.reject(error);
  }

  function start(): ParserChild {
    const started = launch({ maxOldSpaceMb: limits.maxOldSpaceMb });
    let markReady: () => void = () => undefined;
    ready = new Promise<void>((resolve) => {
      markReady = resolve;
    });
    started.onMessage((message) => {
      const reply = message as JobReply;
      if (typeof reply === 'object' && reply !== null && reply.id === 0) markReady();
      if (!running || running.child !== started || typeof reply !== 'object' || reply === null || reply.id !== running.id) return;
      const job = running;
      running = null;
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new ParserJobError(reply.message));
    });
    started.onExit((code) => {
      markReady();
      if (child === started) child = null;
      // A process killed at its limit exits after the next job has gone to a fresh one: only its own job fails.
      if (running?.child !== started) return;
      const job = running;
      running = null;
      job.reject(new ParserLimitError('crashed', `exit code ${code}`));
    });
    return started;
  }

  async function runOne(job: JobName, args: unknown, options: RunOptions): Promise<unknown> {
    if (closed) throw new ParserLimitError('crashed', 'the app is closing');
    const current = child ?? (child = start());
    const id = nextId++;
    return new Promise<unknown>((resolve, reject) => {
      running = { id, child: current, resolve, reject };
      const timeMs = limits.timeMs + (options.extraTimeMs ?? 0);
      const timer = setTimeout(() => stop(current, new ParserLimitError('time', `over ${timeMs} ms`)), timeMs);
      let reading = false;
      const watch = setInterval(() => {
        if (reading) return;
        reading = true;
        current
          .memoryBytes()
          .then((bytes) => {
            if (bytes === null) return;
            peak = Math.max(peak, bytes);
            if (bytes > limits.maxMemoryBytes && running?.id === id) stop(current, new ParserLimitError('memory', `${bytes} bytes resident`));
          })
          .catch(() => undefined)
          .finally(() => {
            reading = false;
          });
      }, limits.pollMs);
      const settle = () => {
        clearTimeout(timer);
        clearInterval(watch);
      };
      running = {
        id,
        child: current,
        resolve: (value) => {
          settle();
          resolve(value);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      try {
        current.send({ id, job, args });
      } catch (error) {
        stop(current, new ParserLimitError('crashed', error instanceof Error ? error.message : String(error)));
      }
    });
  }

  return {
    run(job, args, options = {}) {
      const result = queue.then(() => runOne(job, args, options));
      queue = result.catch(() => undefined);
      return result as Promise<Outcome<typeof job>>;
    },
    warm() {
      if (!closed && child === null) child = start();
    },
    whenReady() {
      if (!closed && child === null) child = start();
      // The process is unreferenced: this timer keeps the caller's event loop up meanwhile, and bounds the wait.
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, limits.timeMs);
        void ready.then(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    takePeakMemory() {
      const seen = peak;
      peak = 0;
      return seen;
    },
    close() {
      closed = true;
      if (child) stop(child, new ParserLimitError('crashed', 'the app is closing'));
    },
  };
}
