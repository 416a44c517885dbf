import { describe, it, expect, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appLocale, buildMenuTemplate, menuLocaleFor, recentLabels } from './menu';
import type { MenuInput } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(overrides: Partial<MenuInput> = {}) {
  const send = vi.fn();
  const sendDocument = vi.fn();
  const openRecent = vi.fn();
  const clearRecent = vi.fn();
  const template = buildMenuTemplate({ locale: 'en', isMac: false, isPackaged: true, send, sendDocument, recent: [], openRecent, clearRecent, ...overrides });
  return { template, all: flatten(template), send, sendDocument, openRecent, clearRecent };
}

function fileMenu(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const file = template.find((m) => m.label === 'File' || m.label === '文件');
  return Array.isArray(file?.submenu) ? file.submenu : [];
}

function recentMenu(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const item = fileMenu(template).find((i) => i.label === 'Open Recent' || i.label === '最近打开');
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function click(item: MenuItemConstructorOptions | undefined): void {
  // The click handler ignores its arguments; the menu passes (item, window, event).
  (item?.click as (() => void) | undefined)?.();
}

describe('menuLocaleFor', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
  ])('%s → %s', (os, locale) => expect(menuLocaleFor(os)).toBe(locale));
});

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Help on Windows/Linux and the app menu first on macOS', () => {
    expect(build().template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(build({ isMac: true }).template.map((m) => m.label)).toEqual(['Gradient Lab', 'File', 'Edit', 'View', 'Help']);
  });

  it('speaks Chinese when the OS does', () => {
    expect(build({ locale: 'zh-CN' }).template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const labels = build({ locale: 'zh-CN' }).all.map((i) => i.label);
    expect(labels).toContain('放大');
    expect(labels).toContain('缩小');
    expect(labels).toContain('实际大小');
  });

  it.each<[string, string, string]>([
    ['Zoom In', 'CmdOrCtrl+=', 'zoomIn'],
    ['Zoom Out', 'CmdOrCtrl+-', 'zoomOut'],
    ['Actual Size', 'CmdOrCtrl+0', 'zoomReset'],
  ])('%s (%s) sends %s to the renderer instead of zooming Chromium', (label, accelerator, command) => {
    const { all, send } = build();
    const item = all.find((i) => i.label === label);
    expect(item?.accelerator).toBe(accelerator);
    expect(item?.role).toBeUndefined();
    click(item);
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('also maps Ctrl/Cmd + Plus and the numpad keys, invisibly', () => {
    const { all, send } = build();
    const extra = all.filter((i) => i.visible === false);
    expect(extra.map((i) => i.accelerator).sort()).toEqual(['CmdOrCtrl+Plus', 'CmdOrCtrl+num0', 'CmdOrCtrl+numadd', 'CmdOrCtrl+numsub'].sort());
    for (const item of extra) click(item);
    expect(send.mock.calls.map((c) => c[0]).sort()).toEqual(['zoomIn', 'zoomIn', 'zoomOut', 'zoomReset'].sort());
  });

  it('uses no Chromium zoom roles anywhere', () => {
    const roles = build().all.map((i) => i.role);
    expect(roles).not.toContain('zoomIn');
    expect(roles).not.toContain('zoomOut');
    expect(roles).not.toContain('resetZoom');
  });

  it('has Toggle Full Screen in View', () => {
    const view = build().template.find((m) => m.label === 'View');
    const items = Array.isArray(view?.submenu) ? view.submenu : [];
    expect(items.some((i) => i.role === 'togglefullscreen')).toBe(true);
  });

  it('About sends the about command', () => {
    const { all, send } = build();
    click(all.find((i) => i.label === 'About Gradient Lab'));
    expect(send).toHaveBeenCalledExactlyOnceWith('about');
  });

  it('has no devtools or reload in packaged builds, and has them in development', () => {
    const packaged = build({ isPackaged: true }).all.map((i) => i.role);
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    const dev = build({ isPackaged: false }).all.map((i) => i.role);
    expect(dev).toContain('toggleDevTools');
  });

  it('offers Quit on Windows/Linux in File, and in the app menu on macOS', () => {
    const file = build().template[0];
    expect(Array.isArray(file?.submenu) && file.submenu.some((i) => i.role === 'quit')).toBe(true);
    const mac = build({ isMac: true });
    const appMenu = mac.template[0];
    expect(Array.isArray(appMenu?.submenu) && appMenu.submenu.some((i) => i.role === 'quit')).toBe(true);
  });

  it('has New, Open…, Open Recent, Save, Save As… in File, in that order', () => {
    const labels = fileMenu(build().template).map((i) => i.label ?? i.type);
    expect(labels.slice(0, 7)).toEqual(['New', 'Open…', 'Open Recent', 'separator', 'Save', 'Save As…', 'separator']);
    const zh = fileMenu(build({ locale: 'zh-CN' }).template).map((i) => i.label ?? i.type);
    expect(zh.slice(0, 6)).toEqual(['新建', '打开…', '最近打开', 'separator', '保存', '另存为…']);
  });

  it.each<[string, string, string]>([
    ['New', 'CmdOrCtrl+N', 'new'],
    ['Open…', 'CmdOrCtrl+O', 'open'],
    ['Save', 'CmdOrCtrl+S', 'save'],
    ['Save As…', 'CmdOrCtrl+Shift+S', 'save-as'],
  ])('%s (%s) sends the document command %s', (label, accelerator, command) => {
    const { template, sendDocument, send } = build();
    const item = fileMenu(template).find((i) => i.label === label);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(sendDocument).toHaveBeenCalledExactlyOnceWith(command);
    expect(send).not.toHaveBeenCalled();
  });

  it('Open Recent lists the files newest first; a click asks main to open that path', () => {
    const recent = [
      { name: 'bowl.gradlab', path: '/home/t/bowl.gradlab' },
      { name: 'saddle.gradlab', path: '/home/t/lectures/saddle.gradlab' },
    ];
    const { template, openRecent, clearRecent } = build({ recent });
    const items = recentMenu(template);
    expect(items.map((i) => i.label ?? i.type)).toEqual(['bowl.gradlab', 'saddle.gradlab', 'separator', 'Clear Recently Opened']);
    expect(items[1]?.toolTip).toBe('/home/t/lectures/saddle.gradlab');
    click(items[1]);
    expect(openRecent).toHaveBeenCalledExactlyOnceWith('/home/t/lectures/saddle.gradlab');
    expect(items[3]?.enabled).toBe(true);
    click(items[3]);
    expect(clearRecent).toHaveBeenCalledOnce();
  });

  it('an empty Open Recent says so and cannot be cleared', () => {
    const items = recentMenu(build({ locale: 'zh-CN' }).template);
    expect(items[0]).toMatchObject({ label: '无最近打开的文件', enabled: false });
    expect(items.at(-1)).toMatchObject({ label: '清除最近打开记录', enabled: false });
  });
});

describe('recentLabels', () => {
  it('adds the folder when two files share a name, and escapes & (a mnemonic marker)', () => {
    expect(
      recentLabels([
        { name: 'a.gradlab', path: '/x/a.gradlab' },
        { name: 'a.gradlab', path: '/y/a.gradlab' },
        { name: 'R&D.gradlab', path: '/y/R&D.gradlab' },
      ]),
    ).toEqual(['a.gradlab — /x', 'a.gradlab — /y', 'R&&D.gradlab']);
  });
});

describe('appLocale', () => {
  it('prefers the language chosen in the settings over the OS language', () => {
    expect(appLocale('en', 'zh-CN')).toBe('en');
    expect(appLocale('zh-CN', 'en-US')).toBe('zh-CN');
    expect(appLocale(null, 'zh-Hans-CN')).toBe('zh-CN');
    expect(appLocale(null, 'fr-FR')).toBe('en');
  });
});
