/**
 * Surface explorer budgets, measured in the browser (issue 4 "Performance", DESIGN.md §6):
 * main-thread work per slider update at 256×256 — resample + GPU buffer update + contours +
 * slices + walker trail — against the 16.7 ms of one 60 Hz frame, and against a hand-written JS
 * loop sampling the same function on the same grid in the same page (the floor for the sampling
 * part). Nothing here asserts on time; each figure goes to bench/results.json through `report`.
 */
import { expect, test, type Page } from '@playwright/test';
import { report } from '../harness';
import { timeUpdate } from './surface-timing';

const FRAME_MS = 1000 / 60;

/** Main-thread time from an input event until every reactive update it caused has run. */
async function timeInput(page: Page, testid: string, value: string): Promise<number> {
  return page.evaluate(
    async ([id, v]) => {
      const el = document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
      if (!el) throw new Error(`no ${id}`);
      const t0 = performance.now();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      // Svelte flushes its effects in a microtask; a macrotask boundary is after all of them.
      await new Promise((r) => setTimeout(r, 0));
      return performance.now() - t0;
    },
    [testid, value] as const,
  );
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

test('explorer update at 256×256', async ({ page }) => {
  // The app opens on chapter 1 now; the explorer is chapter 4's extension.
  await page.goto('/#/descent');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('preset-deck-loss').click();
  await page.getByTestId('tab-domain').click();
  await page.getByTestId('domain-resolution').selectOption('256');
  const canvas = page.getByTestId('surface-canvas');
  await expect(canvas).toHaveAttribute('data-resolution', '256');
  // A walker with a trail, so the update includes it.
  await page.getByTestId('tab-descent').click();
  await page.getByTestId('walker-add').click();
  for (let i = 0; i < 30; i++) await page.getByTestId('walker-step').click();
  await page.getByTestId('tab-partials').click();

  // Full-resolution updates: change the data point, wait for the idle refine, read its cost.
  const full: number[] = [];
  for (let i = 0; i < 12; i++) {
    await page.getByTestId('param-x1').fill(String(0.5 + i * 0.1));
    await expect(canvas).toHaveAttribute('data-resolution', '256');
    await page.waitForTimeout(250);
    full.push(Number(await canvas.getAttribute('data-update-ms')));
  }
  // Moving the point (slices, tangent plane, gradient) — no resample needed.
  const point: number[] = [];
  for (let i = 0; i < 12; i++) point.push(await timeInput(page, 'point-a-slider', String(-2 + i * 0.3)));
  // Everything at full resolution in one reactive update: a new formula resamples 256×256 and
  // rebuilds the buffers, contours, slices, tangent objects and the walker's run.
  const all: number[] = [];
  // The heavy part runs in a worker now: the input's task plus the task applying its answer.
  for (let i = 0; i < 12; i++) {
    const t = await timeUpdate(page, 'formula-input', `1/2 (sigmoid(w1 x1 + w2 x2) - y)^2 + ${(i % 2) / 100} w1`, true);
    all.push(t.input + t.apply);
  }
  // Dragging a data slider: the coarse update the student sees while the mouse moves.
  const drag: number[] = [];
  for (let i = 0; i < 12; i++) drag.push(await timeInput(page, 'param-x2', String(-1 + i * 0.15)));

  // Baseline in the same page: a hand-written loop over the same 256×256 grid of the deck loss.
  const handMs = await page.evaluate(() => {
    const n = 256;
    const out = new Float32Array(n * n);
    const run = (): number => {
      const t0 = performance.now();
      for (let j = 0; j < n; j++) {
        const w2 = -6 + (12 * j) / (n - 1);
        for (let i = 0; i < n; i++) {
          const w1 = -6 + (12 * i) / (n - 1);
          const s = 1 / (1 + Math.exp(-(w1 * 1.5 + w2 * 2)));
          out[j * n + i] = 0.5 * (s - 1) * (s - 1);
        }
      }
      return performance.now() - t0;
    };
    const ts: number[] = [];
    for (let k = 0; k < 15; k++) ts.push(run());
    ts.sort((a, b) => a - b);
    return ts[7]!;
  });

  const fullMs = median(full);
  report({ name: 'explorer: full update at 256x256 (resample+buffers+contours) vs one 60 Hz frame', value: fullMs, unit: 'ms', baseline: FRAME_MS, baselineName: 'one frame at 60 Hz', ratioKind: 'cost', budget: { max: 1 } });
  report({ name: 'explorer: full update at 256x256 vs hand-written JS sampling', value: fullMs, unit: 'ms', baseline: handMs, baselineName: 'hand-written loop, same grid, same page', ratioKind: 'cost', budget: {} });
  report({ name: 'explorer: formula edit at 256x256, all reactive work (resample, buffers, contours, slices, walker) vs one frame', value: median(all), unit: 'ms', baseline: FRAME_MS, baselineName: 'one frame at 60 Hz', ratioKind: 'cost', budget: { max: 1 } });
  report({ name: 'explorer: point move (slices, plane, gradient) vs one frame', value: median(point), unit: 'ms', baseline: FRAME_MS, baselineName: 'one frame at 60 Hz', ratioKind: 'cost', budget: { max: 1 } });
  report({ name: 'explorer: data-slider drag (coarse resample) vs one frame', value: median(drag), unit: 'ms', baseline: FRAME_MS, baselineName: 'one frame at 60 Hz', ratioKind: 'cost', budget: { max: 1 } });
});
