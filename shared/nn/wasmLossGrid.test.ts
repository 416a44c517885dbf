import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { setWasmBackend } from '../expr/wasm/wasm-vector';
import { softplus } from '../expr/functions';
import { compileNetwork } from './compileNetwork';
import type { Dataset } from './dataset';
import { twoMoonsDataset } from './dataset';
import { mlp } from './mlp';
import type { Activation, LossKind } from './network';
import { initialParams } from './network';

afterEach(() => setWasmBackend(true));

/** lossGrid over (pa, pb) at the given pairs, with wasm on or off. */
function grid(
  layers: readonly number[], act: Activation, loss: LossKind, data: Dataset, pa: string, pb: string,
  as: Float64Array, bs: Float64Array, wasm: boolean, outputActivation?: Activation,
): Float64Array {
  setWasmBackend(wasm);
  const net = mlp([...layers], act, 5, { loss, ...(outputActivation ? { outputActivation } : {}) });
  if (!net.ok) throw new Error('mlp failed');
  const c = compileNetwork(net.value);
  if (!c.ok) throw new Error('compile failed');
  const ia = net.value.paramIds.indexOf(pa);
  const ib = net.value.paramIds.indexOf(pb);
  const out = new Float64Array(as.length);
  c.value.lossGrid(initialParams(net.value), data, ia, ib)(as, bs, out, as.length);
  return out;
}

const relClose = (a: number, b: number, tol: number): boolean =>
  (Number.isNaN(a) && Number.isNaN(b)) || a === b || Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));

/** One point (x = 1, target 0): the loss of mlp([1, 1]) is then ½·act(w + b)². */
const ONE: Dataset = { name: 'custom', task: 'regression', dim: 1, size: 1, features: Float64Array.of(1), targets: Float64Array.of(0) };

describe('wasmLossGrid', () => {
  it('computes tanh inline to 1e-14 relative of Math.tanh, with its edges (±0, NaN, ±∞, the 0.625 switch)', () => {
    const zs = [0, -0, 1e-300, -1e-8, 0.3, 0.6249999, 0.625, -0.6250001, 1, -3.5, 19, 22, 40, 700, -1e300, Infinity, -Infinity, Number.NaN];
    for (let k = 0; k < 400; k++) zs.push(Math.sinh((k - 200) / 25)); // dense over (−3.6, 3.6)
    // w = z, b = 0: loss = ½·tanh(z)².
    const as = Float64Array.from(zs);
    const bs = new Float64Array(zs.length);
    const out = grid([1, 1], 'identity', 'halfSquaredError', ONE, 'w1_1_1', 'b1_1', as, bs, true, 'tanh');
    zs.forEach((z, k) => {
      const t = Math.tanh(z);
      expect(relClose(out[k] ?? Number.NaN, 0.5 * t * t, 2e-14), `z = ${z}: ${out[k]} vs ${0.5 * t * t}`).toBe(true);
    });
    // Signs: tanh itself through a linear loss would need a signed output; ±0 and the sign of
    // saturation are covered by the squared values being exactly 0 and ½.
    expect(out[0]).toBe(0);
    expect(out[zs.indexOf(Infinity)]).toBe(0.5);
  });

  it('computes softplus (BCE with logits) inline to 1e-14 relative', () => {
    const zs = [0, -0, 1e-300, 0.5, -0.5, 20, -20, 37, -37, 40, -745, 745, 1e10, -1e10, Infinity, -Infinity, Number.NaN];
    for (let k = 0; k < 200; k++) zs.push((k - 100) / 7);
    // mlp([1, 1], identity, bceWithLogits) at x = 1, y = 0: loss = softplus(w + b) − 0.
    const as = Float64Array.from(zs);
    const out = grid([1, 1], 'identity', 'bceWithLogits', ONE, 'w1_1_1', 'b1_1', as, new Float64Array(zs.length), true);
    zs.forEach((z, k) => {
      // softplus(z) − y·z with y = 0: NaN at z = ±∞ (0·∞), as lossMath.ts computes it.
      const want = softplus(z) - 0 * z;
      expect(relClose(out[k] ?? Number.NaN, want, 1e-14), `z = ${z}: ${out[k]} vs ${want}`).toBe(true);
    });
  });

  it('agrees with the JS sweep for every activation and loss (bit for bit without tanh/softplus)', () => {
    const data = twoMoonsDataset({ size: 30, seed: 2 });
    const acts: readonly Activation[] = ['tanh', 'sigmoid', 'relu', 'softplus', 'identity'];
    const losses: readonly LossKind[] = ['halfSquaredError', 'squaredError', 'bce', 'bceWithLogits'];
    fc.assert(
      fc.property(
        fc.constantFrom(...acts), fc.constantFrom(...losses),
        fc.constantFrom<readonly [readonly number[], string, string]>(
          [[2, 8, 8, 1], 'w1_1_1', 'w1_1_2'], [[2, 8, 8, 1], 'w2_3_5', 'b3_1'], [[2, 4, 1], 'b1_2', 'b1_2'], [[2, 2, 1], 'w2_1_1', 'w1_2_2'],
        ),
        fc.array(fc.tuple(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: -40, max: 40, noNaN: true })), { minLength: 1, maxLength: 12 }),
        (act, loss, [layers, pa, pb], pairs) => {
          const as = Float64Array.from(pairs, (p) => p[0]);
          const bs = Float64Array.from(pairs, (p) => p[1]);
          const outAct: Activation | undefined = loss === 'bce' ? 'sigmoid' : undefined;
          const w = grid(layers, act, loss, data, pa, pb, as, bs, true, outAct);
          const j = grid(layers, act, loss, data, pa, pb, as, bs, false, outAct);
          const exact = act !== 'tanh' && act !== 'softplus' && loss !== 'bceWithLogits';
          pairs.forEach((_, k) => {
            if (exact) expect(Object.is(w[k], j[k]) || (Number.isNaN(w[k]) && Number.isNaN(j[k])), `${w[k]} vs ${j[k]}`).toBe(true);
            else expect(relClose(w[k] ?? Number.NaN, j[k] ?? Number.NaN, 1e-12), `${w[k]} vs ${j[k]}`).toBe(true);
          });
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it('falls back to the JS sweep without WebAssembly', () => {
    const data = twoMoonsDataset({ size: 10, seed: 1 });
    const as = Float64Array.of(-1, 0, 2);
    const bs = Float64Array.of(0.5, 0, -3);
    const off = grid([2, 3, 1], 'sigmoid', 'halfSquaredError', data, 'w1_1_1', 'w1_1_2', as, bs, false);
    const on = grid([2, 3, 1], 'sigmoid', 'halfSquaredError', data, 'w1_1_1', 'w1_1_2', as, bs, true);
    expect(Array.from(on)).toEqual(Array.from(off));
    expect(off.every(Number.isFinite)).toBe(true);
  });
});
