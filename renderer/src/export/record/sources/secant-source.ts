/**
 * Secant → tangent as frames: h runs from 1 down to 10⁻⁸ on the same logarithmic path as the
 * live "Play h → 0" (evenly in log₁₀ h), each frame is the secant figure (Plot1D's SVG) with that
 * h, serialised as a standalone SVG and rasterised at the frame's size — vector-sharp at any
 * resolution. The user's h, pane, pointer read-out and playing state come back afterwards.
 */
import { tick } from 'svelte';
import { PLAY_TARGET_EXP, type DerivativesSession } from '../../../scenes/derivatives/derivatives-session.svelte';
import { formatStep, H_EXP_MAX, stepFromExponent } from '../../../scenes/derivatives/step-scale';
import { formatSig } from '../../../scenes/surface/explorer/format';
import { rasterizeSvg, serializeSvg } from '../../svg-serialize';
import type { AnimationSource, AnimationSpec } from '../animation-source';

/** The live animation moves one decade per second (0.04 decades every 40 ms). */
const DECADES_PER_SECOND = 1;
/** States are exponents in thousandths of a decade: fine enough for 60 fps over 60 s. */
const STATE_SCALE = 1000;

/** log₁₀|h| at position p of the sweep from H_EXP_MAX to PLAY_TARGET_EXP, as an integer state. */
export function secantStateAt(p: number): number {
  return Math.round((H_EXP_MAX + p * (PLAY_TARGET_EXP - H_EXP_MAX)) * STATE_SCALE);
}

export function exponentOfState(state: number): number {
  return state / STATE_SCALE;
}

const SVG_SELECTOR = '[data-testid="secant-plot-svg"]';

function plotSvg(): SVGSVGElement | null {
  const el = document.querySelector(SVG_SELECTOR);
  return el instanceof SVGSVGElement ? el : null;
}

export function secantRecording(session: DerivativesSession): AnimationSpec {
  return {
    id: 'secant',
    unavailable: () => (Number.isFinite(session.secant.fx) ? null : 'record.unavailable.secant'),
    aspect() {
      const r = plotSvg()?.getBoundingClientRect();
      return r && r.height > 0 ? r.width / r.height : 16 / 10;
    },
    naturalDurationS: () => (H_EXP_MAX - PLAY_TARGET_EXP) / DECADES_PER_SECOND,
    async begin(): Promise<AnimationSource> {
      const saved = { hExp: session.hExp, pane: session.secantPane, cursor: session.secantCursor, playing: session.playing };
      session.stop();
      session.secantPane = 'secant';
      session.secantCursor = null;
      await tick();
      const background = getComputedStyle(document.documentElement).getPropertyValue('--plot-bg').trim() || null;
      let restored = false;
      return {
        stateAt: secantStateAt,
        async render(state, w, h) {
          session.setHExp(exponentOfState(state));
          await tick();
          const svg = plotSvg();
          if (!svg) throw new Error('the secant figure is no longer on screen');
          return rasterizeSvg(serializeSvg(svg, { background }), w, h);
        },
        caption(state, t) {
          const s = session.secant;
          return t('record.cap.secant', {
            h: formatStep(stepFromExponent(exponentOfState(state), session.hSign)),
            slope: formatSig(s.slope, 6),
            exact: formatSig(s.exact, 6),
          });
        },
        restore() {
          if (restored) return;
          restored = true;
          session.hExp = saved.hExp;
          session.secantPane = saved.pane;
          session.secantCursor = saved.cursor;
          if (saved.playing) session.play(saved.playing);
        },
      };
    },
  };
}
