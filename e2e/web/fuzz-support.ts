/**
 * Shared by the fuzz suites (issue 12): run size, seed, the frame-gap probe and the budget.
 *
 * CI runs a few hundred seeded cases; `FUZZ_LONG=1` runs thousands locally, `FUZZ_SEED=n` replays
 * a failure (fast-check prints the seed and the shrunk counterexample).
 */
import type { Page } from '@playwright/test';

export const LONG = process.env.FUZZ_LONG === '1';
export const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
/** Runs: CI mode / long mode. */
export const runs = (ci: number, long: number): number => (LONG ? long : ci);

/**
 * The frame budget: the longest time the page may go without a frame after any input. The floor
 * is 100 ms (FUZZ_FRAME_BUDGET_MS); on a machine slower or busier than that allows even for a
 * trivial formula, the budget scales with the measured baseline (2.5 × the slowest of a few
 * trivial updates), so the suite stays meaningful (a multi-second freeze is always caught) without
 * failing on a loaded CI runner.
 */
export const FRAME_FLOOR_MS = Number(process.env.FUZZ_FRAME_BUDGET_MS ?? 100);
export const budgetFrom = (baselineMs: number): number => Math.max(FRAME_FLOOR_MS, 2.5 * baselineMs);

/**
 * The budget on main-thread work of the update path (issue 12), fixed (FUZZ_TASK_BUDGET_MS
 * overrides it). What is measured: the surface session's own User Timing measures
 * (surface-session.svelte.ts `measureUpdate`) — 'surface-input', from the session receiving the
 * typed text to the end of the Svelte flush it causes (parse, preview, panels), and
 * 'surface-apply', from the worker's answer to the end of the flush that applies it (point model,
 * surface buffers, contours, slices, KaTeX). Each is one uninterrupted run of main-thread
 * JavaScript, wall-clock. Not included: the symbolic work and sampling (in the worker, which is
 * the point), rendering in requestAnimationFrame and ResizeObserver callbacks, and SwiftShader's
 * rasterisation (Chromium's GPU process) — the frame-gap budget above sees those. The Long Tasks
 * API's longest task (any task over 50 ms, rendering included) is recorded alongside and
 * reported, not asserted.
 */
export const TASK_BUDGET_MS = Number(process.env.FUZZ_TASK_BUDGET_MS ?? 100);

/**
 * Starts (once per page) a requestAnimationFrame loop that records the longest gap between frames,
 * and a long-task observer that records the longest main-thread task.
 */
export async function installFrameProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __gap?: { last: number; max: number }; __task?: { max: number; update: number } };
    if (w.__gap) return;
    const task = { max: 0, update: 0 };
    w.__task = task;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) task.max = Math.max(task.max, e.duration);
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'surface-input' || e.name === 'surface-apply') task.update = Math.max(task.update, e.duration);
    }).observe({ type: 'measure' });
    const g = { last: performance.now(), max: 0 };
    w.__gap = g;
    const tick = (t: number): void => {
      g.max = Math.max(g.max, t - g.last);
      g.last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export async function resetGap(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __gap: { last: number; max: number }; __task: { max: number; update: number } };
    w.__gap.last = performance.now();
    w.__gap.max = 0;
    w.__task.max = 0;
    w.__task.update = 0;
  });
}

/**
 * Since the last reset: `update`, the longest step of the explorer's update path (ms, see
 * TASK_BUDGET_MS), and `longTask`, the longest main-thread task of any kind (0 when none exceeded
 * 50 ms). Entries are delivered after their task, so read after a few frames (`frames`).
 */
export async function readLongestTask(page: Page): Promise<{ update: number; longTask: number }> {
  return page.evaluate(() => {
    const t = (window as unknown as { __task: { max: number; update: number } }).__task;
    return { update: t.update, longTask: t.max };
  });
}

/**
 * Waits until the explorer has caught up with the text typed: the formula is not being computed
 * any more (data-formula-state is not 'pending') and the surface drew the formula the panels show
 * (or said why it could not).
 */
export async function settled(page: Page, timeout = 4000): Promise<void> {
  const scene = page.getByTestId('surface-scene');
  const canvas = page.getByTestId('surface-canvas');
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await scene.getAttribute('data-formula-state');
    const drawn = (await canvas.getAttribute('data-sampled-serial')) === (await scene.getAttribute('data-accepted-serial')) || (await page.getByTestId('sample-error').count()) > 0;
    if (state !== 'pending' && drawn) return;
    if (Date.now() > deadline) throw new Error(`the explorer did not settle within ${timeout} ms (state ${state}, drawn ${drawn})`);
    await page.waitForTimeout(20);
  }
}

/** The longest gap since the last reset, including the one still running now. */
export async function readGap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const g = (window as unknown as { __gap: { last: number; max: number } }).__gap;
    return Math.max(g.max, performance.now() - g.last);
  });
}

/** Resolves after `n` frames have been drawn. */
export async function frames(page: Page, n = 2): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const step = (): void => {
          left -= 1;
          if (left <= 0) resolve();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    n,
  );
}

/** The page is no wider than the window (nothing pushed the layout out). */
export async function layoutFits(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}
