/**
 * Lessons as data (DESIGN.md §5): a chapter's lecture is a list of steps, each a bilingual caption
 * written for the hall plus an action its scene knows how to apply (a state patch, a reveal, an
 * animation). The step files hold only data; each scene interprets its own actions.
 */
import type { LocalizedText } from '$shared/text';

export interface LectureStep<A> {
  readonly caption: LocalizedText;
  readonly action: A;
}

/** A chapter's lecture without its scene: the captions (data, known before the scene loads). */
export interface ChapterLecture<A> {
  readonly chapterId: string;
  readonly steps: readonly LectureStep<A>[];
}

/** How a chapter's scene shows its steps; registered by the scene once it exists. */
export interface LectureTarget {
  /**
   * Shows step k. `from` is the step shown before when it is k − 1: the scene then applies only
   * step k's change, keeping whatever the presenter did with the scene meanwhile. Otherwise
   * (`from` null: a jump, a step back, the first show) the scene rebuilds step k from the start.
   */
  show(k: number, from: number | null): void;
}
