// The application menu, in the user's language: built from Electron's roles with our own labels (the
// roles' built-in labels are English only), and rebuilt when the language setting changes.
import type { MenuItemConstructorOptions } from 'electron';
import type { Channel, Language } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import { type ShellKey, shellText } from '../../shared/i18n/menu';

export interface MenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Reload and DevTools are for development builds only. */
  developerTools: boolean;
}
export interface MenuActions {
  showDataFolder(): void;
}

type Role = NonNullable<MenuItemConstructorOptions['role']>;
const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const label = (key: ShellKey) => shellText(options.language, key);
  const item = (role: Role, key: ShellKey): MenuItemConstructorOptions => ({ role, label: label(key) });
  const mac = options.platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: label('menu.app'),
    submenu: [item('about', 'menu.about'), separator, item('hide', 'menu.hide'), item('hideOthers', 'menu.hideOthers'), item('unhide', 'menu.unhide'), separator, item('quit', 'menu.quit')],
  };
  const file: MenuItemConstructorOptions = {
    label: label('menu.file'),
    submenu: [{ label: label('menu.showDataFolder'), click: () => actions.showDataFolder() }, separator, mac ? item('close', 'menu.close') : item('quit', 'menu.quit')],
  };
  const edit: MenuItemConstructorOptions = {
    label: label('menu.edit'),
    submenu: [
      item('undo', 'menu.undo'),
      item('redo', 'menu.redo'),
      separator,
      item('cut', 'menu.cut'),
      item('copy', 'menu.copy'),
      item('paste', 'menu.paste'),
      ...(mac ? [item('pasteAndMatchStyle', 'menu.pasteAndMatchStyle')] : []),
      item('delete', 'menu.delete'),
      separator,
      item('selectAll', 'menu.selectAll'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: label('menu.view'),
    submenu: [
      ...(options.developerTools ? [item('reload', 'menu.reload'), item('toggleDevTools', 'menu.toggleDevTools'), separator] : []),
      item('resetZoom', 'menu.resetZoom'),
      item('zoomIn', 'menu.zoomIn'),
      item('zoomOut', 'menu.zoomOut'),
      separator,
      item('togglefullscreen', 'menu.fullScreen'),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: label('menu.window'),
    submenu: mac
      ? [item('minimize', 'menu.minimize'), item('zoom', 'menu.zoom'), separator, item('front', 'menu.front')]
      : [item('minimize', 'menu.minimize'), item('close', 'menu.close')],
  };
  const help: MenuItemConstructorOptions = { role: 'help', label: label('menu.help'), submenu: [item('about', 'menu.about')] };
  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu, help];
}

/**
 * The menu language after a backend reply: a successful settings reply carries the setting, where null
 * means "follow the system". Any other reply changes nothing (null).
 */
export function menuLanguageAfterReply(channel: Channel, reply: Result<unknown>, systemLanguage: Language): Language | null {
  if ((channel !== 'settings.update' && channel !== 'settings.get') || !reply.ok) return null;
  const value = reply.value;
  if (typeof value !== 'object' || value === null || !('language' in value)) return null;
  const language = value.language;
  if (language === 'zh' || language === 'en') return language;
  return language === null ? systemLanguage : null;
}
