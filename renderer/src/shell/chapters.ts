/**
 * The deck's chapters in the sidebar, in the deck's order (DESIGN.md §3): 1 limits, 2 derivatives
 * and partial derivatives, 3 the chain rule, 4 computational graphs with its extension slides
 * (gradient and gradient descent: the surface explorer), 5 the summary.
 */
import type { MessageKey } from '../i18n/messages';

export type SceneId = 'limits' | 'derivatives' | 'chain' | 'graph' | 'surface' | 'summary';

export interface Chapter {
  /** Stable id, also the URL hash (`#/limits`). */
  readonly id: string;
  /** The deck's chapter number; an extension shares its chapter's number. */
  readonly number: number;
  readonly title: MessageKey;
  readonly scene: SceneId;
  /** The deck's "扩展" slides of a chapter: listed under it, indented. */
  readonly extension?: boolean;
}

export const CHAPTERS: readonly Chapter[] = [
  { id: 'limits', number: 1, title: 'chapter.limits', scene: 'limits' },
  { id: 'derivatives', number: 2, title: 'chapter.derivatives', scene: 'derivatives' },
  { id: 'chain-rule', number: 3, title: 'chapter.chainRule', scene: 'chain' },
  { id: 'graphs', number: 4, title: 'chapter.graphs', scene: 'graph' },
  { id: 'descent', number: 4, title: 'chapter.descent', scene: 'surface', extension: true },
  { id: 'summary', number: 5, title: 'chapter.summary', scene: 'summary' },
];

/** The app opens where the deck does. */
export const FIRST_CHAPTER: Chapter = CHAPTERS[0]!;

export function chapterById(id: string): Chapter | undefined {
  return CHAPTERS.find((c) => c.id === id);
}

/** The chapter a URL hash names (`#/derivatives`, `#derivatives`, `#/limits?s=…`), if any. */
export function chapterFromHash(hash: string): Chapter | undefined {
  const m = /^#\/?([\w-]+)/.exec(hash);
  return m ? chapterById(m[1]!) : undefined;
}

export function hashForChapter(c: Chapter): string {
  return `#/${c.id}`;
}

/** The view a hash carries after the chapter (`#/limits?s=1.…`, see document/view-link.ts), or null. */
export function viewFromHash(hash: string): string | null {
  const q = hash.indexOf('?');
  if (q < 0) return null;
  for (const part of hash.slice(q + 1).split('&')) {
    if (part.startsWith('s=')) return part.slice(2);
  }
  return null;
}

/** The hash for a chapter and, when given, the view to restore with it. */
export function hashForView(c: Chapter, view: string | null): string {
  return view === null || view === '' ? hashForChapter(c) : `${hashForChapter(c)}?s=${view}`;
}
