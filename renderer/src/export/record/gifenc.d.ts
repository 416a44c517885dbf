/**
 * Types for gifenc 1.0 (the package ships none): only the part this app calls — quantize a frame,
 * map it to its palette, and write frames into a GIF stream. Signatures follow gifenc's README.
 */
declare module 'gifenc' {
  /** An [r, g, b] (or [r, g, b, a] in rgba4444) colour, bytes. */
  export type GifColor = number[];
  export type GifPalette = GifColor[];
  export type GifFormat = 'rgb565' | 'rgb444' | 'rgba4444';

  export interface QuantizeOptions {
    readonly format?: GifFormat;
    readonly oneBitAlpha?: boolean | number;
    readonly clearAlpha?: boolean;
    readonly clearAlphaThreshold?: number;
    readonly clearAlphaColor?: number;
  }

  export function quantize(rgba: Uint8Array | Uint8ClampedArray, maxColors: number, options?: QuantizeOptions): GifPalette;
  export function applyPalette(rgba: Uint8Array | Uint8ClampedArray, palette: GifPalette, format?: GifFormat): Uint8Array;

  export interface WriteFrameOptions {
    readonly palette?: GifPalette | null;
    readonly first?: boolean;
    readonly transparent?: boolean;
    readonly transparentIndex?: number;
    /** Milliseconds (stored as centiseconds: rounded to 10 ms). */
    readonly delay?: number;
    /** 0 = loop forever, -1 = play once, n > 0 = n repetitions. */
    readonly repeat?: number;
    readonly colorDepth?: number;
    readonly dispose?: number;
  }

  export interface GifStream {
    writeFrame(index: Uint8Array, width: number, height: number, options?: WriteFrameOptions): void;
    finish(): void;
    bytes(): Uint8Array;
    bytesView(): Uint8Array;
    reset(): void;
    writeHeader(): void;
  }

  export function GIFEncoder(options?: { readonly auto?: boolean; readonly initialCapacity?: number }): GifStream;
}
