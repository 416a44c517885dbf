/**
 * The recording loop, independent of what is recorded and in which format: for each output frame
 * it asks the scene for the state at that frame, renders it only when it differs from the previous
 * frame's, hands it to the encoder, reports progress and yields to the page so it stays
 * responsive. Cancel (an AbortSignal) is checked between frames and stops within one frame; the
 * encoder's partial output is thrown away, and the scene is restored whatever happened.
 */
import { positionOf, type FrameCounts } from './frame-plan';

/** Where the frames go (GIF writer, MediaRecorder…). `picture` null: same as the previous frame. */
export interface FrameSink<P> {
  add(picture: P | null, index: number): Promise<void>;
  finish(): Promise<Uint8Array>;
  /** Drops everything encoded so far (cancel or failure). */
  abort(): void;
}

export interface RecordJob<P> {
  readonly counts: FrameCounts;
  /** The animation's state at position p ∈ [0, 1]; equal numbers mean equal pictures. */
  stateAt(p: number): number;
  /** Sets the scene to a state and draws it. */
  render(state: number, index: number): Promise<P>;
  /** Puts the scene back exactly as the user left it. Called once, always. */
  restore(): void;
  readonly sink: FrameSink<P>;
  readonly signal: AbortSignal;
  onProgress?(done: number, total: number): void;
  /** Lets the page breathe between frames (default: a macrotask). */
  yieldToPage?(): Promise<void>;
}

export type RecordOutcome =
  | { readonly kind: 'done'; readonly bytes: Uint8Array; readonly frames: number; readonly rendered: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly error: unknown };

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function runRecording<P>(job: RecordJob<P>): Promise<RecordOutcome> {
  const { counts, sink, signal } = job;
  const breathe = job.yieldToPage ?? macrotask;
  let restored = false;
  const restore = (): void => {
    if (restored) return;
    restored = true;
    job.restore();
  };
  let rendered = 0;
  try {
    let last: number | null = null;
    for (let i = 0; i < counts.total; i++) {
      if (signal.aborted) {
        sink.abort();
        return { kind: 'cancelled' };
      }
      const state = job.stateAt(positionOf(i, counts));
      if (state === last) {
        await sink.add(null, i);
      } else {
        const picture = await job.render(state, i);
        rendered += 1;
        // A cancel that arrived while the frame was drawn must not encode it.
        if (signal.aborted) {
          sink.abort();
          return { kind: 'cancelled' };
        }
        await sink.add(picture, i);
        last = state;
      }
      job.onProgress?.(i + 1, counts.total);
      await breathe();
    }
    // The scene goes back before the (possibly slow) finishing step: the user sees their own state.
    restore();
    if (signal.aborted) {
      sink.abort();
      return { kind: 'cancelled' };
    }
    const bytes = await sink.finish();
    return { kind: 'done', bytes, frames: counts.total, rendered };
  } catch (error) {
    sink.abort();
    return signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', error };
  } finally {
    restore();
  }
}
