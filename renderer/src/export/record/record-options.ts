/**
 * The choices the recording dialog offers, and the settings they make. Video sizes are the
 * standard 16:9 ones (slides and players expect them; the figure is letterboxed into them); a GIF
 * is as wide as chosen and exactly as tall as the figure needs (no bars, fewer bytes). GIF frame
 * rates stop at 25: GIF delays are whole centiseconds and browsers show delays under 2 cs as 10 cs,
 * so faster GIFs would play slower.
 */
import { DURATION_MAX_S, DURATION_MIN_S, gifSize, type RecordFormat, type RecordSettings } from './frame-plan';

export const VIDEO_SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 854, height: 480 },
] as const;
export const VIDEO_FPS = [24, 30, 60] as const;
export const GIF_WIDTHS = [480, 640, 800] as const;
export const GIF_FPS = [10, 12, 15, 20, 25] as const;

export const DEFAULT_VIDEO_FPS = 30;
export const DEFAULT_GIF_FPS = 12;
export const DEFAULT_GIF_WIDTH = 640;
export const DEFAULT_HOLD_S = 1;

export interface RecordChoices {
  readonly format: RecordFormat;
  /** Index into VIDEO_SIZES. */
  readonly videoSize: number;
  readonly gifWidth: number;
  readonly fps: number;
  readonly durationS: number;
  readonly holdS: number;
  readonly caption: boolean;
}

/** A sensible duration for an animation whose live run takes `natural` seconds. */
export function defaultDuration(natural: number): number {
  const d = Number.isFinite(natural) ? natural : 5;
  return Math.round(Math.min(DURATION_MAX_S, Math.max(DURATION_MIN_S, d)) * 10) / 10;
}

export function settingsFrom(c: RecordChoices, aspect: number): RecordSettings {
  const size = c.format === 'gif' ? gifSize(c.gifWidth, aspect, c.caption) : (VIDEO_SIZES[c.videoSize] ?? VIDEO_SIZES[0]);
  return { format: c.format, width: size.width, height: size.height, fps: c.fps, durationS: c.durationS, holdS: c.holdS };
}

/** Human file size: "412 KB", "3.4 MB". */
export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
