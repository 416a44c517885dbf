/**
 * The validating document reader the controller uses (`DocumentParser`), loaded on first use.
 * Small texts — links, the recovery store, most saved lessons — are read on the main thread in a
 * few milliseconds. Large ones (issue 12: a 2,000-node graph file took 100–150 ms of zod on the
 * main thread) go to a worker, and the page keeps drawing while it reads. Both paths run the same
 * `parseDocument`, so the answer (a document or the reason for a refusal) is the same; where
 * workers are unavailable or the worker fails, the main thread reads instead.
 */
import type { Result } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import type { GradlabDocument } from './document-types';
import type { ReadRequest, ReadResponse } from './document-reader.protocol';
import { reviveDocument } from './document-reader.protocol';

/** Texts from this many UTF-16 units on are read in the worker. */
export const WORKER_READ_CHARS = 32 * 1024;

type Read = Result<GradlabDocument, LocalizedText>;
type MakeWorker = () => Worker;

const inThread = async (source: string): Promise<Read> => (await import('./parse-document')).parseDocument(source);

/** One worker, created on the first large text and kept for the next. */
export class DocumentReader {
  #worker: Worker | null = null;
  #broken = false;
  #next = 1;
  readonly #waiting = new Map<number, (r: Read | null) => void>();
  readonly #make: MakeWorker | null;

  constructor(make: MakeWorker | null) {
    this.#make = make;
  }

  async read(source: string): Promise<Read> {
    if (source.length < WORKER_READ_CHARS || this.#make === null || this.#broken) return inThread(source);
    const r = await this.#ask(source);
    // null: the worker failed (it could not start, or crashed): the main thread reads instead.
    return r === null ? inThread(source) : r;
  }

  #ask(source: string): Promise<Read | null> {
    const w = this.#start();
    if (w === null) return Promise.resolve(null);
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      const request: ReadRequest = { id, source };
      w.postMessage(request);
    });
  }

  #start(): Worker | null {
    if (this.#worker) return this.#worker;
    try {
      const w = this.#make!();
      w.onmessage = (e: MessageEvent<ReadResponse>) => {
        const done = this.#waiting.get(e.data.id);
        this.#waiting.delete(e.data.id);
        done?.(e.data.result.ok ? { ok: true, value: reviveDocument(e.data.result.value) } : e.data.result);
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
  typeof Worker === 'undefined' ? null : () => new Worker(new URL('./document-reader.worker.ts', import.meta.url), { type: 'module' });

/** The app's reader (App.svelte hands it to the DocumentController). */
export const readDocument = ((reader) => (source: string) => reader.read(source))(new DocumentReader(makeWorker));
