/**
 * The one IPC contract between the renderer and the Electron main process.
 *
 * Every channel is declared once here, with zod schemas for its request and response; the main
 * router (electron/main/ipc-router.ts) and the preload bridge (electron/preload/create-api.ts) are
 * both generated from these tables, so a channel cannot exist on one side only.
 *
 * This file imports nothing but zod so that the renderer can `import type` from it (and the web
 * build never pulls Electron in).
 */
import { z } from 'zod';

/** A user-visible message in both app languages (structurally `LocalizedText` from shared/text). */
export const localizedTextSchema = z.object({ en: z.string(), 'zh-CN': z.string() });

/** Why a call failed; `message` is ready to show to the user. */
export const ipcErrorSchema = z.object({
  code: z.enum(['forbidden', 'invalid-request', 'too-large', 'io', 'internal']),
  message: localizedTextSchema,
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

/**
 * What every invoke channel resolves to. Never rejects: expected failures (a refused sender, an
 * invalid payload, a file that cannot be read) come back as `{ ok: false, error }`.
 * Structurally identical to `Result<T, IpcError>` from shared/result.
 */
export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

const MAX_URL_LENGTH = 2048;

/**
 * An absolute http(s) URL without embedded credentials: the only kind of link handed to the
 * system browser. javascript:, file:, data:, app: and anything unparsable are refused.
 */
export const httpUrlSchema = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine((value) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return false;
    }
    // Credentials in a link are a classic way to disguise the real host.
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '' && url.hostname !== '';
  }, 'only http and https URLs may be opened');

/** The persisted user settings. Same shape as the renderer's `Preferences`. */
export const settingsSchema = z.object({
  /** null: follow the operating system's language. */
  language: z.enum(['zh-CN', 'en']).nullable(),
  theme: z.enum(['light', 'dark', 'projector']),
  /** Multiplier for every UI size; 1 = 16 px text. Range 0.5–3. */
  uiScale: z.number().min(0.5).max(3),
  /**
   * The chapter sidebar folded to a rail: 'auto' (the window's width decides), or the user's
   * 'open'/'folded' (shared/fold-preference.ts). Absent in files from before it existed: 'auto'.
   * Older files' booleans are migrated when the file is read (settings-store.ts), not here.
   */
  sidebarCollapsed: z.enum(['auto', 'open', 'folded']).default('auto'),
  /** Every scene's side panel folded to a rail; the same three words. Absent in older files: 'auto'. */
  panelsCollapsed: z.enum(['auto', 'open', 'folded']).default('auto'),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change to some settings; unknown keys are refused so typos do not pass silently. */
export const settingsPatchSchema = z.strictObject({
  language: settingsSchema.shape.language.optional(),
  theme: settingsSchema.shape.theme.optional(),
  uiScale: settingsSchema.shape.uiScale.optional(),
  // The bare enum (not the defaulted one): an absent key in a patch means "unchanged".
  sidebarCollapsed: z.enum(['auto', 'open', 'folded']).optional(),
  panelsCollapsed: z.enum(['auto', 'open', 'folded']).optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  /** Extensions without the dot, e.g. `json`. */
  extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,10}$/)).min(1).max(10),
});

/** No request body. Accepts `undefined` (what `ipcRenderer.invoke(channel)` sends). */
const noRequest = z.undefined();

const canceledSchema = z.object({ canceled: z.literal(true) });

/** Largest document accepted in either direction: 5 MB of UTF-8. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Largest exported file (a PNG at 3840×2160, a WebM or GIF recording): 200 MB. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

/** Largest autosaved recovery text: the same as a document. */
export const MAX_RECOVERY_BYTES = MAX_DOCUMENT_BYTES;

/** How many files File ▸ Open Recent remembers. */
export const MAX_RECENT_FILES = 10;

/** A path the main process handed out earlier (the renderer never invents one; main re-checks). */
const filePathSchema = z.string().min(1).max(4096);

/** A document file the user opened: its name for the title bar, its path (main's handle) and text. */
export const openedDocumentSchema = z.strictObject({
  name: z.string().min(1).max(255),
  path: filePathSchema,
  text: z.string().max(MAX_DOCUMENT_BYTES),
});
export type OpenedDocument = z.infer<typeof openedDocumentSchema>;

const savedDocumentSchema = z.strictObject({ canceled: z.literal(false), name: z.string().min(1).max(255), path: filePathSchema });

/** Export formats a file can be saved as; the extension picks the dialog's filter. */
export const exportExtensionSchema = z.enum(['png', 'svg', 'webm', 'gif']);
export type ExportExtension = z.infer<typeof exportExtensionSchema>;

/** Bytes from the page: a typed array (Electron's structured clone keeps Uint8Array). */
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes');

/**
 * Renderer → main request/response channels. `method` is the name the preload exposes on
 * `window.gradientLab`.
 */
export const invokeContract = {
  'app:info': {
    method: 'appInfo',
    request: noRequest,
    response: z.object({
      version: z.string(),
      platform: z.string(),
      /** BCP 47 tag of the OS language, e.g. `zh-CN`, `en-US`. */
      osLocale: z.string(),
      electron: z.literal(true),
    }),
  },
  'settings:get': { method: 'getSettings', request: noRequest, response: settingsSchema },
  'settings:set': { method: 'setSettings', request: settingsPatchSchema, response: settingsSchema },
  'shell:openExternal': {
    method: 'openExternal',
    request: z.strictObject({ url: httpUrlSchema }),
    response: z.object({ opened: z.literal(true) }),
  },
  'file:open': {
    method: 'openFile',
    request: z.strictObject({
      title: z.string().max(200).optional(),
      filters: z.array(fileFilterSchema).max(10),
    }),
    response: z.union([canceledSchema, z.object({ canceled: z.literal(false), path: z.string(), text: z.string() })]),
  },
  'file:save': {
    method: 'saveFile',
    request: z.strictObject({
      /** A bare file name such as `scene.json`; directories are chosen by the user in the dialog. */
      suggestedName: z.string().min(1).max(255),
      text: z.string().max(MAX_DOCUMENT_BYTES),
    }),
    response: z.union([canceledSchema, z.object({ canceled: z.literal(false), path: z.string() })]),
  },
  /** File ▸ Open: the native dialog (.gradlab, .json), then the chosen file's text. */
  'document:open': {
    method: 'openDocument',
    request: noRequest,
    response: z.union([canceledSchema, openedDocumentSchema.extend({ canceled: z.literal(false) })]),
  },
  /**
   * Save / Save As. Writes over `path` when it is given, `saveAs` is false and main opened or
   * saved that file in this run; otherwise asks with the Save dialog. A file changed on disk since
   * it was opened or saved is not overwritten without asking (Overwrite / Save As… / Cancel).
   */
  'document:save': {
    method: 'saveDocument',
    request: z.strictObject({
      text: z.string().max(MAX_DOCUMENT_BYTES),
      /** A bare file name such as `bowl.gradlab`. */
      suggestedName: z.string().min(1).max(255),
      path: filePathSchema.nullable(),
      saveAs: z.boolean(),
    }),
    response: z.union([canceledSchema, savedDocumentSchema]),
  },
  /** The files in File ▸ Open Recent, newest first. */
  'document:recent': {
    method: 'recentDocuments',
    request: noRequest,
    response: z.array(z.strictObject({ name: z.string(), path: filePathSchema })).max(MAX_RECENT_FILES),
  },
  /** Opens a file from the recent list (any other path is refused: the page cannot read files by name). */
  'document:openRecent': {
    method: 'openRecentDocument',
    request: z.strictObject({ path: filePathSchema }),
    response: openedDocumentSchema,
  },
  /**
   * The document the operating system asked us to open before the page was listening (a
   * double-clicked `.gradlab` file, a file on the command line), read by main; null when none.
   * Calling it also tells main that the page listens: files opened later arrive as `opened` commands.
   */
  'document:launchFile': {
    method: 'takeLaunchDocument',
    request: noRequest,
    response: z.object({ file: openedDocumentSchema.nullable() }),
  },
  /** What the window holds: the title bar shows `name` with a dirty marker; closing asks while dirty. */
  'document:state': {
    method: 'reportDocumentState',
    request: z.strictObject({ name: z.string().min(1).max(255).nullable(), dirty: z.boolean() }),
    response: z.object({ reported: z.literal(true) }),
  },
  /** After a `save-then-close` command: the save succeeded, the window may close now. */
  'document:confirmClose': {
    method: 'confirmClose',
    request: noRequest,
    response: z.object({ closing: z.boolean() }),
  },
  /** Autosave: the latest unsaved document, kept in userData until saved or declined. */
  'recovery:write': {
    method: 'writeRecovery',
    request: z.strictObject({ text: z.string().max(MAX_RECOVERY_BYTES) }),
    response: z.object({ written: z.literal(true) }),
  },
  'recovery:read': {
    method: 'readRecovery',
    request: noRequest,
    response: z.object({ text: z.string().nullable() }),
  },
  'recovery:clear': {
    method: 'clearRecovery',
    request: noRequest,
    response: z.object({ cleared: z.literal(true) }),
  },
  /** Saves exported bytes (PNG, SVG, WebM, GIF) where the user chooses in a native dialog. */
  'export:save': {
    method: 'saveExport',
    request: z.strictObject({
      /** A bare file name whose extension is one of the export formats, e.g. `surface.png`. */
      suggestedName: z.string().min(1).max(255),
      extension: exportExtensionSchema,
      bytes: bytesSchema.refine((b) => b.byteLength <= MAX_EXPORT_BYTES, 'too large'),
    }),
    response: z.union([canceledSchema, z.object({ canceled: z.literal(false), path: filePathSchema })]),
  },
} as const;

/** The commands the application menu can send to the renderer (File menu: `document:command`). */
export const menuCommandSchema = z.enum(['zoomIn', 'zoomOut', 'zoomReset', 'about']);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/**
 * What the File menu (and closing the window) asks the renderer's document system to do.
 * Same shape as `DocumentCommand` in renderer/src/document/document-host.ts.
 */
export const documentCommandSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('new') }),
  z.strictObject({ kind: z.literal('open') }),
  z.strictObject({ kind: z.literal('save') }),
  z.strictObject({ kind: z.literal('save-as') }),
  /** The user chose Save when closing with unsaved changes: save, then call `confirmClose`. */
  z.strictObject({ kind: z.literal('save-then-close') }),
  /** A file chosen in File ▸ Open Recent, or opened from the system while running, already read by main. */
  z.strictObject({ kind: z.literal('opened'), file: openedDocumentSchema }),
]);
export type DocumentCommandPayload = z.infer<typeof documentCommandSchema>;

/** Main → renderer events. `method` is the subscribe function's name on `window.gradientLab`. */
export const eventContract = {
  'menu:command': { method: 'onMenuCommand', payload: z.strictObject({ command: menuCommandSchema }) },
  'document:command': { method: 'onDocumentCommand', payload: documentCommandSchema },
} as const;

export type InvokeContract = typeof invokeContract;
export type InvokeChannel = keyof InvokeContract;
export type EventContract = typeof eventContract;
export type EventChannel = keyof EventContract;

/** What the renderer passes for a channel (zod input type). */
export type RequestOf<C extends InvokeChannel> = z.input<InvokeContract[C]['request']>;
/** What the main handler receives after validation. */
export type ParsedRequestOf<C extends InvokeChannel> = z.output<InvokeContract[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<InvokeContract[C]['response']>;
export type PayloadOf<E extends EventChannel> = z.output<EventContract[E]['payload']>;

export const INVOKE_CHANNELS = Object.keys(invokeContract) as InvokeChannel[];
export const EVENT_CHANNELS = Object.keys(eventContract) as EventChannel[];

type InvokeMethod<C extends InvokeChannel> = undefined extends RequestOf<C>
  ? (request?: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
  : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;

/**
 * What the preload exposes as `window.gradientLab` (absent in the web build).
 * Derived from the contract: one method per invoke channel, one `on…` subscription per event,
 * each subscription returning its unsubscribe function.
 */
export type GradientLabApi = {
  readonly [C in InvokeChannel as InvokeContract[C]['method']]: InvokeMethod<C>;
} & {
  readonly [E in EventChannel as EventContract[E]['method']]: (listener: (payload: PayloadOf<E>) => void) => () => void;
};

export type AppInfo = ResponseOf<'app:info'>;
export type OpenFileRequest = RequestOf<'file:open'>;
export type OpenFileResponse = ResponseOf<'file:open'>;
export type SaveFileRequest = RequestOf<'file:save'>;
export type SaveFileResponse = ResponseOf<'file:save'>;
