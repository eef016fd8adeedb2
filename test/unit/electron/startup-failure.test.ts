// When TitlePrep cannot start, the dialog says why in the system's language and names the data folder.
import { describe, expect, it } from 'vitest';
import { BackendOpenError } from '../../../electron/backend';
import { describeStartupFailure } from '../../../electron/main/startup-failure';

const folder = '/home/li/.config/TitlePrep';

describe('the startup failure dialog', () => {
  it('says a newer TitlePrep wrote the data and that it was not modified, in Chinese', () => {
    const dialog = describeStartupFailure(new BackendOpenError('database-newer', 'schema 9 > 1'), 'zh', folder);
    expect(dialog.title).toBe('职称申报助手无法启动');
    expect(dialog.message).toContain('更新版本');
    expect(dialog.message).toContain('没有修改');
    expect(dialog.message).toContain(folder);
  });

  it('says the same in English', () => {
    const dialog = describeStartupFailure(new BackendOpenError('database-newer', 'schema 9 > 1'), 'en', folder);
    expect(dialog.title).toBe('TitlePrep cannot start');
    expect(dialog.message).toMatch(/newer version of TitlePrep/);
    expect(dialog.message).toMatch(/did not modify it/);
  });

  it('explains an unreadable data file', () => {
    const dialog = describeStartupFailure(new BackendOpenError('database-unreadable', 'file is not a database'), 'en', folder);
    expect(dialog.message).toMatch(/could not be opened/);
    expect(dialog.message).toContain('file is not a database');
  });

  it('explains any other error without a stack trace, in one short line of detail', () => {
    const error = new Error(`ERR_FILE_NOT_FOUND: index.html\n    at loadFile (main.js:1:1)\n${'x'.repeat(1000)}`);
    const dialog = describeStartupFailure(error, 'zh', folder);
    expect(dialog.message).toContain('意外错误');
    expect(dialog.message).toContain('ERR_FILE_NOT_FOUND');
    expect(dialog.message).not.toContain('at loadFile');
  });

  it('copes with a thrown value that is not an Error', () => {
    for (const thrown of [undefined, null, 'boom', 42, { code: 'database-newer' }]) {
      expect(describeStartupFailure(thrown, 'en', folder).message).toMatch(/unexpected error/);
    }
  });
});
