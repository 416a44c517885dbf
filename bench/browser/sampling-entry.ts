/**
 * Browser entry of the sampling benchmark: bundled by sampling.bench.spec.ts and evaluated in the
 * app's page, it exposes `samplingBench()` running bench/sampling-cases.ts in Chromium.
 */
import { all, create } from 'mathjs';
import { CASES, settle, timeCaseSettled, warmLikeTheApp } from '../sampling-cases';
import type { CaseTimes } from '../sampling-cases';
import { wasmAvailable } from '../../shared/expr/wasm/wasm-vector';

const math = create(all ?? {}, {});

(globalThis as unknown as { samplingBench: () => Promise<CaseTimes[]> }).samplingBench = async () => {
  warmLikeTheApp();
  await settle();
  const wasm = wasmAvailable();
  const times: CaseTimes[] = [];
  for (const c of CASES) times.push(await timeCaseSettled(c, math, wasm));
  return times;
};
