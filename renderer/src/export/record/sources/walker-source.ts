/**
 * The walker race as frames. The walkers are replayed in a private WalkerModel on the same
 * objective, with the same starts and settings — the optimizer is deterministic, so step k of the
 * replay is step k of the race — and each frame's walker list is shown by handing it to the
 * store's `walkers` (what the 3D view draws). The user's own walkers are never stepped or reset:
 * restoring is giving the store back the very list it had.
 */
import { tick } from 'svelte';
import { captureSources, captureViewport, cssSize } from '../../../scenes/surface/viewport-capture';
import type { SurfaceSession } from '../../../scenes/surface/surface-session.svelte';
import { WalkerModel, type Walker } from '../../../scenes/surface/explorer/walker-model';
import { sweptState } from '../frame-plan';
import type { AnimationSource, AnimationSpec } from '../animation-source';

/** At most this many steps are recorded (a long GD crawl is summarised by its first 1000 steps). */
export const MAX_RECORDED_STEPS = 1000;

/**
 * The walkers after 0, 1, …, n rounds of steps, n the round after which none runs (≤ maxSteps).
 * Each entry is a snapshot list, with ids and colours of the originals.
 */
export function replayRace(session: SurfaceSession, maxSteps = MAX_RECORDED_STEPS): readonly (readonly Walker[])[] {
  const objective = session.model?.objective ?? null;
  const originals = session.walkers.walkers;
  const model = new WalkerModel(objective);
  for (const w of originals) model.addWalker(w.start, w.config);
  const remap = (list: readonly Walker[]): readonly Walker[] => list.map((w, i) => ({ ...w, id: originals[i]?.id ?? w.id, color: originals[i]?.color ?? w.color }));
  const frames: (readonly Walker[])[] = [remap(model.walkers)];
  for (let k = 0; k < maxSteps && model.anyRunning; k++) {
    model.stepAll();
    frames.push(remap(model.walkers));
  }
  return frames;
}

export function walkerRecording(session: SurfaceSession): AnimationSpec {
  const view = () => captureSources()[0];
  return {
    id: 'walkers',
    unavailable() {
      if (session.walkers.walkers.length === 0 || session.model === null || session.network) return 'record.unavailable.walkers';
      if (!view()) return 'record.unavailable.capture';
      return null;
    },
    aspect() {
      const v = view();
      if (!v) return 16 / 9;
      const s = cssSize(v);
      return s.height > 0 ? s.width / s.height : 16 / 9;
    },
    naturalDurationS() {
      const steps = replayRace(session).length - 1;
      // As fast as the live animation at the chosen speed, between 2 s and 20 s.
      return Math.min(20, Math.max(2, Math.ceil(steps / Math.max(1, session.walkers.speed))));
    },
    async begin(): Promise<AnimationSource> {
      const store = session.walkers;
      const saved = store.walkers;
      const wasPlaying = store.playing;
      store.playing = false;
      const frames = replayRace(session);
      let restored = false;
      return {
        stateAt: (p) => sweptState(p, frames.length),
        async render(state, w, h) {
          const v = view();
          if (!v) throw new Error('the 3D view is no longer on screen');
          store.walkers = frames[state] ?? saved;
          await tick();
          return captureViewport(v, { width: w, height: h });
        },
        caption: (state, t) => t('record.cap.walkers', { k: state, n: frames.length - 1 }),
        restore() {
          if (restored) return;
          restored = true;
          store.walkers = saved;
          store.playing = wasPlaying && store.model.anyRunning;
        },
      };
    },
  };
}
