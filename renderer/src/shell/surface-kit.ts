/**
 * What App needs to make the app-wide surface session, loaded on first demand (issue 11): the
 * session (sampling, the WebAssembly backend, walkers, the worker client), lecture mode's descent
 * steps on it, and the slot that provides it to the chapters showing it (derivatives, the graph
 * canvas, the explorer). Chapter 1 never shows a surface, so the first screen carries none of it;
 * App imports this module only dynamically.
 */
export { SurfaceSession } from '../scenes/surface/surface-session.svelte';
export { surfaceLectureTarget } from '../lecture/surface-lecture';
export { DESCENT_BASE, DESCENT_LECTURE } from '../lecture/steps/descent';
export { default as SurfaceSlot } from './SurfaceSlot.svelte';
