import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { decodeViewPayload, encodeViewPayload, MAX_LINK_PAYLOAD } from './view-link';

/** Independent base64url (the standard alphabet by btoa, then the URL-safe swap, no padding). */
const b64url = (bytes: Uint8Array): string => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join('')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('view link codec', () => {
  it('round-trips any text, and the payload uses only URL-safe characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const p = encodeViewPayload(s);
        expect(p).toMatch(/^1\.[A-Za-z0-9_-]*$/);
        expect(decodeViewPayload(p)).toEqual({ ok: true, value: s });
      }),
      { seed: 42 },
    );
  });

  it('decodes what an independent encoder (Node) produced', () => {
    const json = '{"format":"gradient-lab","version":1}';
    const payload = `1.${b64url(deflateSync(strToU8(json)))}`;
    expect(decodeViewPayload(payload)).toEqual({ ok: true, value: json });
  });

  const refused = (p: string): string => {
    const r = decodeViewPayload(p);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.error.en;
  };

  it('refuses hostile payloads with a reason, never throwing', () => {
    expect(refused('')).toMatch(/no version/);
    expect(refused('abc')).toMatch(/no version/);
    expect(refused('1.')).toMatch(/base64url/);
    expect(refused('1.a*b')).toMatch(/base64url/);
    expect(refused('1.a')).toMatch(/base64url/);
    expect(refused(`1.${b64url(strToU8('not deflate at all, just text'))}`)).toMatch(/damaged/);
    expect(refused('0.abc')).toMatch(/unknown version/);
    expect(refused('2.abc')).toMatch(/newer Gradient Lab \(link format 2\)/);
    expect(refused(`1.${'A'.repeat(MAX_LINK_PAYLOAD)}`)).toMatch(/too long/);
  });

  it('refuses a deflate stream cut short', () => {
    const full = deflateSync(strToU8('x'.repeat(5000) + 'the end'));
    expect(refused(`1.${b64url(full.subarray(0, Math.floor(full.length / 2)))}`)).toMatch(/damaged/);
  });

  it('refuses a small link that inflates beyond 1 MB (a deflate bomb)', () => {
    const bomb = deflateSync(new Uint8Array(3 * 1024 * 1024), { level: 9 });
    const payload = `1.${b64url(bomb)}`;
    expect(payload.length).toBeLessThan(MAX_LINK_PAYLOAD);
    expect(refused(payload)).toMatch(/more than 1 MB/);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(refused(`1.${b64url(deflateSync(new Uint8Array([0xff, 0xfe, 0x80])))}`)).toMatch(/UTF-8/);
  });

  it('fuzzed payloads give ok or a reason, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = decodeViewPayload(`1.${s}`);
        expect(typeof r.ok).toBe('boolean');
      }),
      { seed: 42 },
    );
  });
});
