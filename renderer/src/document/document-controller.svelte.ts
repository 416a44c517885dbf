/**
 * The open document: which scenes exist (each registers `{ snapshot, restore }` when it mounts),
 * the states waiting for scenes not mounted yet, the file it came from, and whether it changed.
 * One instance for the app, provided by App (`provideDocuments`), read by the scenes
 * (`useDocuments`). It moves text through a `DocumentHost` and never touches files itself.
 *
 * Rules it keeps:
 * - A document is applied all or nothing: it is read and validated completely first (nothing
 *   is applied from a refused one), then every mounted scene is snapshotted and restored; if any
 *   restore throws, every scene goes back to its snapshot.
 * - A scene absent from a document is at its starting state (a link carries only the scenes that
 *   differ from theirs); a scene not mounted yet keeps its state pending, applied when it mounts,
 *   and saved as it is if it never mounts.
 * - Dirty = the current states, as canonical JSON, differ from those last opened or saved.
 */
import { getContext, setContext } from 'svelte';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import type { MessageKey } from '../i18n/messages';
import type { DocumentCommand, DocumentHost } from './document-host';
import { DOC_SCENE_IDS, DOCUMENT_EXTENSION, DOCUMENT_FORMAT, DOCUMENT_VERSION, type DocSceneId, type GradlabDocument, type SceneStates, type SceneTarget } from './document-types';
import { canonicalJson } from './json-text';
import type { ChapterId } from './scene-limits';
import { documentJsonFromScenes } from './link-json';
import { linkEncoder } from './link-encoder';
import { decodeViewPayload, encodeViewPayloadNow, loadLinkCodec } from './view-link';

/** Milliseconds between autosaves while the document is dirty. */
export const AUTOSAVE_MS = 3000;

/**
 * The validating reader, loaded on first use (it carries zod and the graph file's checks). It may
 * answer later (document-reader.ts reads large texts in a worker).
 */
export type DocumentParser = (source: string) => Result<GradlabDocument, LocalizedText> | Promise<Result<GradlabDocument, LocalizedText>>;

/** What the status area shows: a message key, its parameters, and an optional reason in both languages. */
export interface DocumentStatus {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly reason?: LocalizedText;
  readonly error: boolean;
  /** Offers "Save as a file" beside the message (a view too large for a link). */
  readonly offerSave?: boolean;
  /** Counts messages, so the same text twice is still announced (tests read it too). */
  readonly serial: number;
}

export interface DocumentShell {
  readonly chapter: ChapterId;
  openChapter(id: ChapterId): void;
}

type AnyTarget = SceneTarget<SceneStates[DocSceneId]>;
interface Registered {
  readonly target: AnyTarget;
  /** Canonical JSON of the scene's state when it mounted, before anything was applied: its starting state. */
  readonly initial: string;
}
type Registry = Partial<Record<DocSceneId, Registered>>;
type Pending = Partial<Record<DocSceneId, SceneStates[DocSceneId]>>;
type JsonMap = Partial<Record<DocSceneId, string>>;

/** The answer to "save the changes first?". */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';
/** The question waiting for an answer (the dialog shows while set): which command asked. */
export interface UnsavedPrompt {
  readonly action: 'new' | 'open' | 'link';
  readonly serial: number;
}

/** A view's link: none (every scene at its start), its payload, or its size when too large. */
export type LinkPayload = { readonly kind: 'none' } | { readonly kind: 'payload'; readonly payload: string } | { readonly kind: 'too-large'; readonly size: number };

/** The outcome of open/save for callers that show their own message (the graph's file bar). */
export type DocumentOutcome = { readonly kind: 'done'; readonly scenes: readonly DocSceneId[] } | { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly message: LocalizedText };

export class DocumentController {
  #registry = $state.raw<Registry>({});
  #pending = $state.raw<Pending>({});
  /** Canonical JSON per scene of the document last opened or saved ({} = a new, untitled one). */
  #baseline = $state.raw<JsonMap>({});
  name = $state<string | null>(null);
  path = $state<string | null>(null);
  status = $state.raw<DocumentStatus | null>(null);
  /** A recovered document waiting for the user's decision (the dialog shows while set). */
  recoveryOffer = $state.raw<GradlabDocument | null>(null);
  /** The user chose "decide later": the stored work is kept and autosave waits. */
  recoveryDeferred = $state(false);
  /** New / Open / a link over unsaved changes waits for this answer (see `#mayReplace`). */
  unsavedPrompt = $state.raw<UnsavedPrompt | null>(null);
  #answer: ((c: UnsavedChoice) => void) | null = null;
  /** The first link and recovery check are done (the URL may be rewritten from then on). */
  ready = $state(false);
  #serial = 0;
  #parser: DocumentParser | null = null;
  #lastAutosaved: string | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;

  readonly host: DocumentHost;
  readonly #shell: DocumentShell;
  readonly #loadParser: () => Promise<DocumentParser>;

  constructor(host: DocumentHost, shell: DocumentShell, loadParser: () => Promise<DocumentParser>) {
    this.host = host;
    this.#shell = shell;
    this.#loadParser = loadParser;
  }

  // ——— what is open ———————————————————————————————————————————————

  /** Every scene's state: mounted scenes' snapshots, and pending states of the others. */
  readonly states: Partial<SceneStates> = $derived.by(() => {
    const out: Record<string, unknown> = {};
    for (const id of DOC_SCENE_IDS) {
      const r = this.#registry[id];
      const s = r ? r.target.snapshot() : this.#pending[id];
      if (s !== undefined) out[id] = s;
    }
    return out as Partial<SceneStates>;
  });
  /** The same as canonical JSON per scene (what dirtiness and links compare). */
  readonly #json: JsonMap = $derived.by(() => {
    const out: JsonMap = {};
    for (const id of DOC_SCENE_IDS) {
      const s = this.states[id];
      if (s !== undefined) out[id] = canonicalJson(s);
    }
    return out;
  });
  /** A scene's JSON, or its starting state's when it has none (known once it has mounted). */
  #or(map: JsonMap, id: DocSceneId): string {
    return map[id] ?? this.#registry[id]?.initial ?? '';
  }
  readonly dirty: boolean = $derived(DOC_SCENE_IDS.some((id) => this.#or(this.#json, id) !== this.#or(this.#baseline, id)));
  /** The scenes that differ from their starting state: what a link carries. */
  readonly #changed: JsonMap = $derived.by(() => {
    const out: JsonMap = {};
    for (const id of DOC_SCENE_IDS) {
      const j = this.#json[id];
      if (j !== undefined && j !== this.#registry[id]?.initial) out[id] = j;
    }
    return out;
  });
  /** Changes whenever the link's content does (the URL writer waits for it to rest). */
  readonly viewKey: string = $derived(Object.entries(this.#changed).map(([k, v]) => `${k}:${v}`).join('\n'));

  /** The document as data. `only` limits it to the scenes that differ from their starting state. */
  document(only: 'all' | 'changed' = 'all'): GradlabDocument {
    const scenes: Record<string, unknown> = {};
    for (const id of DOC_SCENE_IDS) {
      const s = this.states[id];
      if (s !== undefined && (only === 'all' || this.#changed[id] !== undefined)) scenes[id] = s;
    }
    return { format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, chapter: this.#shell.chapter, scenes: scenes as Partial<SceneStates> };
  }

  /** The file's text: canonical JSON, indented for people, with a final newline. */
  documentText(): string {
    return `${canonicalJson(this.document('all'), 2)}\n`;
  }

  /**
   * The link for the current view (issue 12): deflated in a worker (link-encoder.ts; in time slices
   * on the main thread where there is none), never in one long task, and remembered per view, so the URL writer and Copy link share one encoding. Null
   * when the view changed before the encoding finished (the caller's newer request answers then).
   * `exactSize` deflates a too-large view completely, for a message that names its size.
   */
  async linkPayload(options: { readonly exactSize?: boolean } = {}): Promise<LinkPayload | null> {
    const key = this.#linkKey();
    if (key === null) return { kind: 'none' };
    const known = this.#link;
    if (known?.key === key && (known.exact || !options.exactSize)) return known.result;
    const running = this.#encoding;
    if (running?.key === key && (running.exact || !options.exactSize)) return running.promise;
    const exact = options.exactSize === true;
    const promise = linkEncoder.encode(this.#linkJson(), { exactSize: exact, stillWanted: () => this.#linkKey() === key }).then((r) => {
      if (this.#encoding?.promise === promise) this.#encoding = null;
      if (r === null) return null;
      const result: LinkPayload = r.kind === 'payload' ? r : { kind: 'too-large', size: r.size };
      this.#link = { key, result, exact: r.kind === 'payload' || r.exact };
      return result;
    });
    this.#encoding = { key, promise, exact };
    // The one-go encoder as the page goes (linkPayloadNow) needs fflate here too: fetched now, in the background.
    loadLinkCodec().catch(() => undefined);
    return promise;
  }

  /**
   * The same at once, for the moment the page goes away (beforeunload): the remembered link, or an
   * encoding in one go. Null when fflate never loaded (no link was ever written; the recovery store
   * keeps the work).
   */
  linkPayloadNow(): LinkPayload | null {
    const key = this.#linkKey();
    if (key === null) return { kind: 'none' };
    if (this.#link?.key === key) return this.#link.result;
    const r = encodeViewPayloadNow(this.#linkJson());
    if (r === null) return null;
    const result: LinkPayload = r.kind === 'payload' ? r : { kind: 'too-large', size: r.size };
    this.#link = { key, result, exact: true };
    return result;
  }

  #link: { readonly key: string; readonly result: LinkPayload; readonly exact: boolean } | null = null;
  #encoding: { readonly key: string; readonly promise: Promise<LinkPayload | null>; readonly exact: boolean } | null = null;
  /** What the link depends on: the changed scenes and the chapter (null when nothing changed). */
  #linkKey(): string | null {
    return this.viewKey === '' ? null : `${this.#shell.chapter}\n${this.viewKey}`;
  }
  /** canonicalJson(this.document('changed')), assembled from the scenes' JSON already computed. */
  #linkJson(): string {
    return documentJsonFromScenes(this.#shell.chapter, this.#changed);
  }

  // ——— scenes ———————————————————————————————————————————————————————

  /**
   * A scene mounts: its starting state is noted, and a state waiting for it is applied. Returns the
   * unregister function (its last state is kept pending, so it is still saved).
   */
  register<K extends DocSceneId>(id: K, target: SceneTarget<SceneStates[K]>): () => void {
    const t = target as unknown as AnyTarget;
    const entry: Registered = { target: t, initial: canonicalJson(t.snapshot()) };
    const waiting = this.#pending[id];
    this.#registry = { ...this.#registry, [id]: entry };
    if (waiting !== undefined) {
      const { [id]: _, ...rest } = this.#pending;
      void _;
      this.#pending = rest;
      try {
        t.restore(waiting);
      } catch (e) {
        t.restore(JSON.parse(entry.initial) as SceneStates[K]);
        this.#say({ key: 'document.applyFailed', reason: reasonOf(e), error: true });
      }
    }
    return () => {
      if (this.#registry[id] !== entry) return;
      const last = t.snapshot();
      const { [id]: _, ...rest } = this.#registry;
      void _;
      this.#registry = rest;
      this.#pending = { ...this.#pending, [id]: last };
    };
  }

  // ——— applying ————————————————————————————————————————————————————

  async parse(source: string): Promise<Result<GradlabDocument, LocalizedText>> {
    this.#parser ??= await this.#loadParser();
    return this.#parser(source);
  }

  /**
   * Applies a validated document to every scene, all or nothing. Scenes the document leaves out go
   * back to their starting state; scenes not mounted keep theirs pending.
   */
  apply(doc: GradlabDocument): Result<void, LocalizedText> {
    const registry = this.#registry;
    const before: Partial<Record<DocSceneId, unknown>> = {};
    const pendingBefore = this.#pending;
    const done: DocSceneId[] = [];
    try {
      for (const id of DOC_SCENE_IDS) {
        const r = registry[id];
        if (r) before[id] = r.target.snapshot();
      }
      for (const id of DOC_SCENE_IDS) {
        const r = registry[id];
        if (!r) continue;
        const given = doc.scenes[id];
        // A scene already in the state asked for is left alone (no resampled surface, no undo step).
        if (given === undefined ? this.#json[id] === r.initial : canonicalJson(given) === this.#json[id]) continue;
        const next = given ?? (JSON.parse(r.initial) as SceneStates[DocSceneId]);
        done.push(id);
        r.target.restore(next);
      }
    } catch (e) {
      // Put back every scene touched (in reverse), including the one that threw half-way.
      for (const id of done.reverse()) {
        const s = before[id];
        if (s === undefined) continue;
        try {
          registry[id]?.target.restore(s as SceneStates[DocSceneId]);
        } catch {
          // A scene that cannot take back its own snapshot is a bug in that scene; the others are restored.
        }
      }
      this.#pending = pendingBefore;
      return err(reasonOf(e));
    }
    const pending: Record<string, unknown> = {};
    for (const id of DOC_SCENE_IDS) {
      const s = doc.scenes[id];
      if (s !== undefined && !registry[id]) pending[id] = s;
    }
    this.#pending = pending as Pending;
    return ok(undefined);
  }

  /** Reads, validates and applies a document's text; the message says "file" or "link". */
  async applyText(source: string, from: 'file' | 'link'): Promise<Result<GradlabDocument, LocalizedText>> {
    const doc = await this.parse(source);
    if (!doc.ok) {
      this.#say({ key: from === 'file' ? 'document.fileRefused' : 'document.linkRefused', reason: doc.error, error: true });
      return doc;
    }
    const r = this.apply(doc.value);
    if (!r.ok) {
      this.#say({ key: 'document.applyFailed', reason: r.error, error: true });
      return err(r.error);
    }
    return doc;
  }

  #markSaved(json: JsonMap = this.#json): void {
    this.#baseline = json;
  }

  // ——— commands ————————————————————————————————————————————————————

  /**
   * Before New, Open or a link replaces unsaved changes: asks Save / Don't Save / Cancel. True
   * when the command may go on — nothing unsaved, "Don't Save", or a save that succeeded; a save
   * that fails or is cancelled stops it, so nothing the user made is lost. Never awaits when
   * nothing is unsaved (New stays synchronous then).
   */
  async #mayReplace(action: UnsavedPrompt['action']): Promise<boolean> {
    if (!this.dirty) return true;
    // One question at a time: a second command while it is open is dropped.
    if (this.#answer) return false;
    const choice = await new Promise<UnsavedChoice>((resolve) => {
      this.#answer = resolve;
      this.unsavedPrompt = { action, serial: ++this.#serial };
    });
    if (choice === 'cancel') return false;
    if (choice === 'discard') return true;
    const saved = await this.save(false);
    return saved.kind === 'done';
  }

  /** The dialog's answer to the unsaved-changes question. */
  answerUnsaved(choice: UnsavedChoice): void {
    const answer = this.#answer;
    this.#answer = null;
    this.unsavedPrompt = null;
    answer?.(choice);
  }

  async newDocument(): Promise<DocumentOutcome> {
    if (this.dirty && !(await this.#mayReplace('new'))) return { kind: 'cancelled' };
    const r = this.apply({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, chapter: this.#shell.chapter, scenes: {} });
    if (!r.ok) {
      this.#say({ key: 'document.applyFailed', reason: r.error, error: true });
      return { kind: 'failed', message: r.error };
    }
    this.#pending = {};
    this.#baseline = {};
    this.name = null;
    this.path = null;
    this.#clearRecovery();
    this.#say({ key: 'document.newDone', error: false });
    return { kind: 'done', scenes: [] };
  }

  /** Asks the host for a file and opens it. */
  async open(): Promise<DocumentOutcome> {
    // Asked before the file picker, as desktop programs do.
    if (this.dirty && !(await this.#mayReplace('open'))) return { kind: 'cancelled' };
    const picked = await this.host.open();
    if (!picked.ok) {
      this.#say({ key: 'document.openFailed', reason: picked.error, error: true });
      return { kind: 'failed', message: picked.error };
    }
    if (picked.value === null) return { kind: 'cancelled' };
    return this.openFile(picked.value.name, picked.value.path, picked.value.text);
  }

  /** Opens a file's text (from Open, Open Recent, or a file dropped on the graph's bar). */
  async openFile(name: string, path: string | null, source: string): Promise<DocumentOutcome> {
    const doc = await this.applyText(source, 'file');
    if (!doc.ok) return { kind: 'failed', message: doc.error };
    this.#markSaved();
    this.name = name;
    this.path = path;
    this.#shell.openChapter(doc.value.chapter);
    this.#say({ key: 'document.opened', params: { name }, error: false });
    return { kind: 'done', scenes: DOC_SCENE_IDS.filter((id) => doc.value.scenes[id] !== undefined) };
  }

  /** Saves (over the opened file on the desktop when there is one), or asks where (Save As). */
  async save(saveAs = false): Promise<DocumentOutcome> {
    const text = this.documentText();
    const json = this.#json;
    const suggestedName = this.name ?? `untitled.${DOCUMENT_EXTENSION}`;
    const r = await this.host.save({ text, suggestedName, path: this.path, saveAs });
    if (!r.ok) {
      this.#say({ key: 'document.saveFailed', reason: r.error, error: true });
      return { kind: 'failed', message: r.error };
    }
    if (r.value === null) return { kind: 'cancelled' };
    this.name = r.value.name;
    this.path = r.value.path;
    this.#markSaved(json);
    this.#clearRecovery();
    this.#say({ key: this.host.kind === 'web' ? 'document.downloaded' : 'document.saved', params: { name: r.value.name }, error: false });
    return { kind: 'done', scenes: DOC_SCENE_IDS.filter((id) => json[id] !== undefined) };
  }

  /** A command from the platform's menu. */
  async command(c: DocumentCommand): Promise<void> {
    switch (c.kind) {
      case 'new':
        await this.newDocument();
        return;
      case 'open':
        await this.open();
        return;
      case 'opened':
        // Open Recent (the main process read the file): the same question as Open.
        if (this.dirty && !(await this.#mayReplace('open'))) return;
        await this.openFile(c.file.name, c.file.path, c.file.text);
        return;
      case 'save':
        await this.save(false);
        return;
      case 'save-as':
        await this.save(true);
        return;
      case 'save-then-close': {
        const r = await this.save(false);
        if (r.kind === 'done') this.host.confirmClose();
        return;
      }
    }
  }

  // ——— links ———————————————————————————————————————————————————————

  /** Applies a link's payload; a bad one leaves every scene at its starting state and says why. */
  async openLink(payload: string): Promise<boolean> {
    const decoded = await decodeViewPayload(payload);
    if (!decoded.ok) {
      this.apply({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, chapter: this.#shell.chapter, scenes: {} });
      this.#say({ key: 'document.linkRefused', reason: decoded.error, error: true });
      return false;
    }
    const r = await this.applyText(decoded.value, 'link');
    if (!r.ok) this.apply({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, chapter: this.#shell.chapter, scenes: {} });
    return r.ok;
  }

  /**
   * A link opened while the app runs (the address bar's `?s=` changed). The link is read and
   * checked first: a bad one changes nothing. Over a named document with unsaved changes the
   * user is asked first, as for Open. Untitled work is not asked about: the app writes its view
   * into the URL it replaces, so the browser's Back returns to it exactly. Once applied, the view
   * is an untitled document (a later Save never overwrites the file the user had open).
   * 'refused' and 'cancelled' leave every scene as it was; the caller puts the URL back.
   */
  async followLink(payload: string): Promise<'applied' | 'refused' | 'cancelled'> {
    const decoded = await decodeViewPayload(payload);
    const doc = decoded.ok ? await this.parse(decoded.value) : decoded;
    if (!doc.ok) {
      this.#say({ key: 'document.linkRefusedKept', reason: doc.error, error: true });
      return 'refused';
    }
    if (this.dirty && this.name !== null && !(await this.#mayReplace('link'))) return 'cancelled';
    const r = this.apply(doc.value);
    if (!r.ok) {
      this.#say({ key: 'document.applyFailed', reason: r.error, error: true });
      return 'refused';
    }
    this.#baseline = {};
    this.name = null;
    this.path = null;
    this.#shell.openChapter(doc.value.chapter);
    return 'applied';
  }

  // ——— autosave and recovery ——————————————————————————————————————————

  /** Starts autosaving, and offers what a previous run left unsaved if it differs from what is open. */
  async start(): Promise<void> {
    this.#timer = setInterval(() => this.autosave(), AUTOSAVE_MS);
    try {
      const stored = await this.host.recovery.read();
      if (stored !== null) await this.#offer(stored);
    } catch (e) {
      this.#say({ key: 'document.recoveryRefused', reason: reasonOf(e), error: true });
    }
    await this.#openLaunchFile();
    // The reader (zod, the graph checks) loads on first use — an Open, a link, a recovery offer —
    // a local chunk that arrives in milliseconds, so the first screen does not carry it.
    this.ready = true;
  }

  /**
   * A document double-clicked to start the app opens at once. Unsaved work from a previous run
   * stays offered from the File menu (deferred), since the user just asked for this file instead.
   */
  async #openLaunchFile(): Promise<void> {
    const launched = await this.host.takeLaunchFile?.();
    if (launched === undefined) return;
    if (!launched.ok) {
      this.#say({ key: 'document.openFailed', reason: launched.error, error: true });
      return;
    }
    if (launched.value === null) return;
    if (this.recoveryOffer !== null) this.deferRecovery();
    await this.openFile(launched.value.name, launched.value.path, launched.value.text);
  }

  async #offer(stored: string): Promise<void> {
    const doc = await this.parse(stored);
    if (!doc.ok) {
      // Unreadable leftovers (an older build's, a damaged store) are dropped, saying so.
      this.#clearRecovery();
      this.#say({ key: 'document.recoveryRefused', reason: doc.error, error: true });
      return;
    }
    const same = DOC_SCENE_IDS.every((id) => {
      const s = doc.value.scenes[id];
      return this.#or(s === undefined ? {} : { [id]: canonicalJson(s) }, id) === this.#or(this.#json, id);
    });
    if (same) return;
    this.recoveryOffer = doc.value;
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Writes the current state to the recovery store if it is dirty and changed since the last write. */
  autosave(): void {
    if (this.recoveryOffer !== null || this.recoveryDeferred || !this.dirty) return;
    const text = this.documentText();
    if (text === this.#lastAutosaved) return;
    this.#lastAutosaved = text;
    this.host.recovery.write(text).catch((e: unknown) => {
      this.#lastAutosaved = null;
      this.#say({ key: 'document.saveFailed', reason: reasonOf(e), error: true });
    });
  }

  restoreRecovery(): void {
    const doc = this.recoveryOffer;
    this.recoveryOffer = null;
    this.recoveryDeferred = false;
    if (!doc) return;
    const r = this.apply(doc);
    if (!r.ok) this.#say({ key: 'document.applyFailed', reason: r.error, error: true });
    else {
      this.#shell.openChapter(doc.chapter);
      this.#say({ key: 'document.recovered', error: false });
    }
  }

  discardRecovery(): void {
    this.recoveryOffer = null;
    this.recoveryDeferred = false;
    this.#clearRecovery();
  }

  /** Esc: keep the stored work (autosave waits so it is not overwritten) and ask again from the File menu. */
  deferRecovery(doc: GradlabDocument | null = this.recoveryOffer): void {
    this.#deferred = doc;
    this.recoveryOffer = null;
    this.recoveryDeferred = doc !== null;
  }
  #deferred: GradlabDocument | null = null;

  reopenRecovery(): void {
    if (this.#deferred) this.recoveryOffer = this.#deferred;
    this.recoveryDeferred = false;
  }

  #clearRecovery(): void {
    this.#lastAutosaved = null;
    this.#deferred = null;
    this.recoveryDeferred = false;
    this.host.recovery.clear().catch(() => undefined);
  }

  // ——— status ——————————————————————————————————————————————————————

  say(status: Omit<DocumentStatus, 'serial'>): void {
    this.#say(status);
  }

  #say(status: Omit<DocumentStatus, 'serial'>): void {
    this.status = { ...status, serial: ++this.#serial };
  }

  dismissStatus(): void {
    this.status = null;
  }
}

/** A thrown value as a short bilingual reason. */
function reasonOf(e: unknown): LocalizedText {
  if (typeof e === 'object' && e !== null && 'text' in e) {
    const t = (e as { text: unknown }).text;
    if (typeof t === 'object' && t !== null && 'en' in t && 'zh-CN' in t) return t as LocalizedText;
  }
  const m = (e instanceof Error ? e.message : String(e)).slice(0, 160);
  return { en: m, 'zh-CN': m };
}

const KEY = Symbol('documents');

export function provideDocuments(c: DocumentController): DocumentController {
  setContext(KEY, c);
  return c;
}

export function useDocuments(): DocumentController {
  const c = getContext<DocumentController | undefined>(KEY);
  if (!c) throw new Error('useDocuments() must be called below App (provideDocuments provides it).');
  return c;
}
