/**
 * Encoding the current view's link without blocking the page (issue 12). In the browser a worker
 * deflates it (the main thread only hands over the text); where workers are unavailable (tests) or
 * the worker fails, view-link.ts deflates on the main thread in time slices of a few milliseconds.
 * Either way the answer is the same kind: the payload, or the size of a view too large for a link.
 */
import { encodeViewPayload, type EncodedView, type EncodeOptions } from './view-link';

export interface LinkEncodeRequest {
  readonly id: number;
  readonly json: string;
}

export interface LinkEncodeResponse {
  readonly id: number;
  readonly result: EncodedView;
}

type MakeWorker = () => Worker;

export class LinkEncoder {
  #worker: Worker | null = null;
  #broken = false;
  #next = 1;
  readonly #waiting = new Map<number, (r: EncodedView | null) => void>();
  readonly #make: MakeWorker | null;

  constructor(make: MakeWorker | null) {
    this.#make = make;
  }

  /** The view's link; null when `stillWanted` turned false before the answer (the view changed). */
  async encode(json: string, options: EncodeOptions = {}): Promise<EncodedView | null> {
    const w = this.#make === null || this.#broken ? null : this.#start();
    if (w === null) return encodeViewPayload(json, options);
    const id = this.#next++;
    const r = await new Promise<EncodedView | null>((resolve) => {
      this.#waiting.set(id, resolve);
      const request: LinkEncodeRequest = { id, json };
      w.postMessage(request);
    });
    if (r === null) return encodeViewPayload(json, options); // the worker failed meanwhile
    return options.stillWanted === undefined || options.stillWanted() ? r : null;
  }

  #start(): Worker | null {
    if (this.#worker) return this.#worker;
    try {
      const w = this.#make!();
      w.onmessage = (e: MessageEvent<LinkEncodeResponse>) => {
        const done = this.#waiting.get(e.data.id);
        this.#waiting.delete(e.data.id);
        done?.(e.data.result);
      };
      w.onerror = (e) => {
        e.preventDefault();
        this.#fail();
      };
      w.onmessageerror = () => this.#fail();
      this.#worker = w;
      return w;
    } catch {
      this.#broken = true;
      return null;
    }
  }

  #fail(): void {
    this.#broken = true;
    this.#worker?.terminate();
    this.#worker = null;
    const waiting = [...this.#waiting.values()];
    this.#waiting.clear();
    for (const resolve of waiting) resolve(null);
  }
}

const makeWorker: MakeWorker | null =
  typeof Worker === 'undefined' ? null : () => new Worker(new URL('./link-encoder.worker.ts', import.meta.url), { type: 'module' });

/** The app's encoder (the document controller's links). */
export const linkEncoder = new LinkEncoder(makeWorker);
