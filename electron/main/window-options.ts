/**
 * The BrowserWindow options, as a pure function so every security flag is asserted by a test.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Settings } from '../ipc/contract';

/**
 * Page background per theme, shown before the first paint so the window does not flash white in
 * the dark or projector themes. Keep in sync with the renderer's theme colours.
 */
// Matches --bg of each theme in renderer/src/app.css, so the window never flashes another colour.
export const THEME_BACKGROUND: Readonly<Record<Settings['theme'], string>> = {
  light: '#f6f7f9',
  dark: '#111418',
  projector: '#ffffff',
};

export interface WindowOptionsInput {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  readonly preloadPath: string;
  readonly theme: Settings['theme'];
}

/** Options for the main window: sandboxed, isolated, no Node, no webviews, hidden until painted. */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Gradient Lab',
    width: 1280,
    height: 800,
    // Below this the side panels and the 3D view no longer fit side by side.
    minWidth: 900,
    minHeight: 600,
    backgroundColor: THEME_BACKGROUND[input.theme],
    show: false,
    webPreferences: {
      preload: input.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // The renderer scales its own UI (menu:command zoom); Chromium zoom would double it.
      zoomFactor: 1,
    },
  };
}
