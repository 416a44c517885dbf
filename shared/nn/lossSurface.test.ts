import { afterEach, describe, expect, it } from 'vitest';
import { setWasmBackend } from '../expr/wasm/wasm-vector';
import { twoMoonsDataset } from './dataset';
import { lossOverDataset } from './lossOverDataset';
import { lossSurface } from './lossSurface';
import { mlp } from './mlp';
import { initialParams } from './network';

// lossSurface re-runs only the part of the network its two parameters reach (CompiledTape.partial);
// the independent reference here is lossOverDataset with the full parameter vector at each cell.
// The JS sweep (no WebAssembly) is bit-identical to it; the generated wasm (wasmLossGrid.ts)
// computes tanh and softplus inline from exp, so it agrees to ~1e-15 (checked to 1e-13 relative).
afterEach(() => setWasmBackend(true));
describe.each([
  ['JS sweep', false, 0],
  ['generated wasm', true, 1e-13],
] as const)('lossSurface re-evaluates only what the two parameters reach (%s)', (_name, wasm, tol) => {
  const data = twoMoonsDataset({ size: 40, seed: 3 });
  const cases: readonly [readonly number[], string, string][] = [
    [[2, 8, 8, 1], 'w1_1_1', 'w1_1_2'],
    [[2, 8, 8, 1], 'w2_3_5', 'b3_1'],
    [[2, 8, 8, 1], 'w1_2_1', 'w3_1_8'],
    [[2, 8, 1], 'b1_4', 'b1_4'],
    [[2, 2, 1], 'w2_1_1', 'w1_2_2'],
  ];
  for (const [layers, pa, pb] of cases) {
    it(`${layers.join('-')} over (${pa}, ${pb})`, () => {
      setWasmBackend(wasm);
      const net = mlp([...layers], 'tanh', 7, { loss: 'bceWithLogits' });
      if (!net.ok) throw new Error('mlp failed');
      const fixed = initialParams(net.value);
      const res = 6;
      const r = lossSurface(net.value, data, pa, pb, [-2, 2], [-1.5, 2.5], res, fixed);
      if (!r.ok) throw new Error('lossSurface failed');
      const ia = net.value.paramIds.indexOf(pa);
      const ib = net.value.paramIds.indexOf(pb);
      for (let j = 0; j < res; j++) {
        for (let i = 0; i < res; i++) {
          const p = Float64Array.from(fixed);
          p[ib] = -1.5 + j * (4 / (res - 1));
          // When both name one parameter, A wins (it is written last), as the grid's columns say.
          p[ia] = -2 + i * (4 / (res - 1));
          const direct = lossOverDataset(net.value, p, data);
          if (!direct.ok) throw new Error('loss failed');
          const got = r.value[j * res + i] ?? Number.NaN;
          if (tol === 0) expect(got).toBe(direct.value);
          else expect(Math.abs(got - direct.value)).toBeLessThanOrEqual(tol * Math.abs(direct.value));
        }
      }
    });
  }
});
