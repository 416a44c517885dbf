/**
 * The deck's chapters in the sidebar (DESIGN.md §3). A chapter with no scene yet is listed but
 * disabled, so students see the whole course and what is available today.
 */
import type { MessageKey } from '../i18n/messages';

export type SceneId = 'surface' | 'graph';

export interface Chapter {
  readonly id: string;
  readonly number: number;
  readonly title: MessageKey;
  /** The scene that opens for this chapter, or null while it is not built. */
  readonly scene: SceneId | null;
}

export const CHAPTERS: readonly Chapter[] = [
  { id: 'limits', number: 1, title: 'chapter.limits', scene: null },
  { id: 'derivatives', number: 2, title: 'chapter.derivatives', scene: null },
  { id: 'chain-rule', number: 3, title: 'chapter.chainRule', scene: null },
  { id: 'graphs', number: 4, title: 'chapter.graphs', scene: 'graph' },
  { id: 'descent', number: 5, title: 'chapter.descent', scene: 'surface' },
];

/** The app opens on the gradient-descent surface: the scene every later chapter builds towards. */
export const FIRST_CHAPTER: Chapter = CHAPTERS.find((c) => c.id === 'descent')!;
