// The sandboxed preload: exposes `window.titleprep.invoke` and nothing else. No ipcRenderer pass-through.
import { contextBridge, ipcRenderer } from 'electron';
import type { TitlePrepBridge, TitlePrepBridgeGlobal } from '../../shared/contract/bridge';
import { INVOKE_CHANNEL, createBridge } from './bridge';

const bridge = createBridge((envelope) => ipcRenderer.invoke(INVOKE_CHANNEL, envelope)) satisfies TitlePrepBridge;
const globalName: TitlePrepBridgeGlobal = 'titleprep';

contextBridge.exposeInMainWorld(globalName, bridge);
