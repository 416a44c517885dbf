/**
 * The WebM side of a recording, in two passes. MediaRecorder stamps each frame with the wall
 * clock when it is captured, so frames must reach it exactly 1/fps s apart — but drawing a frame
 * (a 3D capture, an SVG rasterised at 1080p) can take longer than that. So frames are first drawn
 * at whatever speed the machine manages and kept as high-quality JPEG (VP8/VP9 is lossy anyway;
 * a JPEG at 0.95 keeps thin lines and small labels, and 200 frames of 1080p stay within tens of
 * MB, unlike raw bitmaps); then they are played out in real time into a canvas captured frame by
 * frame (`captureStream(0)` + `requestFrame()`), each decoded ahead of its turn. The video then
 * has every planned frame, each shown for its 1/fps s, whatever the machine's speed.
 */
import type { FrameSink } from './record-run';
import { videoBitrate } from './webm-format';

/** `requestFrame` exists on canvas capture tracks (not in every TS DOM lib as a type). */
interface CaptureTrack extends MediaStreamTrack {
  requestFrame?: () => void;
}

const JPEG_QUALITY = 0.95;

function toJpeg(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('a frame could not be encoded'))), 'image/jpeg', JPEG_QUALITY);
  });
}

/** Resolves at `at` (performance.now() time), or at once when that has passed. */
function until(at: number): Promise<void> {
  const ms = at - performance.now();
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

export interface WebmSinkOptions {
  readonly signal: AbortSignal;
  /** Progress of the real-time pass: frames played into the recorder. */
  readonly onEncode?: (done: number, total: number) => void;
}

export class WebmSink implements FrameSink<HTMLCanvasElement> {
  readonly #frames: Blob[] = [];
  #aborted = false;

  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly fps: number,
    readonly mimeType: string,
    private readonly options: WebmSinkOptions,
  ) {}

  async add(picture: HTMLCanvasElement | null): Promise<void> {
    if (this.#aborted) return;
    const last = this.#frames[this.#frames.length - 1];
    if (picture === null) {
      if (!last) throw new Error('no frame to repeat');
      this.#frames.push(last);
      return;
    }
    this.#frames.push(await toJpeg(picture));
  }

  async finish(): Promise<Uint8Array> {
    const { signal } = this.options;
    const frames = this.#frames;
    if (frames.length === 0) throw new Error('a video needs at least one frame');
    const canvas = document.createElement('canvas');
    canvas.width = this.width;
    canvas.height = this.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context');
    const stream = canvas.captureStream(0);
    const track = stream.getVideoTracks()[0] as CaptureTrack | undefined;
    if (!track || typeof track.requestFrame !== 'function') throw new Error('this browser cannot capture a canvas frame by frame');
    const recorder = new MediaRecorder(stream, { mimeType: this.mimeType, videoBitsPerSecond: videoBitrate(this.width, this.height, this.fps) });
    const chunks: Blob[] = [];
    let failure: unknown = null;
    recorder.ondataavailable = (e) => {
      if (e.data.size > 0) chunks.push(e.data);
    };
    const stopped = new Promise<void>((resolve) => {
      recorder.onstop = () => resolve();
    });
    recorder.onerror = (e) => {
      failure = (e as Event & { error?: unknown }).error ?? new Error('MediaRecorder failed');
    };

    // Decoded bitmaps, one per distinct frame (held frames share theirs), a few frames ahead.
    const decoded = new Map<Blob, Promise<ImageBitmap>>();
    const bitmap = (i: number): Promise<ImageBitmap> | null => {
      const b = frames[i];
      if (!b) return null;
      let p = decoded.get(b);
      if (!p) {
        p = createImageBitmap(b);
        decoded.set(b, p);
      }
      return p;
    };
    const AHEAD = 4;
    const frameMs = 1000 / this.fps;
    try {
      const first = await bitmap(0);
      if (!first) throw new Error('no first frame');
      for (let k = 1; k <= AHEAD; k++) void bitmap(k);
      recorder.start();
      const t0 = performance.now();
      let shown: ImageBitmap | null = null;
      for (let i = 0; i < frames.length; i++) {
        if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
        if (failure) throw failure;
        const next = await bitmap(i);
        void bitmap(i + AHEAD);
        await until(t0 + i * frameMs);
        if (next && next !== shown) {
          ctx.drawImage(next, 0, 0, this.width, this.height);
          // Bitmaps of frames already shown are released as soon as the picture changes.
          if (shown) {
            shown.close();
            const previous = frames[i - 1];
            if (previous) decoded.delete(previous);
          }
          shown = next;
        }
        track.requestFrame?.();
        this.options.onEncode?.(i + 1, frames.length);
      }
      // A frame lasts until the next one: the last picture is sent once more, 1/fps later.
      await until(t0 + frames.length * frameMs);
      track.requestFrame?.();
      await until(t0 + frames.length * frameMs + Math.min(frameMs, 50));
      recorder.stop();
      await stopped;
      if (failure) throw failure;
      const blob = new Blob(chunks, { type: 'video/webm' });
      return new Uint8Array(await blob.arrayBuffer());
    } finally {
      if (recorder.state !== 'inactive') recorder.stop();
      track.stop();
      for (const p of decoded.values()) void p.then((b) => b.close(), () => undefined);
    }
  }

  abort(): void {
    this.#aborted = true;
    this.#frames.length = 0;
  }
}
