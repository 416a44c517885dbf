/**
 * Calls to one background worker, started on first use and kept: each call posts its request
 * with a fresh id and resolves with the worker's answer for that id. When the worker cannot start
 * or fails (an error, a message it cannot read), every waiting call and every later one resolves
 * with null — the caller then does the work on the main thread, so nothing is ever lost.
 */
type MakeWorker = () => Worker;

export class WorkerCalls<Request extends object, Answer> {
  #worker: Worker | null = null;
  #broken = false;
  #next = 1;
  readonly #waiting = new Map<number, (answer: Answer | null) => void>();
  readonly #make: MakeWorker | null;

  constructor(make: MakeWorker | null) {
    this.#make = make;
  }

  /** False where there is no worker to ask (no Worker, or it failed): call would answer null. */
  get usable(): boolean {
    return this.#make !== null && !this.#broken;
  }

  /**
   * The worker's `result` for this request, or null when the worker cannot answer. `transfer`
   * moves buffers to the worker instead of copying them (the caller must not use them after).
   */
  call(request: Request, transfer: Transferable[] = []): Promise<Answer | null> {
    const w = this.#start();
    if (w === null) return Promise.resolve(null);
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      w.postMessage({ ...request, id }, transfer);
    });
  }

  #start(): Worker | null {
    if (this.#worker) return this.#worker;
    if (!this.usable) return null;
    try {
      const w = this.#make!();
      w.onmessage = (e: MessageEvent<{ readonly id: number; readonly result: Answer }>) => {
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
