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

/** Starts (once per page) a requestAnimationFrame loop that records the longest gap between frames. */
export async function installFrameProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __gap?: { last: number; max: number } };
    if (w.__gap) return;
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
    const g = (window as unknown as { __gap: { last: number; max: number } }).__gap;
    g.last = performance.now();
    g.max = 0;
  });
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
