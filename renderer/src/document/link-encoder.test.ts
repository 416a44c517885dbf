import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { LinkEncoder, type LinkEncodeRequest, type LinkEncodeResponse } from './link-encoder';
import { decodeViewPayload, encodeWith, MAX_LINK_PAYLOAD } from './view-link';

/** What the worker script does (encodeWith + fflate), answered on a later task through structuredClone. */
class FakeWorker {
  onmessage: ((e: MessageEvent<LinkEncodeResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: string[] = [];
  constructor(private readonly crash = false) {}
  postMessage(req: LinkEncodeRequest): void {
    this.posted.push(req.json);
    setTimeout(() => {
      if (this.crash) this.onerror?.({ preventDefault: () => undefined } as unknown as ErrorEvent);
      else this.onmessage?.({ data: structuredClone({ id: req.id, result: encodeWith((b) => deflateSync(b, { level: 9 }), req.json) }) } as MessageEvent<LinkEncodeResponse>);
    }, 0);
  }
  terminate(): void {}
}

const json = JSON.stringify({ format: 'gradient-lab', version: 1, chapter: 'limits', scenes: { limits: { epsilon: 0.05 } } });

describe('the link encoder', () => {
  it('hands the text to the worker and returns its payload, which decodes to the text', async () => {
    const w = new FakeWorker();
    const enc = new LinkEncoder(() => w as unknown as Worker);
    const r = await enc.encode(json);
    expect(w.posted).toEqual([json]);
    expect(r?.kind).toBe('payload');
    if (r?.kind !== 'payload') return;
    expect(await decodeViewPayload(r.payload)).toEqual({ ok: true, value: json });
  });

  it('reports a view too large for a link with its exact size', async () => {
    // Seeded noise: incompressible enough to exceed 16 kB deflated.
    let x = 3;
    const noise = Array.from({ length: 60_000 }, () => String.fromCharCode(97 + ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) % 26)).join('');
    const r = await new LinkEncoder(() => new FakeWorker() as unknown as Worker).encode(noise);
    expect(r).toMatchObject({ kind: 'too-large', exact: true });
    if (r?.kind === 'too-large') expect(r.size).toBeGreaterThan(MAX_LINK_PAYLOAD);
  });

  it('answers null when the view changed before the answer came', async () => {
    let wanted = true;
    const enc = new LinkEncoder(() => new FakeWorker() as unknown as Worker);
    const p = enc.encode(json, { stillWanted: () => wanted });
    wanted = false;
    expect(await p).toBeNull();
  });

  it('deflates on the main thread (in slices) when the worker fails or cannot start', async () => {
    for (const make of [() => new FakeWorker(true) as unknown as Worker, (): Worker => { throw new Error('no workers'); }]) {
      const r = await new LinkEncoder(make).encode(json);
      expect(r?.kind === 'payload' && (await decodeViewPayload(r.payload))).toEqual({ ok: true, value: json });
    }
  });
});
