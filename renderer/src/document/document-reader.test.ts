import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';
import { DocumentReader, WORKER_READ_CHARS } from './document-reader';
import { reviveDocument, type ReadRequest, type ReadResponse } from './document-reader.protocol';

/** A graph file (format 0) with node ids that are Object.prototype's names, padded past the worker threshold. */
function hostileGraphFile(pad: number): string {
  const ids = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];
  const nodes = ids.map((id, i) => ({ id, op: 'const', inputs: [], name: `n${i}`, value: i }));
  nodes.push({ id: 'sum', op: 'sum', inputs: ids, name: 'total' } as unknown as (typeof nodes)[number]);
  return JSON.stringify({ type: 'gradient-lab.graph', version: 1, graph: { nodes }, positions: {}, meta: { title: 'x'.repeat(Math.min(pad, 400)) } }) + ' '.repeat(pad);
}

/**
 * A stand-in for the browser's worker: answers on a later task with what the real worker script
 * sends (parseDocument's result), passed through structuredClone as postMessage would.
 */
class CloneWorker {
  onmessage: ((e: MessageEvent<ReadResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted = 0;
  constructor(private readonly crash = false) {}
  postMessage(req: ReadRequest): void {
    this.posted += 1;
    setTimeout(() => {
      if (this.crash) {
        this.onerror?.({ preventDefault: () => undefined } as unknown as ErrorEvent);
        return;
      }
      this.onmessage?.({ data: structuredClone({ id: req.id, result: parseDocument(req.source) }) } as MessageEvent<ReadResponse>);
    }, 0);
  }
  terminate(): void {}
}

describe('the document reader', () => {
  it('reads a large text in the worker and returns what the main thread would, ids as data only', async () => {
    const w = new CloneWorker();
    const reader = new DocumentReader(() => w as unknown as Worker);
    const source = hostileGraphFile(WORKER_READ_CHARS);
    const r = await reader.read(source);
    expect(w.posted).toBe(1);
    const direct = parseDocument(source);
    expect(r).toEqual(direct);
    if (!r.ok) return;
    const positions = r.value.scenes.graph!.doc.positions;
    // Prototype-less again: an id named after Object.prototype's members is only ever its entry.
    expect(Object.getPrototypeOf(positions)).toBeNull();
    expect(Object.keys(positions).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'sum', 'toString', 'valueOf']);
    for (const id of ['__proto__', 'constructor', 'toString']) expect(typeof positions[id]?.x).toBe('number');
    expect(positions['isPrototypeOf']).toBeUndefined();
  });

  it('reads small texts on the main thread (no worker round trip)', async () => {
    const w = new CloneWorker();
    const reader = new DocumentReader(() => w as unknown as Worker);
    const r = await reader.read(hostileGraphFile(0));
    expect(r.ok).toBe(true);
    expect(w.posted).toBe(0);
  });

  it('gives the same refusal from the worker as on the main thread', async () => {
    const reader = new DocumentReader(() => new CloneWorker() as unknown as Worker);
    const bad = hostileGraphFile(WORKER_READ_CHARS).replace('"op":"sum"', '"op":"nope"');
    const r = await reader.read(bad);
    expect(r.ok).toBe(false);
    expect(r).toEqual(parseDocument(bad));
  });

  it('reads on the main thread when the worker crashes or cannot start', async () => {
    const crashing = new DocumentReader(() => new CloneWorker(true) as unknown as Worker);
    const source = hostileGraphFile(WORKER_READ_CHARS);
    expect(await crashing.read(source)).toEqual(parseDocument(source));
    const none = new DocumentReader(() => {
      throw new Error('no workers here');
    });
    expect(await none.read(source)).toEqual(parseDocument(source));
  });

  it('revives a cloned document without touching documents that hold no graph', () => {
    const doc = { format: 'gradient-lab', version: 1, chapter: 'limits', scenes: {} } as const;
    expect(reviveDocument(doc)).toBe(doc);
  });
});
