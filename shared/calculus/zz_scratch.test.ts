import { it, expect } from 'vitest';
import fc from 'fast-check';
import { estimateLimit } from './limit';
it('poly many', () => {
  fc.assert(fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), (c0, c1, c2, a) => {
    const p = (x: number): number => c0 + c1 * x + c2 * x * x;
    const r = estimateLimit(p, a);
    if (!r.ok) throw new Error();
    expect(r.value.verdict).toBe('exists');
    const scale = Math.abs(c0) + Math.abs(c1 * a) + Math.abs(c2 * a * a) + 1;
    expect(Math.abs((r.value.value ?? Number.NaN) - p(a))).toBeLessThan(1e-7 * scale);
  }), { numRuns: 5000 });
  fc.assert(fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), (a, b, w) => {
    const r = estimateLimit((x) => Math.sin(w / (x - a)) + b, a);
    if (!r.ok) throw new Error();
    expect(r.value.verdict).toBe('oscillates');
  }), { numRuns: 2000 });
});
