import { describe, it, expect } from 'vitest';
import { createWindowOptions, THEME_BACKGROUND } from './window-options';

const options = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs', theme: 'dark' });
const web = options.webPreferences ?? {};

describe('createWindowOptions — security flags', () => {
  it('sandboxes the renderer', () => expect(web.sandbox).toBe(true));
  it('isolates the preload context', () => expect(web.contextIsolation).toBe(true));
  it('gives the page no Node', () => expect(web.nodeIntegration).toBe(false));
  it('gives workers no Node', () => expect(web.nodeIntegrationInWorker).toBe(false));
  it('gives subframes no Node', () => expect(web.nodeIntegrationInSubFrames).toBe(false));
  it('disables <webview>', () => expect(web.webviewTag).toBe(false));
  it('keeps web security on', () => expect(web.webSecurity).toBe(true));
  it('refuses insecure content', () => expect(web.allowRunningInsecureContent).toBe(false));
  it('has no experimental features', () => expect(web.experimentalFeatures).toBe(false));
  it('does not navigate to dropped files', () => expect(web.navigateOnDragDrop).toBe(false));
  it('turns spellcheck off (no dictionary download)', () => expect(web.spellcheck).toBe(false));
  it('uses the given preload', () => expect(web.preload).toBe('/app/out/preload/index.cjs'));
  it('does not set a custom session or partition', () => {
    expect(web.session).toBeUndefined();
    expect(web.partition).toBeUndefined();
  });
});

describe('createWindowOptions — window', () => {
  it('stays hidden until ready-to-show', () => expect(options.show).toBe(false));
  it('is titled Gradient Lab', () => expect(options.title).toBe('Gradient Lab'));
  it('has a usable size and a minimum size', () => {
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? Infinity);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? Infinity);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(560);
  });
  it('paints the theme background before the page loads', () => {
    expect(options.backgroundColor).toBe(THEME_BACKGROUND.dark);
    expect(createWindowOptions({ preloadPath: 'p', theme: 'light' }).backgroundColor).toBe(THEME_BACKGROUND.light);
    for (const colour of Object.values(THEME_BACKGROUND)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});
