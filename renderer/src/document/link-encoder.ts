/**
 * Encoding the current view's link without blocking the page (issue 12). In the browser a worker
 * deflates it (the main thread only hands over the text); where workers are unavailable (tests) or
 * the worker fails, view-link.ts deflates on the main thread in time slices of a few milliseconds.
 * Either way the answer is the same kind: the payload, or the size of a view too large for a link.
 */
import { encodeViewPayload, type EncodedView, type EncodeOptions } from './view-link';
import { WorkerCalls } from './worker-calls';

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
  readonly #calls: WorkerCalls<Omit<LinkEncodeRequest, 'id'>, EncodedView>;

  constructor(make: MakeWorker | null) {
    this.#calls = new WorkerCalls(make);
  }

  /** The view's link; null when `stillWanted` turned false before the answer (the view changed). */
  async encode(json: string, options: EncodeOptions = {}): Promise<EncodedView | null> {
    if (!this.#calls.usable) return encodeViewPayload(json, options);
    const r = await this.#calls.call({ json });
    if (r === null) return encodeViewPayload(json, options); // the worker failed meanwhile
    return options.stillWanted === undefined || options.stillWanted() ? r : null;
  }
}

const makeWorker: MakeWorker | null =
  typeof Worker === 'undefined' ? null : () => new Worker(new URL('./link-encoder.worker.ts', import.meta.url), { type: 'module' });

/** The app's encoder (the document controller's links). */
export const linkEncoder = new LinkEncoder(makeWorker);
