/**
 * Animated GIF through gifenc (a small, well-kept encoder): each new picture is quantised to its
 * own 256-colour palette (the figures' colours change from frame to frame — a walker's trail, a
 * lit node — so one shared palette would band them), mapped to it and LZW-compressed. A frame that
 * repeats the previous picture (a held graph step, the pause at the end) is not written again: the
 * previous frame's delay grows instead, which keeps held scenes free in file size.
 */
import { applyPalette, GIFEncoder, quantize, type GifPalette, type GifStream } from 'gifenc';

export interface GifWriterOptions {
  /** 0 = loop forever (the default), −1 = play once, n > 0 = n extra repetitions. */
  readonly repeat?: number;
}

interface Pending {
  readonly index: Uint8Array;
  readonly palette: GifPalette;
  delayCs: number;
}

/** GIF stores delays as 16-bit centiseconds. */
const MAX_DELAY_CS = 0xffff;

export class GifWriter {
  readonly #gif: GifStream = GIFEncoder();
  #pending: Pending | null = null;
  #written = 0;
  #finished = false;

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly options: GifWriterOptions = {},
  ) {
    if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0 && width <= 0xffff && height <= 0xffff)) {
      throw new RangeError(`GIF size must be whole pixels in 1…65535, got ${width}×${height}`);
    }
  }

  /** Frames written so far (repeats merged), including the one waiting for its final delay. */
  get frames(): number {
    return this.#written + (this.#pending ? 1 : 0);
  }

  /** Adds a picture (RGBA, width·height·4 bytes) shown for `delayCs` centiseconds. */
  addFrame(rgba: Uint8Array | Uint8ClampedArray, delayCs: number): void {
    if (this.#finished) throw new Error('GIF already finished');
    if (rgba.length !== this.width * this.height * 4) throw new RangeError(`frame has ${rgba.length} bytes, expected ${this.width * this.height * 4}`);
    this.#flush();
    const palette = quantize(rgba, 256);
    this.#pending = { index: applyPalette(rgba, palette), palette, delayCs: Math.max(0, Math.round(delayCs)) };
  }

  /** The previous picture stays on screen `delayCs` longer (a repeated frame). */
  holdFrame(delayCs: number): void {
    if (!this.#pending) throw new Error('no frame to hold');
    const next = this.#pending.delayCs + Math.max(0, Math.round(delayCs));
    if (next <= MAX_DELAY_CS) {
      this.#pending.delayCs = next;
      return;
    }
    // Past 655 s in one frame: write it and repeat the same picture (never reached by the dialog).
    const again = { ...this.#pending, delayCs: next - MAX_DELAY_CS };
    this.#pending.delayCs = MAX_DELAY_CS;
    this.#flush();
    this.#pending = again;
  }

  /** Ends the stream and returns the file's bytes. */
  finish(): Uint8Array {
    if (this.#finished) throw new Error('GIF already finished');
    if (!this.#pending) throw new Error('a GIF needs at least one frame');
    this.#flush();
    this.#gif.finish();
    this.#finished = true;
    return this.#gif.bytes();
  }

  #flush(): void {
    const p = this.#pending;
    if (!p) return;
    // gifenc takes milliseconds and stores round(ms / 10) centiseconds.
    this.#gif.writeFrame(p.index, this.width, this.height, { palette: p.palette, delay: p.delayCs * 10, repeat: this.options.repeat ?? 0 });
    this.#written += 1;
    this.#pending = null;
  }
}
