/**
 * The surface explorer's compute worker (issues 11 and 12): runs surface-job.ts off the main
 * thread. Protocol (surface-compute-client.ts): the page posts `SurfaceJob`s with increasing
 * generations; the worker answers each job that is still the newest with one `SurfaceJobResult`,
 * transferring its typed arrays. Between the job's stages it yields to the message queue, so a
 * newer job arriving meanwhile makes it stop (cancel on new input) instead of queueing behind it
 * (a slider drag's jobs excepted now and then: see live-gate.ts).
 */
import { runSurfaceJob, SymbolicCache, transferables, type SurfaceJob, type SurfaceJobResult } from './surface-job';
import { LiveGate } from './live-gate';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SurfaceJob>) => void) | null;
  postMessage: (message: SurfaceJobResult, transfer: Transferable[]) => void;
};

const cache = new SymbolicCache();
const gate = new LiveGate(() => performance.now());

const yieldToMessages = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function run(job: SurfaceJob): Promise<void> {
  // Wait one turn first: a burst of keystrokes leaves only its last job to run.
  await yieldToMessages();
  const it = runSurfaceJob(job, cache);
  try {
    for (;;) {
      if (!gate.keepGoing(job)) return;
      const step = it.next();
      if (step.done) {
        if (gate.keepGoing(job)) {
          gate.answered();
          scope.postMessage(step.value, transferables(step.value));
        }
        return;
      }
      await yieldToMessages();
    }
  } finally {
    gate.ended(job);
  }
}

scope.onmessage = (e) => {
  gate.received(e.data.gen);
  void run(e.data);
};
