// The parser process's entry: waits for jobs from the app and answers each. Started by Electron's
// utilityProcess in the app (messages through process.parentPort) or by child_process.fork in browser mode
// and tests (process.send). It holds nothing of the user's data but the file it is given, opens no database
// and writes nothing; when a file makes it exceed its memory or time, the app kills it and starts another.
import { type JobName, parserJobs } from './jobs';
import type { JobReply, JobRequest } from './protocol';
import { warmUpReaders } from './warmUp';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

function reply(message: JobReply): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

function isRequest(message: unknown): message is JobRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { id, job } = message as Record<string, unknown>;
  return typeof id === 'number' && typeof job === 'string' && Object.prototype.hasOwnProperty.call(parserJobs, job);
}

async function handle(message: unknown): Promise<void> {
  if (!isRequest(message)) return;
  const run = parserJobs[message.job as JobName] as (args: unknown) => Promise<unknown>;
  try {
    reply({ id: message.id, ok: true, value: await run(message.args) });
  } catch (error) {
    reply({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}

if (parentPort) parentPort.on('message', (event) => void handle(event.data));
else process.on('message', (message) => void handle(message));
// Ready once the readers are compiled: a file sent meanwhile waits its turn behind the warm-up, no longer.
void warmUpReaders().then(() => reply({ id: 0, ok: true, value: 'ready' }));
