// The desktop app's save dialog offers a hand-over package as its own file type, named in the user's
// language (the download of `handover.export`'s slices reaches the session's will-download like any other).
import { describe, expect, it } from 'vitest';
import { saveDialogOptions } from '../../../electron/main/pdf-download';

describe('saving a hand-over package', () => {
  it('offers the .titleprep type by its name in Chinese and in English', () => {
    expect(saveDialogOptions('申报资料交接包_张伟_2026-11-23.titleprep', 'zh', '/home/li/Documents').filters).toEqual([{ name: 'TitlePrep 交接包', extensions: ['titleprep'] }]);
    expect(saveDialogOptions('申报资料交接包_张伟_2026-11-23.TITLEPREP', 'en', '/home/li/Documents').filters).toEqual([{ name: 'TitlePrep hand-over package', extensions: ['titleprep'] }]);
  });
});
