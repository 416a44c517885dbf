import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallPoint, smoothExpr } from '../checks/smoothExprArbitrary';
import { compileGradient } from './compileGradient';

// The reference is the same tape's full `evaluate` at the same arguments: a partial evaluation
// re-runs exactly the operations the varying variables reach, so the values must be identical.
describe('CompiledTape.partial', () => {
  it('equals a full evaluation for any smooth formula in x, y, z, whichever variables vary', () => {
    fc.assert(
      fc.property(smoothExpr(['x', 'y', 'z']), smallPoint(['x', 'y', 'z']), smallPoint(['x', 'y', 'z']), fc.subarray([0, 1, 2]), (e, at, moved, varying) => {
        const t = compileGradient(e, ['x', 'y', 'z']);
        if (!t.ok) return;
        const part = t.value.partial(varying);
        const store = new Float64Array(2 * part.recordSize);
        // Two recordings side by side: each evaluation must use its own, not the last sweep's state.
        const other = at.map((v) => v + 0.25);
        part.record(other, store, part.recordSize);
        part.record(at, store, 0);
        const vals = varying.map((k) => moved[k] ?? 0);
        const args = at.map((v, k) => (varying.includes(k) ? (moved[k] ?? 0) : v));
        const argsOther = other.map((v, k) => (varying.includes(k) ? (moved[k] ?? 0) : v));
        expect(Object.is(part.evaluate(vals, store, part.recordSize), t.value.evaluate(argsOther))).toBe(true);
        expect(Object.is(part.evaluate(vals, store, 0), t.value.evaluate(args))).toBe(true);
        expect(part.varyingOps).toBeLessThanOrEqual(t.value.size);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
