/**
 * The strings the app has loaded, by language (issue 11: the first screen's weight). The shell's
 * own tables — the frame, menus, documents, lecture mode, the formula field — ship with the first
 * screen; each chapter's lesson text is a pack loaded beside that chapter's code (App's scene
 * loader awaits both before it mounts the scene), so no chapter ever shows a key in place of its
 * text, and `shell.t` stays synchronous. Both languages of a pack come together: switching language
 * needs no download and works offline.
 *
 * messages.ts keeps the full tables for types and tests; a unit test checks that core + packs
 * cover them exactly, and that a pack's keys are used only by code that loads after it.
 */
import type { Locale } from '$shared/text';
import type { SceneId } from '../shell/chapters';
import { shellMessagesEn, shellMessagesZh } from './shell-messages';
import { explorerMessagesEn, explorerMessagesZh } from '../scenes/surface/explorer/explorer-messages';
import { lectureMessagesEn, lectureMessagesZh } from '../lecture/lecture-messages';
import { documentMessagesEn, documentMessagesZh } from '../document/document-messages';
import { layoutMessagesEn, layoutMessagesZh } from '../shell/layout-messages';
import { exportMessagesEn, exportMessagesZh } from '../export/export-messages';

type Table = Readonly<Record<string, string>>;
/** One feature's strings: [English, Chinese]. */
export type TablePair = readonly [Table, Table];

/**
 * Always present: the shell and what several chapters share (the explorer's table holds the
 * formula field's messages, used by every chapter with a formula).
 */
export const CORE_TABLES: readonly TablePair[] = [
  [shellMessagesEn, shellMessagesZh],
  [explorerMessagesEn, explorerMessagesZh],
  [lectureMessagesEn, lectureMessagesZh],
  [documentMessagesEn, documentMessagesZh],
  [layoutMessagesEn, layoutMessagesZh],
  [exportMessagesEn, exportMessagesZh],
];

/** Lesson text and other strings only one part of the app shows, loaded with that part. */
export const PACKS = {
  limits: () => import('../scenes/limits/limits-messages').then((m): TablePair => [m.limitsMessagesEn, m.limitsMessagesZh]),
  derivatives: () => import('../scenes/derivatives/derivatives-messages').then((m): TablePair => [m.derivativesMessagesEn, m.derivativesMessagesZh]),
  chain: () => import('../scenes/chain/chain-messages').then((m): TablePair => [m.chainMessagesEn, m.chainMessagesZh]),
  graph: () => import('../scenes/graph/graph-messages').then((m): TablePair => [m.graphMessagesEn, m.graphMessagesZh]),
  summary: () => import('../scenes/summary/summary-messages').then((m): TablePair => [m.summaryMessagesEn, m.summaryMessagesZh]),
  // The recording dialog lives inside the scenes that can record (RecordSecant, RecordGraph, RecordWalkers).
  record: () => import('../export/record/record-messages').then((m): TablePair => [m.recordMessagesEn, m.recordMessagesZh]),
} satisfies Record<string, () => Promise<TablePair>>;
export type MessagePack = keyof typeof PACKS;

/** The packs each scene's code uses; the scene mounts once they are loaded. */
export const SCENE_PACKS: Readonly<Record<SceneId, readonly MessagePack[]>> = {
  limits: ['limits'],
  derivatives: ['derivatives', 'record'],
  chain: ['chain'],
  graph: ['graph', 'record'],
  surface: ['record'],
  summary: ['summary'],
};

export class MessageCatalog {
  readonly #tables: Record<Locale, Record<string, string>> = { en: {}, 'zh-CN': {} };
  // Bumped when a pack arrives, so text read before then is read again (the scene loader makes
  // that unnecessary in practice; this keeps a late pack from leaving a key on screen).
  #version = $state(0);
  // Bookkeeping, never rendered: a plain Map on purpose.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #loading = new Map<MessagePack, Promise<void>>();
  readonly #loaders: Readonly<Record<MessagePack, () => Promise<TablePair>>>;

  constructor(core: readonly TablePair[], loaders: Readonly<Record<MessagePack, () => Promise<TablePair>>>) {
    for (const pair of core) this.#add(pair);
    this.#loaders = loaders;
  }

  #add([en, zh]: TablePair): void {
    Object.assign(this.#tables.en, en);
    Object.assign(this.#tables['zh-CN'], zh);
  }

  /** The text of `key` in `locale`, or undefined while its pack has not arrived. Reactive. */
  lookup(locale: Locale, key: string): string | undefined {
    void this.#version;
    return this.#tables[locale][key];
  }

  /** Loads a pack once (a failed load may be retried). */
  load(pack: MessagePack): Promise<void> {
    let p = this.#loading.get(pack);
    if (!p) {
      p = this.#loaders[pack]().then(
        (pair) => {
          this.#add(pair);
          this.#version++;
        },
        (e: unknown) => {
          this.#loading.delete(pack);
          throw e;
        },
      );
      this.#loading.set(pack, p);
    }
    return p;
  }

  /** Loads every pack a scene's code uses. */
  loadForScene(scene: SceneId): Promise<void> {
    return Promise.all(SCENE_PACKS[scene].map((p) => this.load(p))).then(() => undefined);
  }

  /** Every key loaded so far in a language (tests compare it with the full tables). */
  keys(locale: Locale): readonly string[] {
    void this.#version;
    return Object.keys(this.#tables[locale]);
  }
}

/** The app's one catalog (the shell translates through it). */
export const messageCatalog = new MessageCatalog(CORE_TABLES, PACKS);
