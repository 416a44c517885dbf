/**
 * Issue 11: "a formula edit at 256×256 ≤ 8 ms of main-thread JS". The symbolic partials, their
 * LaTeX, the 256 × 256 samples, the mesh and the contours are computed in a worker
 * (renderer/src/scenes/surface/surface-job.ts); the main thread parses, compiles the point
 * model's tape and copies the prepared buffers. Measured here as the input's task plus the task
 * that applies the worker's answer (surface-timing.ts), on the deck's loss at 256 × 256 with a
 * walker, as in surface.bench.spec.ts, after WARM_UP edits like them. The round trip (input → new surface) and the worker's own
 * time are reported too, against one frame, without a budget.
 */
import { expect, test, type Page } from '@playwright/test';
import { report } from '../harness';
import { median, timeUpdate, type UpdateTiming } from './surface-timing';

const FRAME_MS = 1000 / 60;
/** Issue 11's budget for a formula edit, as a fraction of one 60 Hz frame (8 ms). */
const EDIT_BUDGET = 8 / FRAME_MS;
/** Edits timed (odd: the median is one of them). The spread is wide — a collection or a compile
 * lands in some — so the median needs a few dozen. */
const EDITS = 31;
/**
 * Edits made first and timed apart: someone typing a formula has made many edits before this one,
 * and the first few after the page loads also pay one-time costs (V8 compiling and optimising the
 * update path, the slice plot's first adaptive sampling) that ran 1.5–2× the later ones. Their
 * median is reported beside the budgeted one, without a budget of its own.
 */
const WARM_UP = 8;

/**
 * The i-th edit: the deck's loss with coefficients that differ from every other edit's (in the
 * weights' terms and an added penalty), so its tree, partials and LaTeX are all new.
 */
function editedFormula(i: number): string {
  const a = (1 + 0.07 * (i + 1)).toFixed(2);
  const c = (0.013 * (i + 1)).toFixed(3);
  return `1/2 (sigmoid(${a} w1 x1 + w2 x2) - y)^2 + ${c} w1^2`;
}

/** The explorer as the edits find it: the deck's loss at 256², a walker that has stepped, the partials tab. */
async function prepare(page: Page): Promise<void> {
  await page.goto('/#/descent');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('preset-deck-loss').click();
  await page.getByTestId('tab-domain').click();
  await page.getByTestId('domain-resolution').selectOption('256');
  const canvas = page.getByTestId('surface-canvas');
  await expect(canvas).toHaveAttribute('data-resolution', '256');
  await page.getByTestId('tab-descent').click();
  await page.getByTestId('walker-add').click();
  for (let i = 0; i < 30; i++) await page.getByTestId('walker-step').click();
  await page.getByTestId('tab-partials').click();
  await page.waitForTimeout(500);
}

/**
 * Waits until the 3D view has drawn its final full-detail frame after an edit. A new z range makes
 * the camera glide to refit, drawn coarse under software GL and in full 150 ms after it rests —
 * SwiftShader then rasterises 256² on every core for tens of ms. With a fixed 150 ms between edits
 * the next input kept landing in that render and ran 2–3× slower (a profile showed every function
 * of the input slowed alike: the thread was preempted, not doing more). A person types a formula
 * over seconds, so each edit starts from a view at rest.
 */
async function viewAtRest(page: Page): Promise<void> {
  await expect(page.getByTestId('surface-canvas')).toHaveAttribute('data-gl-detail', 'full');
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
}

/** Times `count` formula edits, each a formula the page has not seen (offset keeps runs apart). */
async function timeEdits(page: Page, offset: number, count: number): Promise<UpdateTiming[]> {
  const edits: UpdateTiming[] = [];
  for (let i = 0; i < count; i++) {
    edits.push(await timeUpdate(page, 'formula-input', editedFormula(offset + i), true));
    await viewAtRest(page);
  }
  return edits;
}

const total = (t: UpdateTiming): number => t.input + t.apply;

test('explorer: main-thread work per formula edit with the worker', async ({ page }) => {
  await prepare(page);
  // Every edit is a formula the page has not seen (as when a user types): a repeated one would be
  // served from the KaTeX cache and the symbolic cache, and hide the typesetting a real edit costs.
  // At 1440 × 900 the second slice panel's plot is below the side panel's fold and holds what it
  // drew until it scrolls in (components/on-screen.svelte.ts); the test below has it in view.
  const first = await timeEdits(page, 0, WARM_UP);
  const edits = await timeEdits(page, WARM_UP, EDITS);
  // A data point moved (slider): the cached derivative gets the new values, nothing is re-derived.
  const params: UpdateTiming[] = [];
  for (let i = 0; i < 15; i++) {
    params.push(await timeUpdate(page, 'param-x1', String(0.5 + i * 0.1), true));
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(400);
  const points: UpdateTiming[] = [];
  for (let i = 0; i < 15; i++) points.push(await timeUpdate(page, 'point-a-slider', String(-2 + i * 0.3), false));

  // Every edit's figures, for reading the spread (the budget is on the median).
  console.log(`first ${WARM_UP} formula edits after loading, input+apply ms: ${first.map((t) => `${t.input.toFixed(1)}+${t.apply.toFixed(1)}`).join(' ')}`);
  console.log(`formula edits, input+apply ms: ${edits.map((t) => `${t.input.toFixed(1)}+${t.apply.toFixed(1)}`).join(' ')}`);
  report({ name: 'explorer: formula edit at 256x256, main-thread JS (input + applying the worker result) vs one frame', value: median(edits.map(total)), unit: 'ms', baseline: FRAME_MS, baselineName: 'one frame at 60 Hz (budget 8 ms = 0.48 frame)', ratioKind: 'cost', budget: { max: EDIT_BUDGET } });
  report({ name: `explorer: formula edit at 256x256, main-thread JS of the first ${WARM_UP} edits after loading vs one frame`, value: median(first.map(total)), unit: 'ms', baseline: FRAME_MS, baselineName: 'one frame at 60 Hz', ratioKind: 'cost', budget: {} });
  report({ name: 'explorer: formula edit at 256x256, input to new surface (worker round trip) vs one frame', value: median(edits.map((t) => t.latency)), unit: 'ms', baseline: FRAME_MS, baselineName: 'one frame at 60 Hz', ratioKind: 'cost', budget: {} });
  report({ name: 'explorer: formula edit at 256x256, job time in the worker vs one frame', value: median(edits.map((t) => t.worker)), unit: 'ms', baseline: FRAME_MS, baselineName: 'one frame at 60 Hz', ratioKind: 'cost', budget: {} });
  report({ name: 'explorer: data-slider step (cached partials, coarse grid), main-thread JS vs one frame', value: median(params.map(total)), unit: 'ms', baseline: FRAME_MS, baselineName: 'one frame at 60 Hz', ratioKind: 'cost', budget: { max: 1 } });
  report({ name: 'explorer: point move (no resample), main-thread JS vs one frame', value: median(points.map(total)), unit: 'ms', baseline: FRAME_MS, baselineName: 'one frame at 60 Hz', ratioKind: 'cost', budget: { max: 1 } });
});

test('explorer: main-thread work per formula edit with both slice panels in view', async ({ page }) => {
  // A window tall enough for the side panel to show both slice panels whole (a 1920 × 1200 screen
  // shows as much): every formula and plot is redrawn on each edit. Reported, no budget of its own.
  await page.setViewportSize({ width: 1440, height: 1500 });
  await prepare(page);
  const inView = await page.getByTestId('slice-panel-y').evaluate((el) => {
    const scroller = el.closest('.side-panel-body');
    return scroller !== null && el.getBoundingClientRect().bottom <= scroller.getBoundingClientRect().bottom;
  });
  expect(inView).toBe(true);
  await timeEdits(page, 100, WARM_UP);
  const edits = await timeEdits(page, 100 + WARM_UP, EDITS);
  report({ name: 'explorer: formula edit at 256x256 with both slice panels in view, main-thread JS vs one frame', value: median(edits.map(total)), unit: 'ms', baseline: FRAME_MS, baselineName: 'one frame at 60 Hz', ratioKind: 'cost', budget: {} });
});
