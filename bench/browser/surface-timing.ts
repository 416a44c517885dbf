/**
 * Main-thread cost of one explorer update now that the heavy part runs in a worker (issues 11,
 * 12): the input's own task (the handler and the effects Svelte flushes in its microtasks, up to
 * the next macrotask) plus, when the input changes the function, the task that takes the worker's
 * result in (the session's `surface-apply` measure: its #receive and the effects it triggers —
 * surface buffers, contours, slices, panels, KaTeX). Rendering (requestAnimationFrame) is in
 * neither, as before; SwiftShader's rasterisation runs in the GPU process.
 */
import type { Page } from '@playwright/test';

export interface UpdateTiming {
  /** The input event's task, ms. */
  readonly input: number;
  /** The task that applied the worker's result, ms (0 for an input that needs no job). */
  readonly apply: number;
  /** From the input to the new formula on screen (includes the worker), ms. */
  readonly latency: number;
  /** The job's time in the worker, ms. */
  readonly worker: number;
}

/** Sets `testid`'s value, waits for the worker's answer when `expectJob`, and times both tasks. */
export async function timeUpdate(page: Page, testid: string, value: string, expectJob: boolean): Promise<UpdateTiming> {
  return page.evaluate(
    async ([id, v, job]) => {
      const el = document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
      if (!el) throw new Error(`no ${id}`);
      const t0 = performance.now();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      const input = performance.now() - t0;
      if (!job) return { input, apply: 0, latency: input, worker: 0 };
      const entry = await new Promise<PerformanceEntry | null>((resolve) => {
        const started = performance.now();
        const poll = (): void => {
          const mine = performance.getEntriesByName('surface-apply').filter((e) => e.startTime >= t0);
          if (mine.length > 0) resolve(mine[mine.length - 1] ?? null);
          else if (performance.now() - started > 5000) resolve(null);
          else setTimeout(poll, 2);
        };
        poll();
      });
      if (!entry) throw new Error('the worker never answered');
      const detail = (entry as PerformanceMeasure).detail as { workerMs: number };
      return { input, apply: entry.duration, latency: entry.startTime + entry.duration - t0, worker: detail.workerMs };
    },
    [testid, value, expectJob] as const,
  );
}

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
