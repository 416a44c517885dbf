/**
 * The worker's rule for superseded jobs (surface-compute.worker.ts). The newest job always goes
 * on; a superseded one stops at its next stage — except a live (slider-drag) job when nothing has
 * been answered for LIVE_ANSWER_MS: that one is pinned and finishes, one at a time, so a drag
 * whose moves come faster than jobs finish still updates the view a few times a second instead
 * of showing nothing until it stops. (Without it, on a loaded machine every drag step was
 * cancelled by the next one and the client restarted the "stuck" worker over and over.)
 */
/** How long without an answer before a superseded live job is finished anyway. */
export const LIVE_ANSWER_MS = 100;

export interface GateJob {
  readonly gen: number;
  readonly live?: boolean;
}

export class LiveGate {
  #latest = 0;
  #lastAnswer = Number.NEGATIVE_INFINITY;
  #pinned: number | null = null;

  constructor(private readonly now: () => number) {}

  /** A job arrived. */
  received(gen: number): void {
    this.#latest = Math.max(this.#latest, gen);
  }

  /** Whether `job` goes on (checked before each stage and before posting its answer). */
  keepGoing(job: GateJob): boolean {
    if (job.gen === this.#latest || this.#pinned === job.gen) return true;
    if (job.live === true && this.#pinned === null && this.now() - this.#lastAnswer >= LIVE_ANSWER_MS) {
      this.#pinned = job.gen;
      return true;
    }
    return false;
  }

  /** `job` posted its answer. */
  answered(): void {
    this.#lastAnswer = this.now();
  }

  /** `job` stopped, answered or not. */
  ended(job: GateJob): void {
    if (this.#pinned === job.gen) this.#pinned = null;
  }
}
