// Printing a saved PDF: a hidden window in its own session shows it in Chromium's PDF viewer, then
// webContents.print opens the system print dialog. Electron glue only, not testable without the Electron
// binary; the decisions it uses are in pdf-download.ts (tested), and a failure falls back to the system's
// PDF viewer there.
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { printRequestAllowed, printWindowPreferences } from './pdf-download';

const PARTITION = 'titleprep-print';
/** Loading a local PDF takes well under a second; past this the viewer is taken as unavailable. */
const LOAD_TIMEOUT_MS = 20_000;
/** The viewer lays the document out after the load event; printing at once may print blank pages. */
const SETTLE_MS = 800;

export function printPdfInHiddenWindow(path: string): Promise<{ success: boolean; failureReason: string }> {
  const printSession = session.fromPartition(PARTITION);
  // The app-wide guard admits the app's own files only; this session's one job is this PDF (replaces it).
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !printRequestAllowed(details.url, path) }));
  const window = new BrowserWindow(printWindowPreferences(PARTITION));
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: { success: boolean; failureReason: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!window.isDestroyed()) window.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ success: false, failureReason: 'the PDF viewer did not load' }), LOAD_TIMEOUT_MS);
    window.webContents.once('did-fail-load', (_event, _code, description) => finish({ success: false, failureReason: description }));
    window.webContents.once('did-finish-load', () => {
      clearTimeout(timer);
      setTimeout(() => {
        if (window.isDestroyed()) return finish({ success: false, failureReason: 'the print window closed' });
        window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => finish({ success, failureReason }));
      }, SETTLE_MS);
    });
    window.loadURL(pathToFileURL(path).href).catch((error: unknown) => finish({ success: false, failureReason: error instanceof Error ? error.message : String(error) }));
  });
}
