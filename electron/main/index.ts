/**
 * The Electron main process: app lifecycle and wiring only. Every decision (window options,
 * protocol paths, navigation, permissions, IPC validation, settings, files, menu) lives in its
 * own tested module; this file connects them to Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL, APP_SCHEME } from './app-url';
import { createDocumentWindow } from './document-window';
import type { IpcResult, OpenedDocument } from '../ipc/contract';
import type { DocumentWindow } from './document-window';
import { createDocumentService } from './documents';
import type { DocumentDialogs, DocumentService } from './documents';
import { saveExport } from './export-files';
import { createInvokeHandlers } from './handlers';
import { createLaunchQueue, documentPathFromArgv } from './launch-files';
import { isTrustedSender, registerIpcRouter, sendToRenderer } from './ipc-router';
import { appLocale, buildMenuTemplate } from './menu';
import type { MenuLocale } from './menu';
import { hardenWebContents, isExternalHttpUrl, lockDownPermissions } from './navigation';
import { createAppProtocolHandler, registerAppScheme } from './protocol';
import { openRecentFiles } from './recent-files';
import type { RecentFiles } from './recent-files';
import { createRecoveryStore } from './recovery-store';
import type { RecoveryStore } from './recovery-store';
import { openSettingsStore } from './settings-store';
import type { SettingsStore } from './settings-store';
import { createWindowOptions } from './window-options';
import { applyGpuSwitches, gpuSwitches } from './gpu-switches';

const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

let mainWindow: BrowserWindow | null = null;
/** The main window's title and unsaved-changes guard. */
let documentWindow: DocumentWindow | null = null;
/** Quit was requested (Cmd+Q, or the last window closing on Windows/Linux) and may be pending a save. */
let quitting = false;
/** Set once the stores exist: reads a file the system asked us to open and hands it to the page. */
let openSystemFile: ((filePath: string) => void) | null = null;
/** Set once started: opens a window if there is none (macOS runs without windows). */
let reopenWindow: (() => void) | null = null;
/** Files double-clicked or passed on the command line, held until the page listens. */
const launchFiles = createLaunchQueue((filePath) => openSystemFile?.(filePath));

/** What the document side of main needs from start-up: the stores, the service, the language. */
interface DocumentServices {
  readonly documents: DocumentService;
  readonly recovery: RecoveryStore;
  readonly recent: RecentFiles;
  readonly locale: () => MenuLocale;
}

function openExternal(url: string): void {
  if (isExternalHttpUrl(url)) void shell.openExternal(url);
}

function osLocale(): string {
  return app.getPreferredSystemLanguages()[0] ?? app.getLocale();
}

function createMainWindow(settings: SettingsStore, services: DocumentServices): BrowserWindow {
  const win = new BrowserWindow(createWindowOptions({ preloadPath, theme: settings.get().theme }));
  const guard = createDocumentWindow({
    window: win,
    isMac: process.platform === 'darwin',
    locale: services.locale,
    askUnsaved: async (question) => {
      const { response } = await dialog.showMessageBox(win, {
        type: 'warning',
        title: question.title,
        message: question.message,
        detail: question.detail,
        buttons: [...question.buttons],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },
    requestSaveThenClose: () => {
      sendToRenderer(win.webContents, 'document:command', { kind: 'save-then-close' });
    },
    discardRecovery: async () => {
      await services.recovery.clear();
    },
    currentPath: () => services.documents.currentPath(),
  });
  documentWindow = guard;
  // The title is main's: the page's <title> would overwrite the document name and dirty marker.
  win.on('page-title-updated', (event) => event.preventDefault());
  // preventDefault happens synchronously inside handleClose while there are unsaved changes.
  win.on('close', (event) => {
    void guard.handleClose(event).then((outcome) => {
      // Cancel also cancels a pending quit; after Save the quit resumes once the window closes.
      if (outcome === 'canceled') quitting = false;
    });
  });
  // A crashed page cannot save: let the window close (its autosave is still in userData).
  win.webContents.on('render-process-gone', () => {
    launchFiles.pageGone();
    guard.rendererGone();
  });
  // A reload replaces the page: files wait again until the new page asks for them.
  win.webContents.on('did-navigate', () => launchFiles.pageGone());
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    launchFiles.pageGone();
    if (mainWindow === win) mainWindow = null;
    if (documentWindow === guard) documentWindow = null;
    // macOS keeps running without windows, unless this close was part of quitting.
    if (quitting) app.quit();
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/** Gives a document main has read to the page (which asks about unsaved work), or says why it could not be read. */
async function handOver(services: DocumentServices, result: IpcResult<OpenedDocument>): Promise<void> {
  const win = mainWindow;
  if (win === null) return;
  if (result.ok) {
    sendToRenderer(win.webContents, 'document:command', { kind: 'opened', file: result.value });
    return;
  }
  await dialog.showMessageBox(win, { type: 'error', message: result.error.message[services.locale()], noLink: true });
}

/** The language the current menu was built in. */
let menuLocale: MenuLocale | null = null;

function installMenu(services: DocumentServices): void {
  const locale = services.locale();
  menuLocale = locale;
  const template = buildMenuTemplate({
    locale,
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    send: (command) => {
      if (mainWindow !== null) sendToRenderer(mainWindow.webContents, 'menu:command', { command });
    },
    sendDocument: (kind) => {
      if (mainWindow !== null) sendToRenderer(mainWindow.webContents, 'document:command', { kind });
    },
    recent: services.recent.list(),
    openRecent: (filePath) => {
      void services.documents.openRecent(filePath).then((result) => handOver(services, result));
    },
    clearRecent: () => {
      void services.recent.clear();
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
  const dialogs: DocumentDialogs = {
    showOpenDialog: (options) => {
      const parent = modalTo();
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const parent = modalTo();
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    showMessageBox: (options) => {
      const parent = modalTo();
      return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
    },
  };
  const userData = app.getPath('userData');
  // The dock (macOS) and jump list (Windows) know recent documents too; Linux has no such list.
  const osRecent =
    process.platform === 'darwin' || process.platform === 'win32'
      ? { add: (p: string) => app.addRecentDocument(p), clear: () => app.clearRecentDocuments() }
      : null;
  const recent = await openRecentFiles(userData, osRecent);
  const locale = () => appLocale(store.get().language, osLocale());
  const services: DocumentServices = {
    documents: createDocumentService({ dialogs, recent, locale }),
    recovery: createRecoveryStore(userData),
    recent,
    locale,
  };

  registerIpcRouter(
    ipcMain,
    createInvokeHandlers({
      appInfo: () => ({ version: app.getVersion(), platform: process.platform, osLocale: osLocale(), electron: true }),
      settings: store,
      openExternal: (url) => shell.openExternal(url),
      dialogs,
      documents: services.documents,
      recovery: services.recovery,
      documentWindow: () => documentWindow,
      saveExport: (request) => saveExport({ dialogs, locale }, request),
      takeLaunchFile: () => launchFiles.take(),
      // The menu and the title speak the app language: follow a language change at once (only
      // then: zooming also saves settings, and rebuilding the menu mid-accelerator is needless).
      onSettingsChanged: () => {
        if (locale() === menuLocale) return;
        installMenu(services);
        documentWindow?.refreshTitle();
      },
    }),
    (event) => isTrustedSender(event, mainWindow?.webContents.id),
  );

  openSystemFile = (filePath) => {
    void services.documents.openFromSystem(filePath).then((result) => handOver(services, result));
  };
  installMenu(services);
  recent.onChange(() => installMenu(services));
  mainWindow = createMainWindow(store, services);

  // macOS keeps the app alive without windows; the dock icon (or opening a document) brings one back.
  reopenWindow = () => {
    if (mainWindow === null) mainWindow = createMainWindow(store, services);
  };
  app.on('activate', reopenWindow);
}

// Must happen before 'ready': privileged schemes, the global sandbox and Chromium's GPU
// switches (a software WebGL fallback for PCs without a GPU driver) are fixed at startup.
registerAppScheme(protocol);
app.enableSandbox();
applyGpuSwitches(app.commandLine, gpuSwitches(process.env));

if (!app.requestSingleInstanceLock()) {
  // A second launch only focuses the first one (instructors double-click icons).
  app.quit();
} else {
  // Windows and Linux: a double-clicked document arrives on the command line.
  const launched = documentPathFromArgv(process.argv, { defaultApp: process.defaultApp === true, cwd: process.cwd() });
  if (launched !== null) launchFiles.offer(launched);
  // macOS: Finder's "open" arrives as an event, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    launchFiles.offer(filePath);
    reopenWindow?.();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // A document double-clicked while we run starts a second instance, which hands it over here.
    const handed = documentPathFromArgv(argv, { defaultApp: process.defaultApp === true, cwd: workingDirectory });
    if (handed !== null) launchFiles.offer(handed);
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every webContents, including any created later, gets the same navigation rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('before-quit', () => {
    quitting = true;
  });
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
