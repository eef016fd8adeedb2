// What the desktop shell itself says: the application menu and the native dialogs shown when TitlePrep
// cannot start. The renderer's strings live in app.ts; these are shown by electron/main only.
import { defineDictionary, translate, type Params } from './core';
import type { Language } from './language';

const zh = {
  'menu.app': '职称申报助手',
  'menu.file': '文件',
  'menu.edit': '编辑',
  'menu.view': '视图',
  'menu.window': '窗口',
  'menu.help': '帮助',
  'menu.about': '关于职称申报助手',
  'menu.hide': '隐藏职称申报助手',
  'menu.hideOthers': '隐藏其他',
  'menu.unhide': '全部显示',
  'menu.quit': '退出职称申报助手',
  'menu.close': '关闭窗口',
  'menu.undo': '撤销',
  'menu.redo': '重做',
  'menu.cut': '剪切',
  'menu.copy': '复制',
  'menu.paste': '粘贴',
  'menu.pasteAndMatchStyle': '粘贴并匹配样式',
  'menu.delete': '删除',
  'menu.selectAll': '全选',
  'menu.reload': '重新加载',
  'menu.toggleDevTools': '开发者工具',
  'menu.resetZoom': '实际大小',
  'menu.zoomIn': '放大',
  'menu.zoomOut': '缩小',
  'menu.fullScreen': '全屏',
  'menu.minimize': '最小化',
  'menu.zoom': '缩放',
  'menu.front': '前置全部窗口',
  'menu.showDataFolder': '打开数据文件夹',
  'dialog.startFailed.title': '职称申报助手无法启动',
  'dialog.databaseNewer.message':
    '这台电脑上的数据是由更新版本的职称申报助手写入的。为保护数据，本程序没有修改它。请安装最新版本的职称申报助手后再打开。',
  'dialog.databaseUnreadable.message': '无法打开数据文件，数据没有被修改。请检查数据文件夹是否可以读写，然后重新启动程序。',
  'dialog.unexpected.message': '启动时发生意外错误，程序将退出。',
  'dialog.details': '数据文件夹：{folder}\n详细信息：{reason}',
} as const;

const en = {
  'menu.app': 'TitlePrep',
  'menu.file': 'File',
  'menu.edit': 'Edit',
  'menu.view': 'View',
  'menu.window': 'Window',
  'menu.help': 'Help',
  'menu.about': 'About TitlePrep',
  'menu.hide': 'Hide TitlePrep',
  'menu.hideOthers': 'Hide Others',
  'menu.unhide': 'Show All',
  'menu.quit': 'Quit TitlePrep',
  'menu.close': 'Close Window',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.pasteAndMatchStyle': 'Paste and Match Style',
  'menu.delete': 'Delete',
  'menu.selectAll': 'Select All',
  'menu.reload': 'Reload',
  'menu.toggleDevTools': 'Developer Tools',
  'menu.resetZoom': 'Actual Size',
  'menu.zoomIn': 'Zoom In',
  'menu.zoomOut': 'Zoom Out',
  'menu.fullScreen': 'Full Screen',
  'menu.minimize': 'Minimize',
  'menu.zoom': 'Zoom',
  'menu.front': 'Bring All to Front',
  'menu.showDataFolder': 'Open Data Folder',
  'dialog.startFailed.title': 'TitlePrep cannot start',
  'dialog.databaseNewer.message':
    'The data on this computer was written by a newer version of TitlePrep. To keep it safe, this version did not modify it. Install the latest TitlePrep, then open it again.',
  'dialog.databaseUnreadable.message':
    'The data file could not be opened, and it was not modified. Check that the data folder can be read and written, then start TitlePrep again.',
  'dialog.unexpected.message': 'An unexpected error happened while starting. TitlePrep will close.',
  'dialog.details': 'Data folder: {folder}\nDetails: {reason}',
};

export const shellMessages = defineDictionary(zh, en);
export type ShellKey = keyof typeof zh;

export function shellText(language: Language, key: ShellKey, params?: Params): string {
  return translate(shellMessages, language, key, params);
}
