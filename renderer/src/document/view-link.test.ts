import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { base64UrlLength, decodeViewPayload, encodeViewPayload, encodeViewPayloadNow, MAX_LINK_DEFLATED_BYTES, MAX_LINK_JSON_BYTES, MAX_LINK_PAYLOAD } from './view-link';

/** Independent base64url (the standard alphabet by btoa, then the URL-safe swap, no padding). */
const b64url = (bytes: Uint8Array): string => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join('')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('view link codec', () => {
  it('round-trips any text, and the payload uses only URL-safe characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (s) => {
        const p = await encodeViewPayload(s);
        expect(p?.kind).toBe('payload');
        if (p?.kind !== 'payload') return;
        expect(p.payload).toMatch(/^1\.[A-Za-z0-9_-]*$/);
        expect(await decodeViewPayload(p.payload)).toEqual({ ok: true, value: s });
        // The one-go form (as the page goes) encodes to a payload that decodes the same.
        const now = encodeViewPayloadNow(s);
        expect(now?.kind === 'payload' && (await decodeViewPayload(now.payload))).toEqual({ ok: true, value: s });
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('decodes what an independent encoder (Node) produced', async () => {
    const json = '{"format":"gradient-lab","version":1}';
    const payload = `1.${b64url(deflateSync(strToU8(json)))}`;
    expect(await decodeViewPayload(payload)).toEqual({ ok: true, value: json });
  });

  const refused = async (p: string): Promise<string> => {
    const r = await decodeViewPayload(p);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.error.en;
  };

  it('refuses hostile payloads with a reason, never throwing', async () => {
    expect(await refused('')).toMatch(/no version/);
    expect(await refused('abc')).toMatch(/no version/);
    expect(await refused('1.')).toMatch(/base64url/);
    expect(await refused('1.a*b')).toMatch(/base64url/);
    expect(await refused('1.a')).toMatch(/base64url/);
    expect(await refused(`1.${b64url(strToU8('not deflate at all, just text'))}`)).toMatch(/damaged/);
    expect(await refused('0.abc')).toMatch(/unknown version/);
    expect(await refused('2.abc')).toMatch(/newer Gradient Lab \(link format 2\)/);
    expect(await refused(`1.${'A'.repeat(MAX_LINK_PAYLOAD)}`)).toMatch(/too long/);
  });

  it('refuses a deflate stream cut short', async () => {
    const full = deflateSync(strToU8('x'.repeat(5000) + 'the end'));
    expect(await refused(`1.${b64url(full.subarray(0, Math.floor(full.length / 2)))}`)).toMatch(/damaged/);
  });

  it('refuses a small link that inflates beyond 1 MB (a deflate bomb)', async () => {
    const bomb = deflateSync(new Uint8Array(3 * 1024 * 1024), { level: 9 });
    const payload = `1.${b64url(bomb)}`;
    expect(payload.length).toBeLessThan(MAX_LINK_PAYLOAD);
    expect(await refused(payload)).toMatch(/more than 1 MB/);
  });

  it('refuses bytes that are not UTF-8', async () => {
    expect(await refused(`1.${b64url(deflateSync(new Uint8Array([0xff, 0xfe, 0x80])))}`)).toMatch(/UTF-8/);
  });

  it('fuzzed payloads give ok or a reason, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (s) => {
        const r = await decodeViewPayload(`1.${s}`);
        expect(typeof r.ok).toBe('boolean');
      }),
      { seed: 42 },
    );
  });
});

/** Text that deflates poorly: a seeded linear congruential stream of letters (no repeats to find). */
function noise(n: number, seed = 7): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(97 + ((x >>> 16) % 26));
  }
  return out;
}

describe('encoding a view in time slices (issue 12)', () => {
  /** A clock that advances 4 ms per reading, and a pause that counts the slices. */
  const stepped = () => {
    let t = 0;
    let pauses = 0;
    return { now: () => (t += 4), pause: async () => void (pauses += 1), pauses: () => pauses };
  };

  it('gives the page a pause between slices and still produces the exact payload', async () => {
    const json = JSON.stringify({ words: noise(12_000) }); // 12 kB of letters: ~7 kB deflated, fits
    const clock = stepped();
    const r = await encodeViewPayload(json, { now: clock.now, pause: clock.pause });
    expect(clock.pauses()).toBeGreaterThan(0);
    expect(r?.kind).toBe('payload');
    if (r?.kind !== 'payload') return;
    expect(r.payload.length).toBeLessThanOrEqual(MAX_LINK_PAYLOAD);
    expect(await decodeViewPayload(r.payload)).toEqual({ ok: true, value: json });
  });

  it('stops as soon as the payload cannot fit, saying so with a lower bound on its size', async () => {
    const json = noise(400_000); // ~240 kB deflated: far over the 16 kB link
    let pushesSeen = 0;
    const r = await encodeViewPayload(json, { pause: async () => void (pushesSeen += 1), now: () => 0 });
    expect(r).toMatchObject({ kind: 'too-large', exact: false });
    if (r?.kind !== 'too-large') return;
    // Over the limit, but far below the whole stream's size: it stopped early.
    expect(r.size).toBeGreaterThan(MAX_LINK_PAYLOAD);
    expect(r.size).toBeLessThan(base64UrlLength(MAX_LINK_DEFLATED_BYTES) + 20_000);
    expect(pushesSeen).toBe(0);
  });

  it('deflates everything when the exact size is asked for (Copy link names it)', async () => {
    const json = noise(400_000);
    const r = await encodeViewPayload(json, { exactSize: true });
    const whole = encodeViewPayloadNow(json);
    expect(r).toMatchObject({ kind: 'too-large', exact: true });
    expect(whole).toMatchObject({ kind: 'too-large', exact: true });
    if (r?.kind !== 'too-large' || whole?.kind !== 'too-large') return;
    // Streaming and one-go deflate may cut blocks differently: the sizes agree within a few percent.
    expect(Math.abs(r.size - whole.size) / whole.size).toBeLessThan(0.05);
    // 26 letters carry log2(26) ≈ 4.70 bits each: no deflater goes below that.
    expect(r.size).toBeGreaterThan(base64UrlLength(Math.floor((400_000 * Math.log2(26)) / 8)));
  });

  it('refuses a view larger than the decoder accepts without deflating it', async () => {
    const json = 'a'.repeat(MAX_LINK_JSON_BYTES + 1);
    expect(await encodeViewPayload(json)).toEqual({ kind: 'too-large', size: MAX_LINK_JSON_BYTES + 1, exact: true });
  });

  it('abandons the work when the caller no longer wants it', async () => {
    const json = JSON.stringify({ words: noise(20_000) });
    let wanted = true;
    const r = await encodeViewPayload(json, { now: (() => { let t = 0; return () => (t += 10); })(), pause: async () => void (wanted = false), stillWanted: () => wanted });
    expect(r).toBeNull();
  });
});
