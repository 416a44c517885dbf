/**
 * Main-thread cost of one explorer update now that the heavy part runs in a worker (issues 11,
 * 12): the input's own task (the handler and the effects Svelte flushes in its microtasks, up to
 * the next macrotask) plus, when the input changes the function, the task that takes the worker's
 * result in (the session's `surface-apply` measure: its #receive and the effects it triggers —
 * surface buffers, contours, slices, panels, KaTeX). Rendering — the frame's rAF callbacks
 * (three.js drawing from the buffers filled in these tasks), style, layout, paint — is in neither;
 * SwiftShader's rasterisation runs in the GPU process.
 */
import type { Page } from '@playwright/test';

/** Microtask hops that outlast any chain the input's handlers start (Svelte's flush is one or two). */
const MICROTASK_HOPS = 16;

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
    async ([id, v, job, hops]) => {
      const el = document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
      if (!el) throw new Error(`no ${id}`);
      // The input's JS is its event's handlers and the microtasks they queue (Svelte flushes its
      // effects in one): the window ends once the microtask queue has drained — a chain of
      // microtask hops, each queued behind whatever the previous ones queued. Ending it with a
      // task instead (a timer, a message) let the browser run a rendering frame first — hover
      // hit-testing, style, layout, paint, not JS — or an idle callback left by earlier work,
      // and put 2–20 ms of them into some edits' figures.
      const t0 = performance.now();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      for (let hop = 0; hop < hops; hop++) await Promise.resolve();
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
    [testid, value, expectJob, MICROTASK_HOPS] as const,
  );
}

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
