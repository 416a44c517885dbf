/** The GIF side of a recording: RGBA frames into GifWriter with the planned per-frame delays. */
import { gifDelaysCs, type FrameCounts } from './frame-plan';
import { GifWriter } from './gif-writer';
import type { FrameSink } from './record-run';

export class GifSink implements FrameSink<Uint8ClampedArray> {
  readonly #writer: GifWriter;
  readonly #delays: readonly number[];
  #aborted = false;

  constructor(width: number, height: number, fps: number, counts: FrameCounts) {
    this.#writer = new GifWriter(width, height, { repeat: 0 });
    this.#delays = gifDelaysCs(counts.total, fps);
  }

  add(rgba: Uint8ClampedArray | null, index: number): Promise<void> {
    if (this.#aborted) return Promise.resolve();
    const delay = this.#delays[index] ?? 0;
    if (rgba === null) this.#writer.holdFrame(delay);
    else this.#writer.addFrame(rgba, delay);
    return Promise.resolve();
  }

  finish(): Promise<Uint8Array> {
    return Promise.resolve(this.#writer.finish());
  }

  abort(): void {
    this.#aborted = true;
  }
}
