/**
 * The request guard: every test page may load only from localhost (and data:/blob: URLs it made
 * itself). Anything else is aborted and fails the test — the app must work with no network.
 * Console errors and page errors fail the test too.
 */
import { test as base, expect, type Page } from '@playwright/test';

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/|data:|blob:|about:)/;

export const test = base.extend<{ offsite: string[]; consoleErrors: string[] }>({
  offsite: async ({ page }, use) => {
    const offsite: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (LOCAL.test(url)) return route.continue();
      offsite.push(url);
      return route.abort('blockedbyclient');
    });
    await use(offsite);
    expect(offsite, 'requests made off localhost').toEqual([]);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

/** Waits for the app to have loaded its preferences and drawn at least one surface frame. */
export async function openApp(page: Page, path = '/#/descent'): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('surface-canvas')).toHaveAttribute('data-triangles', /^[1-9]\d*$/);
  await expect.poll(() => frameCount(page)).toBeGreaterThanOrEqual(1);
}

async function frameCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('surface-canvas').getAttribute('data-frames'));
}

/** Resolves once the scene has stopped rendering (camera damping settled) for `quietMs`. */
export async function settled(page: Page, quietMs = 400): Promise<void> {
  let last = await frameCount(page);
  for (let i = 0; i < 100; i++) {
    await page.waitForTimeout(quietMs);
    const now = await frameCount(page);
    if (now === last) return;
    last = now;
  }
  throw new Error('the scene never stopped rendering');
}

/**
 * Runs `action` and resolves once the scene has rendered at least one frame after it. The scene
 * renders on demand, so a new frame is proof the action reached the screen.
 */
export async function afterFrame(page: Page, action: () => Promise<void>): Promise<void> {
  const start = await frameCount(page);
  await action();
  await expect.poll(() => frameCount(page)).toBeGreaterThan(start);
}

export interface PixelStats {
  /** Fraction of sampled pixels that differ clearly from the background colour. */
  readonly nonBackground: number;
  /** Same fraction in each cell of a 3×3 grid over the canvas. */
  readonly cells: number[];
  /** The picture as RGB samples on a coarse regular grid, to compare two renders. */
  readonly signature: number[];
  /** RGB of the top-left pixel, taken as the scene background. */
  readonly background: [number, number, number];
}

/**
 * Screenshots the canvas as a person would see it and measures it in the page (no image library
 * needed): how much of it is not background, and where.
 */
export async function canvasPixels(page: Page): Promise<PixelStats> {
  const png = await page.getByTestId('surface-canvas').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
    const bg = [data[0]!, data[1]!, data[2]!];
    const cells = new Array<number>(9).fill(0);
    const totals = new Array<number>(9).fill(0);
    const signature: number[] = [];
    let diff = 0;
    let total = 0;
    for (let y = 0; y < height; y += 4) {
      for (let x = 0; x < width; x += 4) {
        const o = (y * width + x) * 4;
        const d = Math.abs(data[o]! - bg[0]!) + Math.abs(data[o + 1]! - bg[1]!) + Math.abs(data[o + 2]! - bg[2]!);
        const cell = Math.min(2, Math.floor((3 * y) / height)) * 3 + Math.min(2, Math.floor((3 * x) / width));
        totals[cell]! += 1;
        total += 1;
        signature.push(data[o]!, data[o + 1]!, data[o + 2]!);
        if (d > 30) {
          diff += 1;
          cells[cell]! += 1;
        }
      }
    }
    return { nonBackground: diff / total, cells: cells.map((v, i) => v / totals[i]!), signature, background: bg as [number, number, number] };
  }, png.toString('base64'));
}

/**
 * The fraction of sampled pixels whose colour changed clearly between two renders of the same
 * canvas size (0 = identical picture, 1 = every pixel different).
 */
export function signatureDistance(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 1;
  let changed = 0;
  for (let i = 0; i < a.length; i += 3) {
    const d = Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
    if (d > 40) changed++;
  }
  return changed / (a.length / 3);
}
