/**
 * A recording is a deterministic list of frames, not a screen capture: frame i shows the animation
 * at position i/(n−1) of its way from start to end, whatever time the computer needs to draw it.
 * This module turns the user's settings (frames per second, duration, a pause at the end) into
 * that list, maps each frame to a state of the animation, and gives the GIF frame delays.
 */

export type RecordFormat = 'webm' | 'gif';

export interface RecordSettings {
  readonly format: RecordFormat;
  /** Output width and height in pixels. */
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  /** Seconds the animation takes from its first to its last state. */
  readonly durationS: number;
  /** Seconds the last state stays on screen afterwards (so a looping GIF does not jump at once). */
  readonly holdS: number;
}

export const FPS_MIN = 1;
export const FPS_MAX = 60;
export const DURATION_MIN_S = 0.5;
export const DURATION_MAX_S = 60;
export const HOLD_MAX_S = 5;

export interface FrameCounts {
  /** Frames along the animation (the first shows its start, the last its end). */
  readonly motion: number;
  /** Frames of the pause at the end (all show the last state). */
  readonly hold: number;
  readonly total: number;
}

/** How many frames the settings ask for: at least two in motion, so both ends are shown. */
export function frameCounts(fps: number, durationS: number, holdS: number): FrameCounts {
  const motion = Math.max(2, Math.round(fps * durationS));
  const hold = Math.max(0, Math.round(fps * holdS));
  return { motion, hold, total: motion + hold };
}

/** Where frame i is along the animation, in [0, 1]; the pause frames are at 1. */
export function positionOf(i: number, counts: FrameCounts): number {
  if (i >= counts.motion - 1) return 1;
  return Math.max(0, i) / (counts.motion - 1);
}

/**
 * A discrete animation of `states` states, each held for the same time (the graph's pass: one
 * node or edge per state). Position p ∈ [0, 1] → state ⌊p·states⌋, the last state at p = 1.
 */
export function heldState(p: number, states: number): number {
  if (states <= 1) return 0;
  return Math.min(states - 1, Math.max(0, Math.floor(p * states)));
}

/**
 * A sweep through `states` states with the first at p = 0 and the last at p = 1 (the walkers:
 * step count rounded to the nearest step, so the race ends exactly at its last step).
 */
export function sweptState(p: number, states: number): number {
  if (states <= 1) return 0;
  return Math.min(states - 1, Math.max(0, Math.round(p * (states - 1))));
}

/**
 * GIF delays are whole centiseconds. Rounding each frame's 100/fps cs alone would drift (15 fps:
 * 6.67 cs → 7 cs, 5 % slow); rounding the running total keeps every frame within 1 cs of its
 * true time and the whole animation exact.
 */
export function gifDelaysCs(frames: number, fps: number): number[] {
  const out: number[] = [];
  const per = 100 / fps;
  for (let i = 0; i < frames; i++) out.push(Math.round((i + 1) * per) - Math.round(i * per));
  return out;
}

/** A rectangle in output pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The largest rectangle of the source's aspect centred in the box (letterbox; never distorts). */
export function containRect(srcW: number, srcH: number, boxW: number, boxH: number): Rect {
  if (!(srcW > 0 && srcH > 0)) return { x: 0, y: 0, w: boxW, h: boxH };
  const k = Math.min(boxW / srcW, boxH / srcH);
  const w = srcW * k;
  const h = srcH * k;
  return { x: (boxW - w) / 2, y: (boxH - h) / 2, w, h };
}

/** Rounds to the nearest even number ≥ 2 (video codecs encode chroma at half resolution). */
export function even(n: number): number {
  return Math.max(2, 2 * Math.round(n / 2));
}

/** The output height for a width and a source aspect (w/h), even. */
export function heightFor(width: number, aspect: number): number {
  return even(width / (aspect > 0 && Number.isFinite(aspect) ? aspect : 16 / 9));
}

/** Checks settings and says what is wrong (message keys of record-messages.ts), or null. */
export function settingsProblem(s: RecordSettings): 'record.problem.fps' | 'record.problem.duration' | 'record.problem.hold' | 'record.problem.size' | null {
  if (!(Number.isFinite(s.fps) && s.fps >= FPS_MIN && s.fps <= FPS_MAX)) return 'record.problem.fps';
  if (!(Number.isFinite(s.durationS) && s.durationS >= DURATION_MIN_S && s.durationS <= DURATION_MAX_S)) return 'record.problem.duration';
  if (!(Number.isFinite(s.holdS) && s.holdS >= 0 && s.holdS <= HOLD_MAX_S)) return 'record.problem.hold';
  if (!(Number.isInteger(s.width) && Number.isInteger(s.height) && s.width >= 16 && s.height >= 16 && s.width <= 3840 && s.height <= 2160)) return 'record.problem.size';
  return null;
}

/** Where a frame's parts go: the figure (letterboxed) and a caption strip along the bottom. */
export interface FrameLayout {
  readonly picture: Rect;
  readonly caption: Rect | null;
  readonly fontPx: number;
}

/** The caption strip's height for an output width: 4 % of it, at least 20 px. */
export function captionHeight(width: number): number {
  return Math.max(20, Math.round(width * 0.04));
}

/**
 * The layout of a width × height frame for a figure of aspect w/h: the caption strip (when there
 * is a caption) takes the bottom, the figure is as large as fits above it, centred.
 */
export function frameLayout(width: number, height: number, aspect: number, withCaption: boolean): FrameLayout {
  const strip = withCaption ? Math.min(captionHeight(width), Math.floor(height / 4)) : 0;
  const box = containRect(aspect > 0 && Number.isFinite(aspect) ? aspect : 16 / 9, 1, width, height - strip);
  const picture = { x: Math.round(box.x), y: Math.round(box.y), w: Math.max(1, Math.round(box.w)), h: Math.max(1, Math.round(box.h)) };
  return {
    picture,
    caption: withCaption ? { x: 0, y: height - strip, w: width, h: strip } : null,
    fontPx: Math.max(10, Math.round(strip * 0.56)),
  };
}

/** A GIF's size: the given width, and the height that fits the figure and the caption exactly. */
export function gifSize(width: number, aspect: number, withCaption: boolean): { readonly width: number; readonly height: number } {
  const w = even(width);
  const strip = withCaption ? captionHeight(w) : 0;
  return { width: w, height: even(w / (aspect > 0 && Number.isFinite(aspect) ? aspect : 16 / 9) + strip) };
}
