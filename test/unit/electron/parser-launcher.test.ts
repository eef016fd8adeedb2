// The desktop side of the parser process, against the Electron stub: the built entry is forked as a
// utility process with its heap capped, messages and exits pass through, and its memory is read from
// app.getAppMetrics (in bytes) so that the backend's watchdog can kill it.
import { beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PARSER_PROCESS_FILE, utilityParserLauncher } from '../../../electron/main/parser-launcher';
import { StubUtilityProcess, electronStub, resetElectronStub } from '../../stubs/electron';

beforeEach(() => resetElectronStub());

describe('the parser process as an Electron utility process', () => {
  it('forks the built entry beside the main script, with the heap cap', () => {
    utilityParserLauncher('/opt/titleprep/out/main')({ maxOldSpaceMb: 384 });
    const [forked] = StubUtilityProcess.forked;
    expect(forked?.modulePath).toBe(join('/opt/titleprep/out/main', PARSER_PROCESS_FILE));
    expect(forked?.options).toMatchObject({ execArgv: ['--max-old-space-size=384'] });
  });

  it('passes jobs and replies through, reports the exit, and kills on request', () => {
    const child = utilityParserLauncher('/out/main')({ maxOldSpaceMb: 384 });
    const stub = StubUtilityProcess.forked[0]!.process;
    const replies: unknown[] = [];
    const exits: (number | null)[] = [];
    child.onMessage((message) => replies.push(message));
    child.onExit((code) => exits.push(code));
    child.send({ id: 1, job: 'officialPdf', args: { bytes: new Uint8Array(1) } });
    expect(stub.sent).toEqual([{ id: 1, job: 'officialPdf', args: { bytes: new Uint8Array(1) } }]);
    stub.emit('message', { id: 1, ok: true, value: 'done' });
    expect(replies).toEqual([{ id: 1, ok: true, value: 'done' }]);
    child.kill();
    expect(stub.killed).toBe(true);
    stub.emit('exit', 9);
    expect(exits).toEqual([9]);
  });

  it('reads the resident memory from the app metrics, in bytes; unknown when the pid is not listed', async () => {
    const child = utilityParserLauncher('/out/main')({ maxOldSpaceMb: 384 });
    expect(await child.memoryBytes()).toBeNull();
    electronStub.app.metrics = [{ pid: 4242, type: 'Utility', memory: { workingSetSize: 600 * 1024, peakWorkingSetSize: 0 } }];
    expect(await child.memoryBytes()).toBe(600 * 1024 * 1024);
  });
});
