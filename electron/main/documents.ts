/**
 * The desktop document path: File ▸ Open, Save, Save As and Open Recent for `.gradlab` documents.
 *
 * The renderer never chooses a path: it gets back paths main handed out (from a dialog or the
 * recent list) and may pass one back to Save over it; main writes only over paths it knows.
 * Every write is atomic and keeps the previous version as `.bak`. Main remembers a fingerprint of
 * each file it read or wrote, and asks before overwriting a file someone changed on disk since.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { IpcResult, OpenedDocument, ParsedRequestOf, ResponseOf } from '../ipc/contract';
import { MAX_DOCUMENT_BYTES } from '../ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { cannotWrite, tooLargeToSave } from './file-errors';
import { ipcError } from './ipc-errors';
import type { MenuLocale } from './menu';
import type { RecentFiles } from './recent-files';
import { samePath } from './recent-files';
import { diskStateSince, fingerprintAfterWrite, readTextFile } from './text-file';
import type { Fingerprint } from './text-file';

export const DOCUMENT_EXTENSION = 'gradlab';

/** The native dialogs, already bound to the main window (so they are modal to it). */
export interface DocumentDialogs {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
}

export interface DocumentServiceDeps {
  readonly dialogs: DocumentDialogs;
  readonly recent: RecentFiles;
  /** The app language for the dialogs' own texts. */
  readonly locale: () => MenuLocale;
  /** The atomic writer (injectable so tests can make it fail like a full or read-only disk). */
  readonly write?: (filePath: string, bytes: Uint8Array) => Promise<void>;
  readonly maxBytes?: number;
  /** Does a file exist at this path? (Before adding an extension, and to prune Open Recent.) */
  readonly exists?: (filePath: string) => Promise<boolean>;
}

export interface DocumentService {
  open(): Promise<IpcResult<ResponseOf<'document:open'>>>;
  save(request: ParsedRequestOf<'document:save'>): Promise<IpcResult<ResponseOf<'document:save'>>>;
  /** Reads a file from the recent list; a missing file is removed from the list. */
  openRecent(filePath: string): Promise<IpcResult<OpenedDocument>>;
  /**
   * Reads a file the operating system asked us to open (a double-click, "Open with", a file on the
   * command line). The path comes from the system, never from the page.
   */
  openFromSystem(filePath: string): Promise<IpcResult<OpenedDocument>>;
  /** The path of the document last opened or saved (macOS shows it as the window's file). */
  currentPath(): string | null;
  /** File ▸ Open Recent, newest first. */
  recentList(): { name: string; path: string }[];
}

const LABELS = {
  en: {
    filter: 'Gradient Lab document',
    filterJson: 'Gradient Lab document (JSON)',
    open: 'Open',
    save: 'Save',
    changedTitle: 'File changed on disk',
    changedMessage: (name: string) => `“${name}” was changed by another program since you opened or saved it.`,
    changedDetail: 'Overwrite it with your version, save yours under another name, or cancel and keep both as they are.',
    deletedMessage: (name: string) => `“${name}” was moved or deleted since you opened it.`,
    deletedDetail: 'Save it again at the same place, choose another place, or cancel.',
    overwrite: 'Overwrite',
    saveHere: 'Save Here',
    saveAs: 'Save As…',
    cancel: 'Cancel',
  },
  'zh-CN': {
    filter: 'Gradient Lab 文档',
    filterJson: 'Gradient Lab 文档（JSON）',
    open: '打开',
    save: '保存',
    changedTitle: '文件已在磁盘上被更改',
    changedMessage: (name: string) => `自你打开或保存“${name}”以来，它已被其他程序更改。`,
    changedDetail: '可以用你的版本覆盖它、以其他名称保存你的版本，或取消并保持两者不变。',
    deletedMessage: (name: string) => `自你打开“${name}”以来，它已被移动或删除。`,
    deletedDetail: '可以在原位置重新保存、选择其他位置，或取消。',
    overwrite: '覆盖',
    saveHere: '保存到原位置',
    saveAs: '另存为…',
    cancel: '取消',
  },
} as const;

async function defaultExists(filePath: string): Promise<boolean> {
  try {
    await stat(filePath);
    return true;
  } catch {
    return false;
  }
}

/** The bare, harmless file name for a dialog: no folders, no characters Windows forbids, `.gradlab` added if missing. */
export function documentFileName(suggested: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  const cleaned = base.replace(/[<>:"|?*\u0000-\u001f]/g, '').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 200);
  const name = cleaned === '' ? 'untitled' : cleaned;
  return path.extname(name) === '' ? `${name}.${DOCUMENT_EXTENSION}` : name;
}

export function createDocumentService(deps: DocumentServiceDeps): DocumentService {
  const maxBytes = deps.maxBytes ?? MAX_DOCUMENT_BYTES;
  const write = deps.write ?? ((filePath: string, bytes: Uint8Array) => writeFileAtomic(filePath, bytes, { backup: true }));
  const exists = deps.exists ?? defaultExists;
  /** What each file looked like when we last read or wrote it. */
  const fingerprints = new Map<string, Fingerprint>();
  let current: string | null = null;

  const knownFingerprint = (filePath: string): Fingerprint | undefined => {
    for (const [p, f] of fingerprints) if (samePath(p, filePath)) return f;
    return undefined;
  };
  const isKnown = (filePath: string) => knownFingerprint(filePath) !== undefined || deps.recent.has(filePath);

  const filters = () => {
    const t = LABELS[deps.locale()];
    return [
      { name: t.filter, extensions: [DOCUMENT_EXTENSION] },
      { name: t.filterJson, extensions: ['json'] },
    ];
  };

  async function read(filePath: string): Promise<IpcResult<OpenedDocument>> {
    const r = await readTextFile(filePath, maxBytes);
    if (!r.ok) return r;
    fingerprints.set(path.resolve(filePath), r.value.fingerprint);
    current = path.resolve(filePath);
    await deps.recent.add(filePath);
    return { ok: true, value: { name: path.basename(filePath), path: path.resolve(filePath), text: r.value.text } };
  }

  async function askSaveAsPath(suggestedName: string, near: string | null): Promise<string | null> {
    const t = LABELS[deps.locale()];
    const name = documentFileName(suggestedName);
    const choice = await deps.dialogs.showSaveDialog({
      title: t.save,
      defaultPath: near === null ? name : path.join(path.dirname(near), name),
      filters: filters(),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    const chosen = choice.filePath;
    if (choice.canceled || chosen === undefined || chosen === '') return null;
    // Linux dialogs do not add the extension; add it unless that would silently hit another file.
    if (path.extname(chosen) === '') {
      const withExtension = `${chosen}.${DOCUMENT_EXTENSION}`;
      if (!(await exists(withExtension))) return withExtension;
    }
    return chosen;
  }

  /** Asks what to do about a file changed (or deleted) on disk. */
  async function askAboutDiskChange(filePath: string, state: 'changed' | 'missing'): Promise<'overwrite' | 'save-as' | 'cancel'> {
    const t = LABELS[deps.locale()];
    const name = path.basename(filePath);
    const { response } = await deps.dialogs.showMessageBox({
      type: 'warning',
      title: t.changedTitle,
      message: state === 'changed' ? t.changedMessage(name) : t.deletedMessage(name),
      detail: state === 'changed' ? t.changedDetail : t.deletedDetail,
      buttons: [state === 'changed' ? t.overwrite : t.saveHere, t.saveAs, t.cancel],
      defaultId: 1,
      cancelId: 2,
      noLink: true,
    });
    return response === 0 ? 'overwrite' : response === 1 ? 'save-as' : 'cancel';
  }

  async function writeTo(filePath: string, bytes: Uint8Array): Promise<IpcResult<ResponseOf<'document:save'>>> {
    const name = path.basename(filePath);
    try {
      await write(filePath, bytes);
    } catch (error) {
      return { ok: false, error: cannotWrite(name, error) };
    }
    const resolved = path.resolve(filePath);
    try {
      fingerprints.set(resolved, await fingerprintAfterWrite(filePath, bytes));
    } catch {
      // Written but not stat-able (a network drive hiccup): forget it rather than trust a stale one.
      fingerprints.delete(resolved);
    }
    current = resolved;
    await deps.recent.add(filePath);
    return { ok: true, value: { canceled: false, name, path: resolved } };
  }

  return {
    currentPath: () => current,
    recentList: () => deps.recent.list().map((f) => ({ name: f.name, path: f.path })),

    async open() {
      const t = LABELS[deps.locale()];
      const choice = await deps.dialogs.showOpenDialog({ title: t.open, properties: ['openFile'], filters: filters() });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return { ok: true, value: { canceled: true } };
      const r = await read(filePath);
      return r.ok ? { ok: true, value: { canceled: false, ...r.value } } : r;
    },

    async save(request) {
      const bytes = new TextEncoder().encode(request.text);
      const target = request.path;
      const label = target === null ? documentFileName(request.suggestedName) : path.basename(target);
      if (bytes.byteLength > maxBytes) return { ok: false, error: tooLargeToSave(label, maxBytes) };

      // Save over the document's own file only if main read or wrote it in this run (so it knows
      // what is on disk); a path known only from Open Recent, or not at all, goes through the dialog.
      const known = target === null ? undefined : knownFingerprint(target);
      if (target !== null && !request.saveAs && known !== undefined) {
        const state = await diskStateSince(target, known, maxBytes);
        if (typeof state === 'object') return { ok: false, error: state };
        if (state === 'unchanged') return writeTo(target, bytes);
        const decision = await askAboutDiskChange(target, state);
        if (decision === 'cancel') return { ok: true, value: { canceled: true } };
        if (decision === 'overwrite') return writeTo(target, bytes);
      }
      const chosen = await askSaveAsPath(request.suggestedName, target !== null && isKnown(target) ? target : null);
      if (chosen === null) return { ok: true, value: { canceled: true } };
      return writeTo(chosen, bytes);
    },

    async openRecent(filePath) {
      if (!deps.recent.has(filePath)) {
        return {
          ok: false,
          error: ipcError('forbidden', 'Only files from the recent list can be opened this way.', '只能以此方式打开“最近打开”列表中的文件。'),
        };
      }
      if (!(await exists(filePath))) {
        await deps.recent.remove(filePath);
        const name = path.basename(filePath);
        return {
          ok: false,
          error: ipcError(
            'io',
            `“${name}” no longer exists (it may have been moved, renamed or deleted), so it was removed from Open Recent.`,
            `“${name}”已不存在（可能已被移动、重命名或删除），已从“最近打开”中移除。`,
          ),
        };
      }
      const r = await read(filePath);
      return r;
    },

    openFromSystem(filePath) {
      return read(filePath);
    },
  };
}
