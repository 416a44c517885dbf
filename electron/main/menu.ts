/**
 * The application menu, in the app language (the settings' choice, else the OS language). Zoom
 * items do not zoom Chromium: they send a `menu:command` to the renderer, which owns UI scaling
 * (so the web build behaves the same). The File menu's New/Open/Save/Save As send a
 * `document:command`; Open Recent is read by main. Built as a pure template so tests can inspect
 * it without Electron; rebuilt when the language or the recent list changes.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc/contract';
import type { RecentFile } from './recent-files';

export type MenuLocale = 'zh-CN' | 'en';

/** The menu language for an OS locale tag (`zh`, `zh-CN`, `zh-Hans-CN`, … → zh-CN; else en). */
export function menuLocaleFor(osLocale: string): MenuLocale {
  return /^zh\b/i.test(osLocale) ? 'zh-CN' : 'en';
}

/** The app language: the one chosen in the settings, else the OS language. */
export function appLocale(settingsLanguage: MenuLocale | null, osLocale: string): MenuLocale {
  return settingsLanguage ?? menuLocaleFor(osLocale);
}

/** The File menu items that the renderer's document system carries out. */
export type DocumentMenuCommand = 'new' | 'open' | 'save' | 'save-as';

const LABELS = {
  en: {
    file: 'File',
    new: 'New',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No Recent Files',
    clearRecent: 'Clear Recently Opened',
    save: 'Save',
    saveAs: 'Save As…',
    quit: 'Quit',
    close: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    zoomReset: 'Actual Size',
    fullScreen: 'Toggle Full Screen',
    reload: 'Reload',
    devTools: 'Toggle Developer Tools',
    help: 'Help',
    about: 'About Gradient Lab',
    hide: 'Hide Gradient Lab',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
  },
  'zh-CN': {
    file: '文件',
    new: '新建',
    open: '打开…',
    openRecent: '最近打开',
    noRecent: '无最近打开的文件',
    clearRecent: '清除最近打开记录',
    save: '保存',
    saveAs: '另存为…',
    quit: '退出',
    close: '关闭窗口',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomReset: '实际大小',
    fullScreen: '切换全屏',
    reload: '重新加载',
    devTools: '切换开发者工具',
    help: '帮助',
    about: '关于 Gradient Lab',
    hide: '隐藏 Gradient Lab',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
  },
} as const satisfies Record<MenuLocale, Record<string, string>>;

export interface MenuInput {
  readonly locale: MenuLocale;
  /** macOS gets the app menu and keeps Quit there. */
  readonly isMac: boolean;
  /** Packaged builds have no devtools or reload. */
  readonly isPackaged: boolean;
  /** Delivers a command to the renderer (menu:command). */
  readonly send: (command: MenuCommand) => void;
  /** Delivers a File menu command to the renderer (document:command). */
  readonly sendDocument: (command: DocumentMenuCommand) => void;
  /** File ▸ Open Recent, newest first. */
  readonly recent: readonly RecentFile[];
  /** Main reads the file (or reports it missing) and hands it to the renderer. */
  readonly openRecent: (filePath: string) => void;
  readonly clearRecent: () => void;
}

/**
 * Labels for the recent list: the file name, plus its folder when two files share a name.
 * `&` is doubled because Windows and Linux menus treat it as a mnemonic marker.
 */
export function recentLabels(recent: readonly RecentFile[]): string[] {
  return recent.map((file) => {
    const clash = recent.some((other) => other !== file && other.name === file.name);
    const label = clash ? `${file.name} — ${file.path.slice(0, file.path.length - file.name.length - 1)}` : file.name;
    return label.replace(/&/g, '&&');
  });
}

/**
 * The menu template. Zoom, about and the File items are renderer commands; the rest are roles.
 * File items carry ids (`file-save` …) so the Electron e2e suite can click them.
 */
export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const t = LABELS[input.locale];
  const command = (name: MenuCommand) => () => input.send(name);
  const documentCommand = (name: DocumentMenuCommand) => () => input.sendDocument(name);
  const labels = recentLabels(input.recent);
  const recentItems: MenuItemConstructorOptions[] =
    input.recent.length === 0
      ? [{ label: t.noRecent, enabled: false }]
      : input.recent.map((file, i) => ({ id: `file-recent-${i}`, label: labels[i] ?? file.name, toolTip: file.path, click: () => input.openRecent(file.path) }));
  // Extra accelerators (numpad, Shift+= as "+") without extra visible entries.
  const hidden = (accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label: accelerator,
    accelerator,
    visible: false,
    acceleratorWorksWhenHidden: true,
    click: command(name),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: 'Gradient Lab',
    submenu: [
      { label: t.about, click: command('about') },
      { type: 'separator' },
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide },
      { type: 'separator' },
      { role: 'quit', label: t.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { id: 'file-new', label: t.new, accelerator: 'CmdOrCtrl+N', click: documentCommand('new') },
      { id: 'file-open', label: t.open, accelerator: 'CmdOrCtrl+O', click: documentCommand('open') },
      {
        id: 'file-open-recent',
        label: t.openRecent,
        submenu: [...recentItems, { type: 'separator' }, { label: t.clearRecent, enabled: input.recent.length > 0, click: () => input.clearRecent() }],
      },
      { type: 'separator' },
      { id: 'file-save', label: t.save, accelerator: 'CmdOrCtrl+S', click: documentCommand('save') },
      { id: 'file-save-as', label: t.saveAs, accelerator: 'CmdOrCtrl+Shift+S', click: documentCommand('save-as') },
      { type: 'separator' },
      input.isMac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit },
    ],
  };

  // Without an Edit menu, macOS has no Cmd+C/V/X in text fields (the formula box needs them).
  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const viewItems: MenuItemConstructorOptions[] = [
    { label: t.zoomIn, accelerator: 'CmdOrCtrl+=', click: command('zoomIn') },
    hidden('CmdOrCtrl+Plus', 'zoomIn'),
    hidden('CmdOrCtrl+numadd', 'zoomIn'),
    { label: t.zoomOut, accelerator: 'CmdOrCtrl+-', click: command('zoomOut') },
    hidden('CmdOrCtrl+numsub', 'zoomOut'),
    { label: t.zoomReset, accelerator: 'CmdOrCtrl+0', click: command('zoomReset') },
    hidden('CmdOrCtrl+num0', 'zoomReset'),
    { type: 'separator' },
    { role: 'togglefullscreen', label: t.fullScreen },
  ];
  if (!input.isPackaged) {
    viewItems.push({ type: 'separator' }, { role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools });
  }

  const helpMenu: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: [{ label: t.about, click: command('about') }],
  };

  return [
    ...(input.isMac ? [appMenu] : []),
    fileMenu,
    editMenu,
    { label: t.view, submenu: viewItems },
    helpMenu,
  ];
}
