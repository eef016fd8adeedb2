// The desktop save-and-print flow of exported files, without Electron: the decisions (which download is a
// packet, what the save dialog suggests, what the print window may load, what a print result means) and the
// flow with fake side effects. Opening the real print dialog needs the Electron binary: not tested here.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  type DownloadActions,
  type DownloadLike,
  afterPrint,
  handleDownloads,
  isPacketFileName,
  printOrOpen,
  printRequestAllowed,
  printWindowPreferences,
  saveDialogOptions,
  shouldPrint,
} from '../../../electron/main/pdf-download';

const PACKET = '职称申报材料_打印包_演示申请人_2026-03-02.pdf';

describe('which download is a packet', () => {
  it('is the PDF named with the packet stem', () => {
    expect(isPacketFileName(PACKET)).toBe(true);
    expect(isPacketFileName(PACKET.normalize('NFD'))).toBe(true);
  });
  it('is not the summary, a .docx of the packet stem, or a look-alike', () => {
    expect(isPacketFileName('专业技术工作总结_张伟_2026-11-23.pdf')).toBe(false);
    expect(isPacketFileName(PACKET.replace('.pdf', '.docx'))).toBe(false);
    expect(isPacketFileName(`x${PACKET}`)).toBe(false);
  });
});

describe('the save dialog', () => {
  it('suggests the file name in the chosen folder, in the user language, with its type only', () => {
    expect(saveDialogOptions(PACKET, 'zh', '/home/li/Documents/')).toEqual({
      title: '保存 PDF',
      defaultPath: `/home/li/Documents/${PACKET}`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(saveDialogOptions('总结.docx', 'en', 'C:\\Users\\li\\Documents').filters).toEqual([{ name: 'Word', extensions: ['docx'] }]);
    expect(saveDialogOptions('总结.docx', 'en', '/d').title).toBe('Save PDF');
  });
  it('never lets a name from the page choose another folder', () => {
    expect(saveDialogOptions('../../etc/passwd', 'zh', '/home/li').defaultPath).toBe('/home/li/passwd');
    expect(saveDialogOptions('..\\..\\Windows\\evil.pdf', 'zh', '/home/li').defaultPath).toBe('/home/li/evil.pdf');
    expect(saveDialogOptions('', 'zh', '/home/li').defaultPath).toBe('/home/li/TitlePrep');
  });
});

describe('printing after the save', () => {
  it('prints only a completed packet saved as an absolute .pdf', () => {
    expect(shouldPrint('completed', PACKET, '/home/li/packet.pdf')).toBe(true);
    expect(shouldPrint('cancelled', PACKET, '/home/li/packet.pdf')).toBe(false);
    expect(shouldPrint('interrupted', PACKET, '/home/li/packet.pdf')).toBe(false);
    expect(shouldPrint('completed', '专业技术工作总结.pdf', '/home/li/summary.pdf')).toBe(false);
    expect(shouldPrint('completed', PACKET, 'packet.pdf')).toBe(false);
    expect(shouldPrint('completed', PACKET, '/home/li/packet.exe')).toBe(false);
  });
  it('lets the print window load the saved PDF and the PDF viewer, nothing else', () => {
    const pdf = '/home/li/Documents/打印包.pdf';
    expect(printRequestAllowed(new URL(`file://${pdf}`).href, pdf)).toBe(true);
    expect(printRequestAllowed('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', pdf)).toBe(true);
    expect(printRequestAllowed('file:///etc/passwd', pdf)).toBe(false);
    expect(printRequestAllowed('https://example.com/x.pdf', pdf)).toBe(false);
    expect(printRequestAllowed('chrome-extension://another/index.html', pdf)).toBe(false);
  });
  it('opens the print window hidden, sandboxed, without Node or a preload', () => {
    const options = printWindowPreferences('titleprep-print');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });
  it('takes a cancelled print as the user choice and any other failure as a reason to open the viewer', () => {
    expect(afterPrint(true, '')).toBe('printed');
    expect(afterPrint(false, 'Print job canceled')).toBe('cancelled');
    expect(afterPrint(false, 'Print job failed')).toBe('open-viewer');
  });
});

function fakeActions(print: DownloadActions['printPdf']) {
  const opened: string[] = [];
  const reports: string[] = [];
  const printed: string[] = [];
  const actions: DownloadActions = {
    language: () => 'zh',
    folder: () => '/home/li/Documents',
    printPdf: async (path) => {
      printed.push(path);
      return print(path);
    },
    openPath: async (path) => {
      opened.push(path);
      return '';
    },
    report: (message) => reports.push(message),
  };
  return { actions, opened, reports, printed };
}

class FakeItem extends EventEmitter implements DownloadLike {
  dialog: unknown = null;
  constructor(private readonly name: string, private readonly savePath: string) {
    super();
  }
  getFilename() {
    return this.name;
  }
  getSavePath() {
    return this.savePath;
  }
  setSaveDialogOptions(options: unknown) {
    this.dialog = options;
  }
}

describe('the download flow', () => {
  it('gives every download a save dialog and prints the packet once it is saved', async () => {
    const session = new EventEmitter();
    const { actions, printed, opened } = fakeActions(async () => ({ success: true, failureReason: '' }));
    handleDownloads(session, actions);
    const packet = new FakeItem(PACKET, '/home/li/Documents/packet.pdf');
    const summary = new FakeItem('专业技术工作总结.pdf', '/home/li/Documents/summary.pdf');
    session.emit('will-download', {}, packet);
    session.emit('will-download', {}, summary);
    expect(packet.dialog).toMatchObject({ defaultPath: `/home/li/Documents/${PACKET}` });
    expect(summary.dialog).toMatchObject({ title: '保存 PDF' });
    packet.emit('done', {}, 'completed');
    summary.emit('done', {}, 'completed');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(printed).toEqual(['/home/li/Documents/packet.pdf']);
    expect(opened).toEqual([]);
  });
  it('does not print a packet whose save was cancelled', async () => {
    const session = new EventEmitter();
    const { actions, printed } = fakeActions(async () => ({ success: true, failureReason: '' }));
    handleDownloads(session, actions);
    const packet = new FakeItem(PACKET, '');
    session.emit('will-download', {}, packet);
    packet.emit('done', {}, 'cancelled');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(printed).toEqual([]);
  });
  it('opens the system PDF viewer when the print dialog cannot be shown, and not when the user cancels', async () => {
    const failing = fakeActions(async () => ({ success: false, failureReason: 'Print job failed' }));
    expect(await printOrOpen('/d/p.pdf', failing.actions)).toBe('open-viewer');
    expect(failing.opened).toEqual(['/d/p.pdf']);
    const throwing = fakeActions(async () => {
      throw new Error('no PDF viewer');
    });
    expect(await printOrOpen('/d/p.pdf', throwing.actions)).toBe('open-viewer');
    expect(throwing.reports[0]).toContain('no PDF viewer');
    const cancelled = fakeActions(async () => ({ success: false, failureReason: 'cancelled' }));
    expect(await printOrOpen('/d/p.pdf', cancelled.actions)).toBe('cancelled');
    expect(cancelled.opened).toEqual([]);
  });
});
