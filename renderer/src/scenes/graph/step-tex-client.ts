/**
 * Typesets the formulas of the next animation steps before they are shown: a worker renders them
 * with KaTeX (step-tex.worker.ts) and the page's KaTeX cache is primed with the result, so the
 * step panel only inserts finished HTML (issue 11: typesetting on the page cost ≈ 5 ms of every
 * step). Only a short window ahead is asked for: the cache is the app's, shared and bounded.
 * Where there are no workers (unit tests) it does nothing and the panel typesets as before.
 */
import { isCached, prime } from '../../components/katex-render';

export interface StepTexRequest {
  readonly texs: readonly string[];
}

export interface StepTexResponse {
  readonly tex: string;
  /** KaTeX's HTML, or null when KaTeX rejected the TeX (the panel then shows the source). */
  readonly html: string | null;
}

/** How many formulas are remembered as asked for (beyond that the set starts again). */
const ASKED_LIMIT = 512;

export class StepTexPrefetch {
  private worker: Worker | null = null;
  private failed = false;
  private readonly asked = new Set<string>();

  /** Asks the worker for those of `texs` (display formulas) not typeset or asked for yet. */
  request(texs: readonly string[]): void {
    if (this.failed || typeof Worker === 'undefined') return;
    const todo = texs.filter((t) => !this.asked.has(t) && !isCached(t, true));
    if (todo.length === 0) return;
    if (this.asked.size + todo.length > ASKED_LIMIT) this.asked.clear();
    for (const t of todo) this.asked.add(t);
    try {
      this.worker ??= this.start();
      this.worker.postMessage({ texs: todo } satisfies StepTexRequest);
    } catch {
      // No worker (a locked-down page): the panel typesets on its own, as it always could.
      this.failed = true;
    }
  }

  private start(): Worker {
    const w = new Worker(new URL('./step-tex.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<StepTexResponse>) => {
      // Never overwrite what the page has typeset meanwhile (the same TeX gives the same HTML anyway).
      if (!isCached(e.data.tex, true)) prime(e.data.tex, true, e.data.html);
    };
    w.onerror = () => {
      this.failed = true;
      w.terminate();
      this.worker = null;
    };
    return w;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.asked.clear();
  }
}
