/**
 * Where documents live: the seam between the document system (renderer/src/document/, which
 * knows the `.gradlab` format and the scenes) and the platform that stores files (the desktop
 * app's main process through IPC, or the browser's downloads, file inputs and localStorage).
 *
 * The document system never touches files or dialogs itself, and the platform never looks inside
 * a document: it moves text.
 */
import type { Result } from '$shared/result';
import type { LocalizedText } from '$shared/text';

/** A file the user chose to open. */
export interface OpenedFile {
  /** Shown in the title bar, e.g. `bowl.gradlab`. */
  readonly name: string;
  /** Desktop: the absolute path (the main process's handle for Save). Web: null. */
  readonly path: string | null;
  readonly text: string;
}

/** Where a document was written. */
export interface SavedFile {
  readonly name: string;
  readonly path: string | null;
}

export interface SaveRequest {
  readonly text: string;
  /** A bare file name for the dialog or download, e.g. `untitled.gradlab`. */
  readonly suggestedName: string;
  /** The file the document came from (desktop), or null for a new document. */
  readonly path: string | null;
  /** true: always ask where (Save As); false: write over `path` when there is one. */
  readonly saveAs: boolean;
}

/** What the platform's menu (desktop: the native File menu) asks the document system to do. */
export type DocumentCommand =
  | { readonly kind: 'new' }
  | { readonly kind: 'open' }
  /** A file from Open Recent; the host reads it and hands over its text. */
  | { readonly kind: 'opened'; readonly file: OpenedFile }
  | { readonly kind: 'save' }
  | { readonly kind: 'save-as' }
  /** The window is closing with unsaved changes and the user chose Save: save, then confirm. */
  | { readonly kind: 'save-then-close' };

/** Autosave and crash recovery storage (desktop: userData; web: localStorage). */
export interface RecoveryStore {
  /** Stores the latest unsaved state; called every few seconds while the document is dirty. */
  write(text: string): Promise<void>;
  /** What a previous run left behind without saving, or null. */
  read(): Promise<string | null>;
  /** Called after a save, after New, and when the user declines recovery. */
  clear(): Promise<void>;
}

export interface DocumentHost {
  readonly kind: 'desktop' | 'web';
  /** Asks for a file and reads it; ok(null) when the user cancelled. */
  open(): Promise<Result<OpenedFile | null, LocalizedText>>;
  /** Writes the document; ok(null) when the user cancelled. Never leaves a half-written file. */
  save(request: SaveRequest): Promise<Result<SavedFile | null, LocalizedText>>;
  /**
   * Tells the window what it holds: desktop shows `name` and a dirty marker in the title and asks
   * before closing while `dirty`; web updates `document.title` (the page asks through beforeunload).
   */
  reportState(state: { readonly name: string | null; readonly dirty: boolean }): void;
  /** Desktop: the window may now close (after save-then-close succeeded). Web: no-op. */
  confirmClose(): void;
  readonly recovery: RecoveryStore;
  /**
   * Desktop: the document the system asked us to open at launch (a double-clicked `.gradlab`
   * file), ok(null) when there is none. Asked once, when the document system starts listening.
   * Absent on the web, where a page is never launched with a file.
   */
  takeLaunchFile?(): Promise<Result<OpenedFile | null, LocalizedText>>;
  /** Subscribes to menu commands; returns the unsubscribe function. Web: never fires. */
  onCommand(listener: (command: DocumentCommand) => void): () => void;
}
