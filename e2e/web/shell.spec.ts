/**
 * The app shell as a student meets it: it opens on a real surface, responds to mouse and typed
 * formulas, rejects a bad formula without losing the surface, and remembers language, theme and
 * UI scale. Every test runs behind the off-localhost request guard (fixtures.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterFrame, canvasPixels, expect, openApp, settled, signatureDistance, test } from './fixtures';

test.use({ locale: 'en-US' });

test('opens straight onto a rendered surface with labelled axes', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  const stats = await canvasPixels(page);
  // A surface, not an empty canvas: a large share of the picture, and the middle well covered.
  expect(stats.nonBackground).toBeGreaterThan(0.15);
  expect(stats.cells[4]).toBeGreaterThan(0.5);
  expect(stats.cells.filter((c) => c > 0.05).length).toBeGreaterThanOrEqual(5);
  // Tick labels of the default domain [-3, 3] are on screen.
  await expect(page.locator('.axis-label-tick', { hasText: /^−3$/ }).first()).toBeVisible();
  await expect(page.locator('.axis-label-title', { hasText: /^z$/ })).toBeVisible();
  await expect(page.getByTestId('formula-katex')).toBeVisible();
  // The README's picture is refreshed only on request (`npm run screenshot`), so a test run never
  // changes the working tree.
  const out = process.env.README_SCREENSHOT ?? 'test-results/readme-screenshot.png';
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
});

test('typing a formula changes the surface and its KaTeX preview', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  const before = await canvasPixels(page);
  const triangles = await page.getByTestId('surface-canvas').getAttribute('data-triangles');
  await afterFrame(page, () => page.getByTestId('formula-input').fill('sin(x) cos(y)'));
  await expect(page.getByTestId('formula-katex')).toContainText('sin');
  const after = await canvasPixels(page);
  expect(signatureDistance(before.signature, after.signature)).toBeGreaterThan(0.05);
  expect(after.nonBackground).toBeGreaterThan(0.15);
  expect(await page.getByTestId('surface-canvas').getAttribute('data-triangles')).toBe(triangles);
});

test('a bad formula shows a positioned error and the last good surface stays', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  // The reference picture must be the settled one (the surface arrives from the worker).
  await settled(page);
  const before = await canvasPixels(page);
  const serial = await page.getByTestId('surface-scene').getAttribute('data-accepted-serial');
  await page.getByTestId('formula-input').fill('x^2 + * y');
  const error = page.getByTestId('formula-error');
  await expect(error).toBeVisible();
  // The error points into the text at the stray operator (0-based offsets into 'x^2 + * y').
  const start = Number(await error.getAttribute('data-start'));
  expect(start).toBeGreaterThanOrEqual(4);
  expect(start).toBeLessThanOrEqual(6);
  await expect(error.locator('mark')).toBeVisible();
  await expect(error).toContainText(/last valid formula/);
  await settled(page);
  const after = await canvasPixels(page);
  // No new surface was accepted, and the picture is the old one: pixel for pixel when the view kept
  // its size; when the error line changed the header's height (the view is re-fitted to its new
  // shape), the same coverage in each ninth of the canvas.
  await expect(page.getByTestId('surface-scene')).toHaveAttribute('data-accepted-serial', serial ?? '');
  if (after.signature.length === before.signature.length) {
    expect(signatureDistance(before.signature, after.signature)).toBeLessThan(0.002);
  } else {
    // Coverage against the most common colour (the scene's background), which a shifted corner
    // pixel cannot fool.
    const coverage = (sig: readonly number[]): number => {
      const counts = new Map<number, number>();
      for (let i = 0; i < sig.length; i += 3) {
        const q = ((sig[i]! >> 3) << 10) | ((sig[i + 1]! >> 3) << 5) | (sig[i + 2]! >> 3);
        counts.set(q, (counts.get(q) ?? 0) + 1);
      }
      const bg = [...counts].sort((a, b) => b[1] - a[1])[0]?.[1] ?? 0;
      return 1 - bg / (sig.length / 3);
    };
    expect(coverage(after.signature)).toBeGreaterThan(0.15);
    expect(Math.abs(coverage(after.signature) - coverage(before.signature))).toBeLessThan(0.03);
  }
  // Fixing the text brings the preview back.
  await page.getByTestId('formula-input').fill('x^2 + y');
  await expect(page.getByTestId('formula-error')).toHaveCount(0);
  await expect(page.getByTestId('formula-katex')).toBeVisible();
});

test('the surface responds to the mouse: drag orbits, wheel zooms, reset restores', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  const canvas = page.getByTestId('surface-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('canvas has no box');
  // The reference picture must be the settled one (the first frames can still be resizing).
  await settled(page);
  const home = await canvasPixels(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 220, box.y + box.height / 2 + 40, { steps: 12 });
  await page.mouse.up();
  await settled(page);
  const orbited = await canvasPixels(page);
  expect(signatureDistance(home.signature, orbited.signature)).toBeGreaterThan(0.05);

  await page.mouse.wheel(0, -600);
  await settled(page);
  const zoomed = await canvasPixels(page);
  expect(signatureDistance(orbited.signature, zoomed.signature)).toBeGreaterThan(0.05);

  await page.getByTestId('reset-view').click();
  // The pointer leaves the button, so its hover colour is not counted as a change of the view.
  await page.mouse.move(1, 1);
  await settled(page);
  const reset = await canvasPixels(page);
  expect(signatureDistance(home.signature, reset.signature)).toBeLessThan(0.01);
});

test('the app opens on chapter 1; the sidebar follows the deck and the URL names the chapter', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await page.goto('/');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('chapter-limits')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('limits-scene')).toBeVisible();
  await expect(page).toHaveURL(/#\/limits(\?s=[\w.-]+)?$/);
  const ids = await page.getByTestId('sidebar').locator('[data-testid^="chapter-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(ids).toEqual(['chapter-limits', 'chapter-derivatives', 'chapter-chain-rule', 'chapter-graphs', 'chapter-descent', 'chapter-summary']);
  for (const id of ['derivatives', 'chain-rule', 'summary', 'descent']) {
    await page.getByTestId(`chapter-${id}`).click();
    await expect(page.getByTestId(`chapter-${id}`)).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveURL(new RegExp(`#/${id}(\\?s=[\\w.-]+)?$`));
  }
  // A reload (or a shared link) opens the chapter the hash names.
  await page.reload();
  await expect(page.getByTestId('chapter-descent')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('surface-canvas')).toHaveAttribute('data-triangles', /^[1-9]\d*$/);
  // Back in the browser history: the hash changes and so does the chapter.
  await page.goto('/#/derivatives');
  await expect(page.getByTestId('chapter-derivatives')).toHaveAttribute('aria-current', 'page');
});

test('theme switch restyles the UI and the scene, and is remembered', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await afterFrame(page, () => page.getByTestId('theme-dark').click());
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The scene background (top-left corner, outside the surface) is dark now.
  const [r, g, b] = (await canvasPixels(page)).background;
  const lum = (r + g + b) / 3;
  expect(lum).toBeLessThan(60);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('theme-projector').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
});

test('Ctrl + and Ctrl − scale the whole UI, and the scale is remembered', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(await size()).toBe(16);
  // A chapter button grows with the scale (the sidebar itself may fold by itself at 125 %: 1440 px
  // is then 72 rem, below the 88 rem of shell/auto-fold.ts).
  const buttonHeight = async () => (await page.getByTestId('chapter-limits').boundingBox())!.height;
  const h0 = await buttonHeight();
  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+=');
  expect(await size()).toBeCloseTo(16 * 1.25, 5);
  expect(await buttonHeight()).toBeGreaterThan(h0);
  await page.reload();
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  expect(await size()).toBeCloseTo(16 * 1.25, 5);
  await page.keyboard.press('Control+-');
  expect(await size()).toBeCloseTo(16 * 1.1, 5);
  await page.keyboard.press('Control+0');
  expect(await size()).toBe(16);
  // Typing minus in the formula box is a minus sign, not a zoom.
  await page.getByTestId('formula-input').fill('x^2');
  await page.getByTestId('formula-input').press('-');
  expect(await size()).toBe(16);
});

test.describe('language', () => {
  test.use({ locale: 'zh-CN' });
  test('follows the OS language at first start, switches to English, and remembers it', async ({ page, offsite, consoleErrors }) => {
    void offsite;
    void consoleErrors;
    await openApp(page);
    await expect(page.getByTestId('app')).toHaveAttribute('data-locale', 'zh-CN');
    await expect(page.getByTestId('chapter-descent')).toContainText('梯度与梯度下降');
    await page.getByTestId('formula-input').fill('x^2 + foo(y)');
    await expect(page.getByTestId('formula-error')).toContainText(/[\u4e00-\u9fff]/);
    await page.screenshot({ path: 'test-results/zh-CN-error.png' });
    await page.getByTestId('language-select').selectOption('en');
    await expect(page.getByTestId('chapter-descent')).toContainText('gradients & descent');
    await expect(page.getByTestId('formula-error')).not.toContainText(/[\u4e00-\u9fff]/);
    await page.reload();
    await expect(page.getByTestId('app')).toHaveAttribute('data-locale', 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
