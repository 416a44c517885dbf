/**
 * Typed-formula sampling budgets in Chromium (issue 11: "in Chromium and in Node"): the same
 * cases as bench/expr.bench.ts (bench/sampling-cases.ts), bundled here with Vite and run inside
 * the built app's page — under its Content-Security-Policy, so the figures are for the backend the
 * app really gets there (wasm when the CSP allows 'wasm-unsafe-eval').
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { report } from '../harness';
import { reportCase } from '../sampling-cases';
import type { CaseTimes } from '../sampling-cases';

async function bundle(): Promise<string> {
  const entry = fileURLToPath(new URL('./sampling-entry.ts', import.meta.url));
  const out = await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'samplingBenchBundle', fileName: () => 'sampling.js' },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if ('output' in o) {
      const chunk = o.output.find((c) => c.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('no bundle');
}

test('sampling 256×256 in Chromium (app state, app CSP)', async ({ page }) => {
  test.setTimeout(600_000);
  const code = await bundle();
  await page.goto('/#/limits');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  // The page's own policy must let the sampler compile wasm (else the figures are the fallback's).
  const wasmOk = await page.evaluate(() => {
    try {
      return new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) instanceof WebAssembly.Module;
    } catch {
      return false;
    }
  });
  expect(wasmOk).toBe(true);
  await page.evaluate(code);
  const times = await page.evaluate(() => (globalThis as unknown as { samplingBench: () => Promise<CaseTimes[]> }).samplingBench());
  for (const t of times) {
    reportCase(t, 'Chromium', report);
    console.log(
      `Chromium ${t.name}: vectorized (${t.backend}) ${t.vectorized.toFixed(2)} ms, JS tape ${t.jsTape.toFixed(2)} ms, closures ${t.closures.toFixed(2)} ms, hand ${t.hand.toFixed(2)} ms, mathjs ${t.mathjs.toFixed(1)} ms`,
    );
  }
});
