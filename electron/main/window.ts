// The one app window: hardened web preferences, placed where it was last closed, shown when painted,
// and its bounds saved again on close.
import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { APP_INDEX_URL } from './app-protocol';
import { windowWebPreferences } from './security';
import { MIN_SIZE, placeWindow, readWindowState, writeWindowState } from './window-state';

export interface AppPaths {
  /** out/renderer: the only folder the page may load files from. */
  rendererDirectory: string;
  indexHtml: string;
  /** The page's address: served from out/renderer through the app's scheme (app-protocol.ts). */
  indexUrl: string;
  preload: string;
}

/** The built app's layout, from the folder of out/main/index.js. */
export function appPaths(mainDirectory: string): AppPaths {
  const rendererDirectory = join(mainDirectory, '..', 'renderer');
  const indexHtml = join(rendererDirectory, 'index.html');
  return { rendererDirectory, indexHtml, indexUrl: APP_INDEX_URL, preload: join(mainDirectory, '..', 'preload', 'index.cjs') };
}

export function createMainWindow(paths: AppPaths, stateFile: string, packaged = true): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const placement = placeWindow(readWindowState(stateFile), workAreas);
  const window = new BrowserWindow({
    ...(placement.x === undefined ? {} : { x: placement.x }),
    ...(placement.y === undefined ? {} : { y: placement.y }),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: windowWebPreferences(paths.preload, packaged),
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    writeWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  return window;
}

/** A second launch brings the existing window forward instead of opening another on the same data. */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
