// The application menu speaks the user's language, uses Electron's roles, and follows the setting.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/contract/result';
import { shellMessages } from '../../../shared/i18n/menu';
import { menuLanguageAfterReply, menuTemplate } from '../../../electron/main/menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [item.label ?? '', ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]).filter((label) => label !== '');
}
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [item.role ?? '', ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]).filter((role) => role !== '');
}
const actions = { showDataFolder: () => undefined };

describe('the application menu', () => {
  it('is in Chinese for a Chinese setting', () => {
    const template = menuTemplate({ language: 'zh', platform: 'win32', developerTools: false }, actions);
    expect(template.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(labels(template)).toContain('复制');
  });

  it('is in English for an English setting', () => {
    const template = menuTemplate({ language: 'en', platform: 'linux', developerTools: false }, actions);
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(template)).toContain('Paste');
  });

  it('gives every item with a role a translated label (the roles’ own labels are English only)', () => {
    for (const language of ['zh', 'en'] as const) {
      for (const platform of ['darwin', 'win32', 'linux'] as const) {
        const check = (items: MenuItemConstructorOptions[]) => {
          for (const item of items) {
            if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
            if (Array.isArray(item.submenu)) check(item.submenu);
          }
        };
        check(menuTemplate({ language, platform, developerTools: true }, actions));
      }
    }
  });

  it('keeps editing, zoom and window roles, so keyboard shortcuts work in text fields', () => {
    const template = menuTemplate({ language: 'zh', platform: 'win32', developerTools: false }, actions);
    expect(roles(template)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'minimize', 'quit', 'about']));
  });

  it('offers reload and DevTools only in development', () => {
    const released = roles(menuTemplate({ language: 'en', platform: 'linux', developerTools: false }, actions));
    expect(released).not.toContain('toggleDevTools');
    expect(released).not.toContain('reload');
    expect(roles(menuTemplate({ language: 'en', platform: 'linux', developerTools: true }, actions))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has the app menu first on macOS', () => {
    const template = menuTemplate({ language: 'zh', platform: 'darwin', developerTools: false }, actions);
    expect(template[0]?.label).toBe('职称申报助手');
    expect(roles(template)).toEqual(expect.arrayContaining(['hide', 'front', 'close']));
  });

  it('opens the data folder from the File menu', () => {
    const showDataFolder = vi.fn();
    const file = menuTemplate({ language: 'en', platform: 'linux', developerTools: false }, { showDataFolder })[0];
    const item = Array.isArray(file?.submenu) ? file.submenu.find((entry) => entry.label === 'Open Data Folder') : undefined;
    item?.click?.({} as never, undefined, {} as never);
    expect(showDataFolder).toHaveBeenCalledOnce();
  });
});

describe('the menu language after a reply', () => {
  it('follows a successful settings.update', () => {
    expect(menuLanguageAfterReply('settings.update', ok({ language: 'en', currentApplicantId: null }), 'zh')).toBe('en');
    expect(menuLanguageAfterReply('settings.update', ok({ language: 'zh', currentApplicantId: null }), 'en')).toBe('zh');
  });

  it('returns to the system language when the setting is cleared', () => {
    expect(menuLanguageAfterReply('settings.update', ok({ language: null, currentApplicantId: null }), 'zh')).toBe('zh');
  });

  it('reads the setting from settings.get at startup', () => {
    expect(menuLanguageAfterReply('settings.get', ok({ language: 'en', currentApplicantId: null }), 'zh')).toBe('en');
  });

  it('ignores failures, other channels and odd replies', () => {
    expect(menuLanguageAfterReply('settings.update', fail('validation', 'bad'), 'zh')).toBeNull();
    expect(menuLanguageAfterReply('applicants.list', ok({ language: 'en' }), 'zh')).toBeNull();
    for (const value of [null, 'en', 42, {}, { language: 'fr' }, { language: 7 }, { language: ['en'] }]) {
      expect(menuLanguageAfterReply('settings.update', ok(value), 'zh')).toBeNull();
    }
  });
});

describe('the shell dictionary', () => {
  it('has every key in both languages, never empty', () => {
    expect(Object.keys(shellMessages.en).sort()).toEqual(Object.keys(shellMessages.zh).sort());
    for (const language of ['zh', 'en'] as const) {
      for (const [key, text] of Object.entries(shellMessages[language])) expect(text.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(shellMessages.zh) as (keyof typeof shellMessages.zh)[]) {
      expect(placeholders(shellMessages.en[key]), key).toEqual(placeholders(shellMessages.zh[key]));
    }
  });
});
