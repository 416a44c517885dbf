/**
 * The web build's `DocumentHost`: Open is a file input (`.gradlab` or `.json`), Save is a download,
 * the recovery store is one localStorage entry, and the window's state is the page title. The
 * browser has no File menu of its own, so `onCommand` never fires (the toolbar's menu calls the
 * document system directly).
 */
import { clickDownload } from './download';
import type { DocumentHost, OpenedFile, RecoveryStore } from '../document/document-host';
import { err, ok, type Result } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';

/** The localStorage key of the autosaved document. */
export const RECOVERY_KEY = 'gradient-lab.recovery.v1';
/** Largest file read (matches the desktop contract and the document reader). */
export const MAX_OPEN_BYTES = 5 * 1024 * 1024;

export interface WebDocumentEnv {
  readonly document: Document;
  readonly storage: Storage | null;
  /** The app's name in the current language (the title's suffix). */
  readonly appName: () => string;
}

function defaultEnv(): WebDocumentEnv {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // Storage disabled (privacy settings): recovery is simply unavailable.
  }
  return { document, storage, appName: () => 'Gradient Lab' };
}

function recoveryStore(storage: Storage | null): RecoveryStore {
  return {
    write(content) {
      if (!storage) return Promise.resolve();
      try {
        storage.setItem(RECOVERY_KEY, content);
        return Promise.resolve();
      } catch {
        return Promise.reject(
          Object.assign(new Error('storage full'), {
            text: text('the browser refused to keep a recovery copy (its storage is full).', '浏览器拒绝保存恢复副本（存储空间已满）。'),
          }),
        );
      }
    },
    read() {
      try {
        return Promise.resolve(storage?.getItem(RECOVERY_KEY) ?? null);
      } catch {
        return Promise.resolve(null);
      }
    },
    clear() {
      try {
        storage?.removeItem(RECOVERY_KEY);
      } catch {
        // Nothing to clear when storage is unavailable.
      }
      return Promise.resolve();
    },
  };
}

/** Reads a chosen file, refusing one too large to be a document before reading it. */
export async function readPickedFile(file: File): Promise<Result<OpenedFile, LocalizedText>> {
  if (file.size > MAX_OPEN_BYTES) return err(text(`“${file.name.slice(0, 80)}” is larger than 5 MB.`, `“${file.name.slice(0, 80)}”超过 5 MB。`));
  try {
    return ok({ name: file.name, path: null, text: await file.text() });
  } catch {
    return err(text(`“${file.name.slice(0, 80)}” could not be read.`, `无法读取“${file.name.slice(0, 80)}”。`));
  }
}

/** A bare, safe download name ending in .gradlab. */
export function downloadName(suggested: string): string {
  // Characters no file system accepts in a name (and control characters) become "_".
  const cleaned = Array.from(suggested, (ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('');
  const base = cleaned.trim().slice(0, 120) || 'untitled.gradlab';
  return /\.gradlab$/i.test(base) ? base : `${base.replace(/\.json$/i, '')}.gradlab`;
}

export function webDocumentHost(options: Partial<WebDocumentEnv> = {}): DocumentHost {
  const env: WebDocumentEnv = options.document && options.storage !== undefined && options.appName ? { document: options.document, storage: options.storage, appName: options.appName } : { ...defaultEnv(), ...options };
  const doc = env.document;
  return {
    kind: 'web',

    open() {
      return new Promise((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = '.gradlab,.json,application/json';
        input.style.display = 'none';
        input.dataset.testid = 'document-file-input';
        let settled = false;
        const done = (r: Result<OpenedFile | null, LocalizedText>): void => {
          if (settled) return;
          settled = true;
          input.remove();
          resolve(r);
        };
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) done(ok(null));
          else void readPickedFile(file).then(done);
        });
        input.addEventListener('cancel', () => done(ok(null)));
        doc.body.append(input);
        input.click();
      });
    },

    save(request) {
      const name = downloadName(request.suggestedName);
      try {
        clickDownload(doc, name, new Blob([request.text], { type: 'application/json' }));
        return Promise.resolve(ok({ name, path: null }));
      } catch {
        return Promise.resolve(err(text('the browser did not start the download.', '浏览器没有开始下载。')));
      }
    },

    reportState({ name, dirty }) {
      const app = env.appName();
      doc.title = name === null ? (dirty ? `• ${app}` : app) : `${dirty ? '• ' : ''}${name} — ${app}`;
    },

    confirmClose() {
      // The browser closes the page itself.
    },

    recovery: recoveryStore(env.storage),

    onCommand() {
      return () => undefined;
    },
  };
}
