/**
 * When the explorer's worker may start. The app-wide SurfaceSession exists from the first screen
 * (chapter 2, the graph canvas and lecture mode share it), but chapter 1 never shows a surface:
 * its worker — script, boot and first job — waits until a chapter that shows one opens, so the
 * first screen carries none of it. Jobs submitted before then are held (only the newest runs).
 */
export interface SurfaceDemand {
  /** Calls `start` once the surface is wanted (at once if it already is). */
  whenWanted(start: () => void): void;
  /** Marks the surface as wanted; idempotent. */
  want(): void;
  readonly wanted: boolean;
}

export function createSurfaceDemand(): SurfaceDemand {
  let wanted = false;
  const waiting: (() => void)[] = [];
  return {
    whenWanted(start) {
      if (wanted) start();
      else waiting.push(start);
    },
    want() {
      if (wanted) return;
      wanted = true;
      for (const f of waiting.splice(0)) f();
    },
    get wanted() {
      return wanted;
    },
  };
}

/** The app's one demand signal (App.svelte calls `want()` when a surface-showing chapter opens). */
export const surfaceDemand: SurfaceDemand = createSurfaceDemand();
