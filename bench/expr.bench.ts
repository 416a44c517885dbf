/**
 * Budget (DESIGN.md §6, issue 11), Node side: sampling a typed formula on a 256×256 grid with
 * compileVectorized must be ≥ 20× faster than mathjs compile().evaluate() per point and ≥ 0.5× a
 * hand-written JS loop of the same formula, measured in the app's real state (see
 * bench/sampling-cases.ts, shared with the Chromium run in bench/browser/sampling.bench.spec.ts).
 * Also reports the JS fallback (no WebAssembly) and the scalar closure compiler for reference.
 */
import { it } from 'vitest';
import { all, create } from 'mathjs';
import { report } from './harness';
import { CASES, reportCase, settle, timeCaseSettled, warmLikeTheApp } from './sampling-cases';
import { wasmAvailable } from '../shared/expr/wasm/wasm-vector';

const math = create(all ?? {}, {});
let warmed = false;

for (const c of CASES) {
  it(`grid 256×256 (app state): ${c.name}`, async () => {
    if (!warmed) {
      warmLikeTheApp();
      await settle();
      warmed = true;
    }
    const t = await timeCaseSettled(c, math, wasmAvailable());
    reportCase(t, '', report);
    console.log(
      `${c.name}: vectorized (${t.backend}) ${t.vectorized.toFixed(2)} ms, JS tape ${t.jsTape.toFixed(2)} ms, closures ${t.closures.toFixed(2)} ms, hand ${t.hand.toFixed(2)} ms, mathjs ${t.mathjs.toFixed(1)} ms`,
    );
  });
}
