/**
 * WebM through WebCodecs: each frame becomes a VideoFrame with its exact timestamp (i/fps s),
 * VP9 (or VP8) encodes it, and webm-mux.ts writes the file. Nothing depends on the wall clock:
 * every planned frame is in the video with its planned time however long drawing took, the
 * encoder is never asked to keep up with real time (so it drops nothing on a slow machine), and
 * the file states its duration. Used wherever VideoEncoder exists (Chromium, Electron); the
 * MediaRecorder path (webm-sink.ts) is the fallback.
 */
import type { FrameSink } from './record-run';
import { videoBitrate } from './webm-format';
import { muxWebm, type MuxFrame } from './webm-mux';

export interface WebCodecsChoice {
  readonly codec: string;
  readonly codecId: 'V_VP9' | 'V_VP8';
}

/** VP9 profile 0 (8-bit 4:2:0, level 4.1 covers 1080p60), then VP8. */
const CANDIDATES: readonly WebCodecsChoice[] = [
  { codec: 'vp09.00.41.08', codecId: 'V_VP9' },
  { codec: 'vp8', codecId: 'V_VP8' },
];

/** True where WebCodecs can encode video at all (the codec is checked per size by webCodecsChoice). */
export function webCodecsAvailable(): boolean {
  return typeof VideoEncoder !== 'undefined' && typeof VideoFrame !== 'undefined';
}

/** The first codec this browser's VideoEncoder accepts for the size, or null. */
export async function webCodecsChoice(width: number, height: number, fps: number): Promise<WebCodecsChoice | null> {
  if (typeof VideoEncoder === 'undefined' || typeof VideoFrame === 'undefined') return null;
  for (const c of CANDIDATES) {
    try {
      const r = await VideoEncoder.isConfigSupported({ codec: c.codec, width, height, framerate: fps, bitrate: videoBitrate(width, height, fps) });
      if (r.supported) return c;
    } catch {
      // Unknown codec string: try the next one.
    }
  }
  return null;
}

/** A keyframe every 2 s: seeking stays quick, files stay small. */
const KEY_INTERVAL_S = 2;

export class WebCodecsSink implements FrameSink<HTMLCanvasElement> {
  readonly #encoder: VideoEncoder;
  readonly #frames: MuxFrame[] = [];
  readonly #frameUs: number;
  #last: VideoFrame | null = null;
  #count = 0;
  #error: unknown = null;
  #closed = false;

  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly fps: number,
    private readonly choice: WebCodecsChoice,
  ) {
    this.#frameUs = 1e6 / fps;
    this.#encoder = new VideoEncoder({
      output: (chunk) => {
        const data = new Uint8Array(chunk.byteLength);
        chunk.copyTo(data);
        this.#frames.push({ timeMs: chunk.timestamp / 1000, key: chunk.type === 'key', data });
      },
      error: (e) => {
        this.#error = e;
      },
    });
    this.#encoder.configure({ codec: choice.codec, width, height, framerate: fps, bitrate: videoBitrate(width, height, fps), latencyMode: 'quality' });
  }

  async add(picture: HTMLCanvasElement | null, index: number): Promise<void> {
    if (this.#closed) return;
    if (this.#error) throw this.#error;
    const timestamp = Math.round(index * this.#frameUs);
    const duration = Math.round((index + 1) * this.#frameUs) - timestamp;
    let frame: VideoFrame;
    if (picture) {
      frame = new VideoFrame(picture, { timestamp, duration });
      this.#last?.close();
      this.#last = frame.clone();
    } else {
      if (!this.#last) throw new Error('no frame to repeat');
      frame = new VideoFrame(this.#last, { timestamp, duration });
    }
    const keyFrame = this.#count % Math.max(1, Math.round(this.fps * KEY_INTERVAL_S)) === 0;
    this.#encoder.encode(frame, { keyFrame });
    frame.close();
    this.#count += 1;
    // Back-pressure: a slow encoder makes the drawing wait, never drops a frame.
    while (this.#encoder.encodeQueueSize > 4 && !this.#error) await new Promise((r) => setTimeout(r, 5));
  }

  async finish(): Promise<Uint8Array> {
    if (this.#error) throw this.#error;
    await this.#encoder.flush();
    if (this.#error) throw this.#error;
    this.#close();
    const frames = [...this.#frames].sort((a, b) => a.timeMs - b.timeMs);
    return muxWebm({ codecId: this.choice.codecId, width: this.width, height: this.height, durationMs: (this.#count * 1000) / this.fps }, frames);
  }

  abort(): void {
    this.#close();
    this.#frames.length = 0;
  }

  #close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#last?.close();
    this.#last = null;
    if (this.#encoder.state !== 'closed') this.#encoder.close();
  }
}
