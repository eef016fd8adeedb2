// Wires the desktop app together: sandbox and single-instance lock first, the security guards on every
// session and webContents, then the backend, the menu, the IPC bridge and the window. Any failure on
// the way ends in a native dialog that says what happened, then a quit with code 1.
import { join } from 'node:path';
import { type BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import type { Language } from '../../shared/contract/channels';
import { languageFromLocale } from '../../shared/i18n/core';
import type { Backend, BackendOptions } from '../backend';
import { restrictToUser } from '../backend/privateFiles';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { dataDirectoryFromArgs } from './data-directory';
import { registerIpcBridge } from './ipc-bridge';
import { menuLanguageAfterReply, menuTemplate } from './menu';
import { guardNavigation } from './navigation';
import { debuggingSwitch } from './security';
import { guardSession } from './session-policy';
import { utilityParserLauncher } from './parser-launcher';
import { handleDownloads } from './pdf-download';
import { printPdfInHiddenWindow } from './print-window';
import { describeStartupFailure } from './startup-failure';
import { appPaths, createMainWindow, focusWindow } from './window';

export interface StartOptions {
  /** The folder of the built main script (out/main). */
  mainDirectory: string;
  openBackend(options: BackendOptions): Backend;
  argv?: readonly string[];
  cwd?: string;
}

function systemLanguage(): Language {
  try {
    return languageFromLocale(app.getLocale());
  } catch {
    return languageFromLocale(process.env.LANG);
  }
}

function failStartup(error: unknown): void {
  console.error('TitlePrep could not start:', error);
  try {
    const { title, message } = describeStartupFailure(error, systemLanguage(), app.getPath('userData'));
    dialog.showErrorBox(title, message);
  } finally {
    // Even if the dialog itself fails, never linger half-started.
    app.exit(1);
  }
}

async function initialLanguage(backend: Backend, fallback: Language): Promise<Language> {
  return menuLanguageAfterReply('settings.get', await backend.invoke('settings.get', {}), fallback) ?? fallback;
}

export function runTitlePrep(options: StartOptions): void {
  // Everything this process creates (the data file, backups, scans, window state) is the user's alone.
  restrictToUser();
  // A packaged app never runs with a debugger attached: a switch that opens one is refused before anything.
  const debugging = app.isPackaged ? debuggingSwitch(options.argv ?? process.argv) : null;
  if (debugging !== null) {
    console.error(`TitlePrep refuses to start with ${debugging}: the packaged app cannot be debugged.`);
    app.exit(1);
    return;
  }
  const paths = appPaths(options.mainDirectory);
  app.enableSandbox();
  // The renderer's scheme must be privileged before the app is ready.
  registerAppScheme(protocol);
  let dataDirectory: string | null;
  try {
    dataDirectory = dataDirectoryFromArgs(options.argv ?? process.argv, options.cwd ?? process.cwd());
  } catch (error) {
    void app.whenReady().then(() => failStartup(error));
    return;
  }
  // Before the lock: the lock is per data folder, so two copies on two folders may run side by side.
  if (dataDirectory !== null) app.setPath('userData', dataDirectory);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let mainWindow: BrowserWindow | null = null;
  let backend: Backend | null = null;
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, paths.indexUrl));
  app.on('session-created', (created) => guardSession(created, paths.rendererDirectory));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => backend?.close());

  async function start(): Promise<void> {
    guardSession(session.defaultSession, paths.rendererDirectory);
    serveAppScheme(protocol, paths.rendererDirectory);
    const userData = app.getPath('userData');
    // Attachments open in the system's viewer: the backend picks the file (a copy named by its hash, inside
    // the data folder, with the extension its bytes call for); main only hands it to the shell.
    // Files from outside are parsed in a utility process, never in this one (the window would freeze).
    backend = options.openBackend({
      dataDirectory: userData,
      transport: 'electron',
      appVersion: app.getVersion(),
      openFile: (file) => shell.openPath(file),
      parserLauncher: utilityParserLauncher(options.mainDirectory),
      warmParser: true,
      warmUp: true,
    });
    const opened = backend;
    const fallback = systemLanguage();
    let menuLanguage: Language | null = null;
    const showMenu = (language: Language) => {
      if (language === menuLanguage) return;
      menuLanguage = language;
      const template = menuTemplate(
        { language, platform: process.platform, developerTools: !app.isPackaged },
        { showDataFolder: () => void shell.openPath(userData) },
      );
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    };
    showMenu(await initialLanguage(opened, fallback));
    // Exported files arrive as downloads: a save dialog for each, then the print dialog for a packet.
    handleDownloads(session.defaultSession, {
      language: () => menuLanguage ?? fallback,
      folder: () => app.getPath('documents'),
      printPdf: printPdfInHiddenWindow,
      openPath: (path) => shell.openPath(path),
      report: (message) => console.warn(message),
    });
    registerIpcBridge(ipcMain, {
      appContentsId: () => (mainWindow === null || mainWindow.isDestroyed() ? null : mainWindow.webContents.id),
      indexUrl: paths.indexUrl,
      invoke: (channel, payload) => opened.invoke(channel, payload),
      onReply: (channel, reply) => {
        const language = menuLanguageAfterReply(channel, reply, fallback);
        if (language !== null) showMenu(language);
      },
    });
    mainWindow = createMainWindow(paths, join(userData, 'window-state.json'), app.isPackaged);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    await mainWindow.loadURL(paths.indexUrl);
  }

  app.whenReady().then(start).catch(failStartup);
}
