// The preload exposes one `invoke` that sends only contract channels, and answers every failure with a Result.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contract/channels';
import type { TitlePrepBridge } from '../../../shared/contract/bridge';
import { INVOKE_CHANNEL, createBridge } from '../../../electron/preload/bridge';
import { electronStub, resetElectronStub } from '../../stubs/electron';

describe('the bridge', () => {
  it('sends a contract channel with its payload, once, and returns the reply', async () => {
    const send = vi.fn(async () => ({ ok: true, value: [] }));
    await expect(createBridge(send).invoke('applicants.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(send).toHaveBeenCalledExactlyOnceWith({ channel: 'applicants.list', payload: {} });
  });

  it('knows every channel of the contract', async () => {
    const send = vi.fn(async () => ({ ok: true, value: null }));
    for (const channel of CHANNELS) await createBridge(send).invoke(channel, {});
    expect(send).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it.each(['ipcRenderer.send', 'titleprep:invoke', '__proto__', 'constructor', '', 42, null, undefined, {}, ['app.info']])(
    'refuses %s before sending anything',
    async (channel) => {
      const send = vi.fn(async () => ({ ok: true, value: null }));
      const reply = await createBridge(send).invoke(channel as string, {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      expect(send).not.toHaveBeenCalled();
    },
  );

  it('turns a failed send (an uncloneable payload) into a Result', async () => {
    const send = vi.fn(async () => {
      throw new Error('An object could not be cloned.');
    });
    await expect(createBridge(send).invoke('app.info', { f: () => 1 })).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('turns a malformed reply into a Result', async () => {
    for (const reply of [undefined, null, 'ok', { value: 1 }, { ok: 'yes' }]) {
      await expect(createBridge(async () => reply).invoke('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    }
  });
});

describe('the preload script', () => {
  // The preload runs once per file here (module cache), as it does once per page in Electron.
  beforeEach(resetElectronStub);

  it('exposes window.titleprep with invoke only, sending on the one IPC channel', async () => {
    await import('../../../electron/preload/index');
    expect([...electronStub.exposed.keys()]).toEqual(['titleprep']);
    const bridge = electronStub.exposed.get('titleprep') as TitlePrepBridge;
    expect(Object.keys(bridge)).toEqual(['invoke']);
    electronStub.rendererReply = async () => ({ ok: true, value: { language: 'zh', currentApplicantId: null } });
    await expect(bridge.invoke('settings.get', {})).resolves.toMatchObject({ ok: true });
    await expect(bridge.invoke('fs.readFile', '/etc/passwd')).resolves.toMatchObject({ ok: false });
    expect(electronStub.rendererInvocations).toEqual([{ channel: INVOKE_CHANNEL, args: [{ channel: 'settings.get', payload: {} }] }]);
  });
});
