// Saving what the page offers as a download, and printing the packet. The renderer hands every exported file
// over as a download (the same code as in browser mode, and the preload keeps exposing only `invoke`); here
// each download gets a save dialog in the user's language, and once a print packet is saved, the system
// print dialog opens for it: one print job of the PDF (its copies are inside it: design.md, "Traps"). When
// the PDF cannot be printed from a hidden window, it opens in the system's PDF viewer instead.
// The decisions are pure functions; the side effects are injected, so the flow is tested without Electron.
import { basename, extname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Language } from '../../shared/contract/channels';
import { th } from '../../shared/i18n/handover';
import { tp } from '../../shared/i18n/packet';

/** The save dialog's file type per extension; a name that is a sentence is in the user's language. */
const FILTERS: Record<string, { name: string | ((language: Language) => string); extensions: string[] }> = {
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
  '.docx': { name: 'Word', extensions: ['docx'] },
  '.ics': { name: 'iCalendar', extensions: ['ics'] },
  '.zip': { name: 'ZIP', extensions: ['zip'] },
  '.titleprep': { name: (language) => th(language, 'handover.file.filterName'), extensions: ['titleprep'] },
};

/** The packet's file name starts with its stem (the same in both languages: the documents are Chinese). */
export function isPacketFileName(fileName: string): boolean {
  const stem = tp('zh', 'packet.file.stem');
  return fileName.normalize('NFC').startsWith(stem) && extname(fileName).toLowerCase() === '.pdf';
}

export interface SaveDialogChoice {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

/** The save dialog of one download: suggested in the user's Documents (or Downloads) folder, its own type only. */
export function saveDialogOptions(fileName: string, language: Language, folder: string): SaveDialogChoice {
  const name = basename(fileName.replace(/\\/g, '/')) || 'TitlePrep';
  const filter = FILTERS[extname(name).toLowerCase()];
  const filters = filter ? [{ name: typeof filter.name === 'string' ? filter.name : filter.name(language), extensions: filter.extensions }] : [];
  return { title: tp(language, 'packet.desktop.saveTitle'), defaultPath: join(folder, name), filters };
}

/** Only a completed download of a packet, saved as a .pdf at an absolute path, is printed. */
export function shouldPrint(state: string, fileName: string, savePath: string): boolean {
  return state === 'completed' && isPacketFileName(fileName) && isAbsolute(savePath) && extname(savePath).toLowerCase() === '.pdf';
}

/** Chromium's built-in PDF viewer, which the print window needs to show a PDF. */
const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/** The print window's session loads the one saved PDF and the viewer's own resources; nothing else. */
export function printRequestAllowed(url: string, pdfPath: string): boolean {
  if (url === pathToFileURL(pdfPath).href) return true;
  return url.startsWith(PDF_VIEWER_ORIGIN) || url.startsWith('chrome://resources/') || url.startsWith('chrome-untrusted://');
}

/** The hidden print window: no preload, no Node, sandboxed; plugins on, for the PDF viewer. */
export function printWindowPreferences(partition: string) {
  return {
    show: false,
    webPreferences: {
      partition,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      plugins: true,
      spellcheck: false,
      webSecurity: true,
    },
  } as const;
}

/** What a print attempt's result means: cancelling is the user's choice, any other failure opens the viewer. */
export function afterPrint(success: boolean, failureReason: string): 'printed' | 'cancelled' | 'open-viewer' {
  if (success) return 'printed';
  return /cancel/i.test(failureReason) ? 'cancelled' : 'open-viewer';
}

/** What the flow uses of a DownloadItem. */
export interface DownloadLike {
  getFilename(): string;
  getSavePath(): string;
  setSaveDialogOptions(options: SaveDialogChoice): void;
  once(event: 'done', listener: (event: unknown, state: string) => void): unknown;
}

/** What the flow uses of a Session. */
export interface DownloadingSession {
  on(event: 'will-download', listener: (event: unknown, item: DownloadLike) => void): unknown;
}

export interface DownloadActions {
  language(): Language;
  /** The folder the save dialog starts in. */
  folder(): string;
  /** Opens the system print dialog for the PDF; resolves with the outcome of webContents.print. */
  printPdf(path: string): Promise<{ success: boolean; failureReason: string }>;
  /** The fallback: the system's PDF viewer. */
  openPath(path: string): Promise<string>;
  report(message: string): void;
}

export function handleDownloads(session: DownloadingSession, actions: DownloadActions): void {
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions(saveDialogOptions(item.getFilename(), actions.language(), actions.folder()));
    item.once('done', (_done, state) => {
      const path = item.getSavePath();
      if (!shouldPrint(state, item.getFilename(), path)) return;
      void printOrOpen(path, actions);
    });
  });
}

export async function printOrOpen(path: string, actions: DownloadActions): Promise<'printed' | 'cancelled' | 'open-viewer'> {
  let outcome: 'printed' | 'cancelled' | 'open-viewer';
  try {
    const result = await actions.printPdf(path);
    outcome = afterPrint(result.success, result.failureReason);
  } catch (error) {
    actions.report(`TitlePrep: printing ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    outcome = 'open-viewer';
  }
  if (outcome === 'open-viewer') {
    const problem = await actions.openPath(path);
    if (problem) actions.report(`TitlePrep: ${tp(actions.language(), 'packet.desktop.printFailed', { file: path })} (${problem})`);
  }
  return outcome;
}
