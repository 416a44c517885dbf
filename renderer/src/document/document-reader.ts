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
import { WorkerCalls } from './worker-calls';

/** Texts from this many UTF-16 units on are read in the worker. */
export const WORKER_READ_CHARS = 32 * 1024;

type Read = Result<GradlabDocument, LocalizedText>;
type MakeWorker = () => Worker;

const inThread = async (source: string): Promise<Read> => (await import('./parse-document')).parseDocument(source);

/** One worker, created on the first large text and kept for the next. */
export class DocumentReader {
  readonly #calls: WorkerCalls<Omit<ReadRequest, 'id'>, ReadResponse['result']>;

  constructor(make: MakeWorker | null) {
    this.#calls = new WorkerCalls(make);
  }

  async read(source: string): Promise<Read> {
    if (source.length < WORKER_READ_CHARS || !this.#calls.usable) return inThread(source);
    const r = await this.#calls.call({ source });
    // null: the worker failed (it could not start, or crashed): the main thread reads instead.
    if (r === null) return inThread(source);
    return r.ok ? { ok: true, value: reviveDocument(r.value) } : r;
  }
}

const makeWorker: MakeWorker | null =
  typeof Worker === 'undefined' ? null : () => new Worker(new URL('./document-reader.worker.ts', import.meta.url), { type: 'module' });

/** The app's reader (App.svelte hands it to the DocumentController). */
export const readDocument = ((reader) => (source: string) => reader.read(source))(new DocumentReader(makeWorker));
