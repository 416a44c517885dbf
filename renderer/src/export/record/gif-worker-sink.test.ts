import { describe, expect, it } from 'vitest';
import { GifReader } from 'omggif';
import { WorkerCalls } from '../../document/worker-calls';
import { frameCounts } from './frame-plan';
import { createGifHost } from './gif-encode-host';
import type { GifAnswer, GifRequest } from './gif-encode.protocol';
import { GifSink } from './gif-sink';
import { GifWorkerSink, createGifSink, type GifCalls } from './gif-worker-sink';
import type { FrameSink } from './record-run';

type Message = GifRequest & { readonly id: number };

/** A worker that runs the real encoder host in-process, asynchronously, with real transfer semantics. */
class HostWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly #host = createGifHost();
  /** Fails (as a crashed worker does) on this request number, if set. */
  constructor(private readonly crashAt = Infinity) {}
  #seen = 0;
  postMessage(message: Message, transfer: Transferable[] = []): void {
    // structuredClone with transfer detaches the page's buffer, as postMessage does.
    const copy = structuredClone(message, { transfer });
    const n = ++this.#seen;
    setTimeout(() => {
      if (n >= this.crashAt) {
        this.onerror?.({ preventDefault: () => undefined } as unknown as ErrorEvent);
        return;
      }
      const { answer, transfer: back } = this.#host(copy);
      this.onmessage?.({ data: structuredClone({ id: copy.id, result: answer }, { transfer: back }) } as MessageEvent);
    }, 0);
  }
  terminate(): void {}
}

function frame(w: number, h: number, rgb: readonly [number, number, number]): Uint8ClampedArray {
  const out = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) out.set([rgb[0], rgb[1], rgb[2], 255], i * 4);
  return out;
}

type Rgb = readonly [number, number, number];
const RED: Rgb = [220, 30, 40];
const WHITE: Rgb = [250, 250, 250];
/** Repeats are the same object: the recording loop sends them as null (held frames). */
const COLOURS: readonly Rgb[] = [RED, RED, [20, 60, 200], [30, 160, 60], WHITE, WHITE];

/** Records COLOURS (repeats as null) through a sink; the frames are fresh arrays, as getImageData gives. */
async function record(sink: FrameSink<Uint8ClampedArray>, sent: Uint8ClampedArray[] = []): Promise<Uint8Array> {
  let prev: readonly number[] | null = null;
  for (let i = 0; i < COLOURS.length; i++) {
    const c = COLOURS[i] ?? [0, 0, 0];
    const f = c === prev ? null : frame(8, 6, c);
    if (f) sent.push(f);
    await sink.add(f, i);
    prev = c;
  }
  return sink.finish();
}

const counts = frameCounts(10, 0.4, 0.2);
const calls = (worker: HostWorker): GifCalls => new WorkerCalls<GifRequest, GifAnswer>(() => worker as unknown as Worker);

describe('GIF encoding in a worker', () => {
  it('writes the same bytes as encoding in the page, and moves the frames instead of copying them', async () => {
    expect(counts.total).toBe(COLOURS.length);
    const sent: Uint8ClampedArray[] = [];
    const inWorker = await record(new GifWorkerSink(calls(new HostWorker()), 8, 6, 10, counts), sent);
    const inPage = await record(new GifSink(8, 6, 10, counts));
    expect(Array.from(inWorker)).toEqual(Array.from(inPage));
    // Decodes as a GIF with the distinct pictures (red, blue, green, white).
    expect(new GifReader(inWorker).numFrames()).toBe(4);
    expect(sent.length).toBe(4);
    for (const f of sent) expect(f.byteLength).toBe(0);
  });

  it('two recordings at once stay apart (sessions)', async () => {
    const shared = calls(new HostWorker());
    const [a, b] = await Promise.all([record(new GifWorkerSink(shared, 8, 6, 10, counts)), record(new GifWorkerSink(shared, 8, 6, 10, counts))]);
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('a worker that crashes mid-recording fails the recording with a reason, and the next one encodes in the page', async () => {
    const c = calls(new HostWorker(3));
    await expect(record(new GifWorkerSink(c, 8, 6, 10, counts))).rejects.toThrow(/encodes in the page/);
    expect(c.usable).toBe(false);
    const next = createGifSink(8, 6, 10, counts, c);
    expect(next).toBeInstanceOf(GifSink);
    expect(new GifReader(await record(next)).numFrames()).toBe(4);
  });

  it('an encoder refusal (a frame of the wrong size) is reported with the writer\'s reason', async () => {
    const sink = new GifWorkerSink(calls(new HostWorker()), 8, 6, 10, counts);
    await sink.add(frame(4, 4, [0, 0, 0]), 0);
    await expect(sink.add(null, 1)).rejects.toThrow(/expected 192/);
  });

  it('where workers cannot start, the page encodes', () => {
    expect(createGifSink(8, 6, 10, counts, new WorkerCalls<GifRequest, GifAnswer>(null))).toBeInstanceOf(GifSink);
  });
});
