// A stand-in for the `electron` module, for run.mjs only: records what the built main process
// does (IPC handlers, menu, titles, message boxes, events sent) and answers dialogs from env vars.
// It is NOT Electron: it checks that the bundle's own code (write-file-atomic and all) runs.
import { EventEmitter } from 'node:events';

export const record = (globalThis.__fakeElectron = { handlers: new Map(), sent: [], titles: [], boxes: [], menu: null, windows: [], app: new EventEmitter(), switches: [] });
const noop = () => undefined;

export const app = {
  whenReady: async () => undefined,
  getPath: () => process.env.SMOKE_USER_DATA,
  getVersion: () => '0.0.0-smoke',
  getLocale: () => 'en-US',
  getPreferredSystemLanguages: () => ['zh-CN'],
  requestSingleInstanceLock: () => true,
  on: (name, listener) => record.app.on(name, listener),
  enableSandbox: noop,
  commandLine: { appendSwitch: (name, value) => record.switches.push(value === undefined ? name : `${name}=${value}`) },
  isPackaged: true,
  quit: () => record.sent.push(['app.quit']),
  exit: (code) => {
    throw new Error(`app.exit(${code})`);
  },
  addRecentDocument: (p) => record.sent.push(['addRecentDocument', p]),
  clearRecentDocuments: noop,
};
export const protocol = { registerSchemesAsPrivileged: noop, handle: noop };
export const session = { defaultSession: { setPermissionRequestHandler: noop, setPermissionCheckHandler: noop } };
export const shell = { openExternal: async () => undefined };
export const ipcMain = { handle: (channel, listener) => record.handlers.set(channel, listener), removeHandler: (channel) => record.handlers.delete(channel) };
export const Menu = { buildFromTemplate: (template) => template, setApplicationMenu: (menu) => (record.menu = menu) };
export const dialog = {
  showSaveDialog: async () => ({ canceled: false, filePath: process.env.SMOKE_DIALOG_PATH }),
  showOpenDialog: async () => ({ canceled: false, filePaths: [process.env.SMOKE_DIALOG_PATH] }),
  showMessageBox: async (...args) => {
    record.boxes.push(args.at(-1));
    return { response: Number(process.env.SMOKE_BOX_ANSWER ?? 2) };
  },
  showErrorBox: (_title, message) => {
    throw new Error(`showErrorBox: ${message}`);
  },
};
export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = Object.assign(new EventEmitter(), { id: 1, isDestroyed: () => false, send: (channel, payload) => record.sent.push([channel, payload]) });
    record.windows.push(this);
  }
  show() {}
  loadURL() {
    return Promise.resolve();
  }
  setTitle(title) {
    record.titles.push(title);
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    record.sent.push(['window focused']);
  }
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      record.sent.push(['window closed']);
      this.emit('closed');
    }
  }
}
