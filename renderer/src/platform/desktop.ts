/**
 * The Electron bridge, when there is one. The preload exposes `window.gradientLab`; in the web
 * build it is absent and every caller falls back to a browser equivalent.
 */
import type { GradientLabApi } from '../../../electron/ipc/contract';

declare global {
  interface Window {
    gradientLab?: GradientLabApi;
  }
}

export function desktopApi(): GradientLabApi | undefined {
  return typeof window === 'undefined' ? undefined : window.gradientLab;
}
