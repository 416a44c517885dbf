/**
 * What the recorder needs from an animation: the contract between a scene (walkers, graph pass,
 * secant) and the recorder. A spec says whether the animation can be recorded now and how it
 * looks; `begin()` saves the user's state and pauses the scene, and the source it returns sets
 * the scene to any state, draws it, and puts everything back with `restore()`.
 */
import type { recordMessagesEn } from './record-messages';

/** A message of the recorder's own table. */
export type RecordKey = keyof typeof recordMessagesEn;
/** The shell's translator (`shell.t`), narrowed to what the recorder passes. */
export type Translate = (key: RecordKey, params?: Readonly<Record<string, string | number>>) => string;

export type AnimationId = 'walkers' | 'graph' | 'secant';

export interface AnimationSource {
  /** The animation's state at position p ∈ [0, 1] of its way (equal numbers: equal pictures). */
  stateAt(p: number): number;
  /** Sets the scene to `state` and draws the figure at exactly w × h px. */
  render(state: number, w: number, h: number): Promise<CanvasImageSource>;
  /** The caption line of a state, in the current language. */
  caption(state: number, t: Translate): string;
  /** Puts the scene back as the user left it (called once). */
  restore(): void;
}

export interface AnimationSpec {
  readonly id: AnimationId;
  /** Why it cannot be recorded now, or null. */
  unavailable(): RecordKey | null;
  /** Width / height of the figure (its on-screen shape). */
  aspect(): number;
  /** How long the live animation takes, in seconds: the dialog's default duration. */
  naturalDurationS(): number;
  begin(): Promise<AnimationSource>;
}
