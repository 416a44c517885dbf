/**
 * The implementation of each contract channel, wired to injected services so the whole table is
 * testable without Electron. Requests arrive already validated by the router.
 */
import type { AppInfo, IpcResult, ParsedRequestOf, ResponseOf, Settings } from '../ipc/contract';
import type { DocumentWindow } from './document-window';
import type { DocumentService } from './documents';
import { openDocument, saveDocument } from './files';
import type { FileDialogs } from './files';
import { ipcError } from './ipc-errors';
import type { InvokeHandlers } from './ipc-router';
import { isExternalHttpUrl } from './navigation';
import type { RecoveryStore } from './recovery-store';
import type { SettingsStore } from './settings-store';

export interface HandlerDeps {
  readonly appInfo: () => AppInfo;
  readonly settings: SettingsStore;
  /** `shell.openExternal`. */
  readonly openExternal: (url: string) => Promise<void>;
  readonly dialogs: FileDialogs;
  readonly documents: DocumentService;
  readonly recovery: RecoveryStore;
  /** The window's title and close guard; null while there is no window. */
  readonly documentWindow: () => DocumentWindow | null;
  readonly saveExport: (request: ParsedRequestOf<'export:save'>) => Promise<IpcResult<ResponseOf<'export:save'>>>;
  /**
   * The file the system asked us to open before the page listened, if any (see launch-files.ts);
   * calling it marks the page as listening. Absent: no such files (tests, the web build).
   */
  readonly takeLaunchFile?: () => string | null;
  /** After settings changed (the menu follows the language). */
  readonly onSettingsChanged?: (settings: Settings) => void;
}

/** The handlers for every invoke channel of the contract. */
export function createInvokeHandlers(deps: HandlerDeps): InvokeHandlers {
  return {
    'app:info': async () => ({ ok: true, value: deps.appInfo() }),
    'settings:get': async () => ({ ok: true, value: deps.settings.get() }),
    'settings:set': async (patch) => {
      const result = await deps.settings.update(patch);
      if (!result.ok) return { ok: false, error: { code: 'io', message: result.error } };
      deps.onSettingsChanged?.(result.value);
      return result;
    },
    'shell:openExternal': async ({ url }) => {
      // Already enforced by the schema; repeated here because this line is what opens the browser.
      if (!isExternalHttpUrl(url)) {
        return { ok: false, error: ipcError('invalid-request', 'Only web links can be opened.', '只能打开网页链接。') };
      }
      try {
        await deps.openExternal(url);
      } catch {
        return {
          ok: false,
          error: ipcError('io', 'The link could not be opened in your browser.', '无法在浏览器中打开该链接。'),
        };
      }
      return { ok: true, value: { opened: true } };
    },
    'file:open': (request) => openDocument(deps.dialogs, request),
    'file:save': (request) => saveDocument(deps.dialogs, request),
    'document:open': () => deps.documents.open(),
    'document:save': (request) => deps.documents.save(request),
    'document:recent': async () => ({ ok: true, value: deps.documents.recentList() }),
    'document:openRecent': ({ path }) => deps.documents.openRecent(path),
    'document:launchFile': async () => {
      const filePath = deps.takeLaunchFile?.() ?? null;
      if (filePath === null) return { ok: true, value: { file: null } };
      const read = await deps.documents.openFromSystem(filePath);
      return read.ok ? { ok: true, value: { file: read.value } } : read;
    },
    'document:state': async (state) => {
      deps.documentWindow()?.report(state);
      return { ok: true, value: { reported: true } };
    },
    'document:confirmClose': async () => ({ ok: true, value: { closing: deps.documentWindow()?.confirmClose() ?? false } }),
    'recovery:write': ({ text }) => deps.recovery.write(text),
    'recovery:read': () => deps.recovery.read(),
    'recovery:clear': () => deps.recovery.clear(),
    'export:save': (request) => deps.saveExport(request),
  };
}
