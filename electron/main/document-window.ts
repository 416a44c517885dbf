/**
 * The main window as the holder of one document: its title (`• name — Gradient Lab` while
 * unsaved; macOS also gets the edited dot and the represented file) and the close guard that asks
 * Save / Don't Save / Cancel before unsaved work is lost. Pure state over an injected window and
 * dialog, so every path is tested without Electron.
 */
import path from 'node:path';
import type { MenuLocale } from './menu';

/** The parts of a BrowserWindow the guard uses. */
export interface DocumentWindowLike {
  setTitle(title: string): void;
  /** macOS only. */
  setDocumentEdited?(edited: boolean): void;
  /** macOS only. */
  setRepresentedFilename?(filePath: string): void;
  close(): void;
}

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface DocumentWindowDeps {
  readonly window: DocumentWindowLike;
  readonly isMac: boolean;
  readonly locale: () => MenuLocale;
  /** Shows the Save / Don't Save / Cancel question, modal to the window. */
  readonly askUnsaved: (question: UnsavedQuestion) => Promise<UnsavedChoice>;
  /** Sends `save-then-close` to the renderer. */
  readonly requestSaveThenClose: () => void;
  /** Don't Save: the autosaved copy is dropped too (the user chose to lose those changes). */
  readonly discardRecovery: () => Promise<void>;
  /** The path main last opened or saved, for macOS' represented file. */
  readonly currentPath: () => string | null;
}

export interface UnsavedQuestion {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  /** In order: Save, Don't Save, Cancel. */
  readonly buttons: readonly [string, string, string];
}

export const APP_TITLE = 'Gradient Lab';

const LABELS = {
  en: {
    untitled: 'Untitled',
    title: 'Unsaved changes',
    message: (name: string) => `Do you want to save the changes you made to “${name}”?`,
    detail: 'Your changes will be lost if you don’t save them.',
    save: 'Save',
    discard: 'Don’t Save',
    cancel: 'Cancel',
  },
  'zh-CN': {
    untitled: '未命名',
    title: '有未保存的更改',
    message: (name: string) => `是否保存对“${name}”所做的更改？`,
    detail: '如果不保存，你的更改将会丢失。',
    save: '保存',
    discard: '不保存',
    cancel: '取消',
  },
} as const;

/** The window title for a document. */
export function documentTitle(name: string | null, dirty: boolean, locale: MenuLocale): string {
  const shown = name ?? LABELS[locale].untitled;
  return `${dirty ? '• ' : ''}${shown} — ${APP_TITLE}`;
}

export interface DocumentWindow {
  /** The renderer's `document:state`. */
  report(state: { readonly name: string | null; readonly dirty: boolean }): void;
  /**
   * The window's `close` event. Calls `event.preventDefault()` while there are unsaved changes
   * and then asks; resolves to what happened (for tests and the quit logic).
   */
  handleClose(event: { preventDefault(): void }): Promise<'closed' | 'asked-save' | 'discarded' | 'canceled' | 'pending'>;
  /** The renderer's `document:confirmClose`: closes only if a save-then-close is pending. */
  confirmClose(): boolean;
  /** The renderer is gone (crashed): nothing can be saved from it; the autosave remains. */
  rendererGone(): void;
  /** Re-renders the title (after a language change). */
  refreshTitle(): void;
  readonly dirty: boolean;
}

export function createDocumentWindow(deps: DocumentWindowDeps): DocumentWindow {
  let name: string | null = null;
  let dirty = false;
  let reported = false;
  /** The user chose Save while closing; the renderer is saving. */
  let saveThenClose = false;
  /** The next close is ours (after Don't Save or a confirmed save): let it through. */
  let allowClose = false;
  let asking = false;

  const render = () => {
    if (!reported) return;
    deps.window.setTitle(documentTitle(name, dirty, deps.locale()));
    if (deps.isMac) {
      deps.window.setDocumentEdited?.(dirty);
      const current = deps.currentPath();
      // The represented file is the document's own file only if the names still match (not after New).
      deps.window.setRepresentedFilename?.(current !== null && name !== null && path.basename(current) === name ? current : '');
    }
  };

  const closeNow = () => {
    allowClose = true;
    saveThenClose = false;
    deps.window.close();
  };

  return {
    get dirty() {
      return dirty;
    },
    report(state) {
      reported = true;
      name = state.name;
      dirty = state.dirty;
      render();
    },
    refreshTitle: render,
    async handleClose(event) {
      if (allowClose || !dirty) return 'closed';
      event.preventDefault();
      // A second click on the close button while the question (or the save) is up changes nothing.
      if (asking) return 'pending';
      asking = true;
      const t = LABELS[deps.locale()];
      let choice: UnsavedChoice;
      try {
        choice = await deps.askUnsaved({
          title: t.title,
          message: t.message(name ?? t.untitled),
          detail: t.detail,
          buttons: [t.save, t.discard, t.cancel],
        });
      } finally {
        asking = false;
      }
      if (choice === 'save') {
        // The window stays open until the renderer confirms; a cancelled or failed save keeps it open.
        saveThenClose = true;
        deps.requestSaveThenClose();
        return 'asked-save';
      }
      if (choice === 'discard') {
        await deps.discardRecovery().catch(() => undefined);
        closeNow();
        return 'discarded';
      }
      saveThenClose = false;
      return 'canceled';
    },
    confirmClose() {
      if (!saveThenClose) return false;
      closeNow();
      return true;
    },
    rendererGone() {
      dirty = false;
      saveThenClose = false;
    },
  };
}
