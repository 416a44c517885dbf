/**
 * The GIF side of a recording with the encoding in a worker: each frame's pixels are moved (not
 * copied) to the worker, which quantises and compresses it while the page draws the next frame.
 * One frame is in flight at a time, so memory stays at two frames whatever the length. Where no
 * worker can start, `createGifSink` falls back to encoding in the page (GifSink): same bytes.
 */
import { WorkerCalls } from '../../document/worker-calls';
import { gifDelaysCs, type FrameCounts } from './frame-plan';
import type { GifAnswer, GifRequest } from './gif-encode.protocol';
import { GifSink } from './gif-sink';
import type { FrameSink } from './record-run';

export type GifCalls = WorkerCalls<GifRequest, GifAnswer>;

let sessions = 0;

const FAILED = 'the GIF encoder stopped; recording again encodes in the page';

function check(answer: GifAnswer | null): GifAnswer & { ok: true } {
  if (answer === null) throw new Error(FAILED);
  if (!answer.ok) throw new Error(answer.error);
  return answer;
}

export class GifWorkerSink implements FrameSink<Uint8ClampedArray> {
  readonly #calls: GifCalls;
  readonly #session = ++sessions;
  readonly #delays: readonly number[];
  /** The last request not yet answered: the next one waits for it (order, and backpressure). */
  #inFlight: Promise<GifAnswer | null>;
  #aborted = false;

  constructor(calls: GifCalls, width: number, height: number, fps: number, counts: FrameCounts) {
    this.#calls = calls;
    this.#delays = gifDelaysCs(counts.total, fps);
    this.#inFlight = calls.call({ op: 'start', session: this.#session, width, height, repeat: 0 });
  }

  async add(rgba: Uint8ClampedArray | null, index: number): Promise<void> {
    if (this.#aborted) return;
    check(await this.#inFlight);
    const delayCs = this.#delays[index] ?? 0;
    this.#inFlight = this.#calls.call({ op: 'add', session: this.#session, rgba, delayCs }, rgba ? [rgba.buffer] : []);
  }

  async finish(): Promise<Uint8Array> {
    check(await this.#inFlight);
    const done = check(await this.#calls.call({ op: 'finish', session: this.#session }));
    if (!done.bytes) throw new Error(FAILED);
    return done.bytes;
  }

  abort(): void {
    if (this.#aborted) return;
    this.#aborted = true;
    void this.#calls.call({ op: 'abort', session: this.#session });
  }
}

const makeWorker: (() => Worker) | null =
  typeof Worker === 'undefined' ? null : () => new Worker(new URL('./gif-encode.worker.ts', import.meta.url), { type: 'module' });

/** The app's encoder worker, started with the first GIF and kept for the next. */
const appCalls: GifCalls = new WorkerCalls(makeWorker);

/** A sink for one GIF recording: in the worker when it can run, else in the page. */
export function createGifSink(width: number, height: number, fps: number, counts: FrameCounts, calls: GifCalls = appCalls): FrameSink<Uint8ClampedArray> {
  return calls.usable ? new GifWorkerSink(calls, width, height, fps, counts) : new GifSink(width, height, fps, counts);
}
