/**
 * The desktop app's `DocumentHost`: every operation is one call over the typed IPC contract
 * (electron/ipc/contract.ts); the main process shows the native dialogs, owns the paths and writes
 * atomically. This file only translates between the contract's values and the document seam.
 */
import type { GradientLabApi, IpcError } from '../../../electron/ipc/contract';
import type { DocumentCommand, DocumentHost, RecoveryStore } from '../document/document-host';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';

/** Thrown (as a rejection) by the recovery store: autosave failing must be visible, not silent. */
export class RecoveryError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
    this.name = 'RecoveryError';
  }
}

/** The title bar shows at most this many characters of a name (the contract's cap). */
const MAX_NAME_LENGTH = 255;

const UNREACHABLE = text(
  'Gradient Lab could not reach its file service. Please try again.',
  'Gradient Lab 无法连接文件服务，请重试。',
);

/** Runs an IPC call, turning a broken bridge (a rejection) into the same error shape as a refusal. */
async function call<T>(request: () => Promise<{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError }>) {
  try {
    return await request();
  } catch {
    return { ok: false as const, error: { code: 'internal' as const, message: UNREACHABLE } };
  }
}

function recoveryStore(api: GradientLabApi): RecoveryStore {
  return {
    async write(content) {
      const r = await call(() => api.writeRecovery({ text: content }));
      if (!r.ok) throw new RecoveryError(r.error.message);
    },
    async read() {
      const r = await call(() => api.readRecovery());
      if (!r.ok) throw new RecoveryError(r.error.message);
      return r.value.text;
    },
    async clear() {
      const r = await call(() => api.clearRecovery());
      if (!r.ok) throw new RecoveryError(r.error.message);
    },
  };
}

/** The document host over the preload bridge `window.gradientLab`. */
export function desktopDocumentHost(api: GradientLabApi): DocumentHost {
  return {
    kind: 'desktop',

    async open() {
      const r = await call(() => api.openDocument());
      if (!r.ok) return err(r.error.message);
      if (r.value.canceled) return ok(null);
      return ok({ name: r.value.name, path: r.value.path, text: r.value.text });
    },

    async save(request) {
      const r = await call(() =>
        api.saveDocument({ text: request.text, suggestedName: request.suggestedName, path: request.path, saveAs: request.saveAs }),
      );
      if (!r.ok) return err(r.error.message);
      if (r.value.canceled) return ok(null);
      return ok({ name: r.value.name, path: r.value.path });
    },

    reportState(state) {
      const name = state.name === null || state.name === '' ? null : state.name.slice(0, MAX_NAME_LENGTH);
      // Fire and forget: the title bar is cosmetic and the close guard re-reads it on every report.
      void call(() => api.reportDocumentState({ name, dirty: state.dirty }));
    },

    confirmClose() {
      void call(() => api.confirmClose());
    },

    async takeLaunchFile() {
      const r = await call(() => api.takeLaunchDocument());
      if (!r.ok) return err(r.error.message);
      const file = r.value.file;
      return ok(file === null ? null : { name: file.name, path: file.path, text: file.text });
    },

    recovery: recoveryStore(api),

    onCommand(listener) {
      return api.onDocumentCommand((payload): void => {
        // The payload was validated by the preload against the contract; copy it into the seam's type.
        const command: DocumentCommand =
          payload.kind === 'opened'
            ? { kind: 'opened', file: { name: payload.file.name, path: payload.file.path, text: payload.file.text } }
            : { kind: payload.kind };
        listener(command);
      });
    },
  };
}
