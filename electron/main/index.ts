/**
 * The Electron main process: app lifecycle and wiring only. Every decision (window options,
 * protocol paths, navigation, permissions, IPC validation, settings, files, menu) lives in its
 * own tested module; this file connects them to Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL, APP_SCHEME } from './app-url';
import { createInvokeHandlers } from './handlers';
import { isTrustedSender, registerIpcRouter, sendToRenderer } from './ipc-router';
import { buildMenuTemplate, menuLocaleFor } from './menu';
import { hardenWebContents, isExternalHttpUrl, lockDownPermissions } from './navigation';
import { createAppProtocolHandler, registerAppScheme } from './protocol';
import { openSettingsStore } from './settings-store';
import type { SettingsStore } from './settings-store';
import { createWindowOptions } from './window-options';

const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

let mainWindow: BrowserWindow | null = null;

function openExternal(url: string): void {
  if (isExternalHttpUrl(url)) void shell.openExternal(url);
}

function osLocale(): string {
  return app.getPreferredSystemLanguages()[0] ?? app.getLocale();
}

function createMainWindow(settings: SettingsStore): BrowserWindow {
  const win = new BrowserWindow(createWindowOptions({ preloadPath, theme: settings.get().theme }));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

function installMenu(): void {
  const template = buildMenuTemplate({
    locale: menuLocaleFor(osLocale()),
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    send: (command) => {
      if (mainWindow !== null) sendToRenderer(mainWindow.webContents, 'menu:command', { command });
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  await app.whenReady();
  const { store, status } = await openSettingsStore(app.getPath('userData'));
  if (status === 'recovered-from-corrupt') console.warn(`[settings] ${store.filePath} was corrupt; kept as .bak, using defaults`);

  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir }));
  lockDownPermissions(session.defaultSession);

  const modalTo = () => mainWindow ?? undefined;
  registerIpcRouter(
    ipcMain,
    createInvokeHandlers({
      appInfo: () => ({ version: app.getVersion(), platform: process.platform, osLocale: osLocale(), electron: true }),
      settings: store,
      openExternal: (url) => shell.openExternal(url),
      dialogs: {
        showOpenDialog: (options) => {
          const parent = modalTo();
          return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
        },
        showSaveDialog: (options) => {
          const parent = modalTo();
          return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
        },
      },
    }),
    (event) => isTrustedSender(event, mainWindow?.webContents.id),
  );

  installMenu();
  mainWindow = createMainWindow(store);

  // macOS keeps the app alive without windows; the dock icon brings one back.
  app.on('activate', () => {
    if (mainWindow === null) mainWindow = createMainWindow(store);
  });
}

// Must happen before 'ready': privileged schemes and the global sandbox are fixed at startup.
registerAppScheme(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second launch only focuses the first one (instructors double-click icons).
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every webContents, including any created later, gets the same navigation rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('[main] startup failed', error);
    dialog.showErrorBox(
      'Gradient Lab',
      `Gradient Lab could not start. / Gradient Lab 无法启动。\n\n${error instanceof Error ? error.message : String(error)}`,
    );
    app.exit(1);
  });
}
