/**
 * Keyboard only (issue 9): Tab into the 3D view and turn, tilt and zoom it with the keys the
 * shortcut sheet lists; drive the descent walkers with A, S, P and R; open the sheet with "?" in
 * both languages and close it with Escape (focus goes back); Escape closes the graph's help
 * popover. Camera state is read from the canvas's data-gl-* attributes; the walker's loss after
 * one step is computed here from the gradient-descent update on f = x² + y².
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

const num = async (loc: Locator, attr: string): Promise<number> => Number(await loc.getAttribute(attr));
const angleDiff = (a: number, b: number): number => ((((a - b) % 360) + 540) % 360) - 180;

async function openExplorer(page: Page): Promise<Locator> {
  await page.goto('/#/descent');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  const canvas = page.getByTestId('surface-canvas');
  await expect(canvas).toHaveAttribute('data-gl-azimuth', /./);
  return canvas;
}

async function tabTo(page: Page, testid: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testid)) return;
  }
  throw new Error(`Tab never reached ${testid}`);
}

test('Tab into the 3D view: arrows turn it, + and − zoom, Home frames it again', async ({ page }) => {
  const canvas = await openExplorer(page);
  await tabTo(page, 'surface-canvas');
  // A visible focus ring.
  expect(await canvas.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  expect(await canvas.evaluate((el) => parseFloat(getComputedStyle(el).outlineWidth))).toBeGreaterThanOrEqual(2);
  await expect(canvas).toHaveAttribute('aria-keyshortcuts', /ArrowLeft/);

  // The camera glides to each new fit (a surface arriving from the worker refits it): on a busy
  // machine a glide outlasts any fixed wait, so read the distance once it has stopped changing.
  const restingDistance = async (): Promise<number> => {
    let prev = await num(canvas, 'data-gl-distance');
    for (let i = 0; i < 60; i++) {
      await page.waitForTimeout(250);
      const now = await num(canvas, 'data-gl-distance');
      if (now === prev) return now;
      prev = now;
    }
    throw new Error('the camera never came to rest');
  };
  const dHome = await restingDistance();
  const az0 = await num(canvas, 'data-gl-azimuth');
  const el0 = await num(canvas, 'data-gl-elevation');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => angleDiff(await num(canvas, 'data-gl-azimuth'), az0)).toBeCloseTo(7.5, 1);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(async () => angleDiff(await num(canvas, 'data-gl-azimuth'), az0)).toBeCloseTo(6, 1);
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await num(canvas, 'data-gl-elevation')) - el0).toBeCloseTo(7.5, 1);

  // Zoom: the view stops fitting itself and the distance shrinks by 1.15 per press.
  await expect(canvas).toHaveAttribute('data-gl-autofit', 'true');
  const d0 = await restingDistance();
  await page.keyboard.press('+');
  await expect.poll(() => num(canvas, 'data-gl-distance')).toBeCloseTo(d0 / 1.15, 2);
  await expect(canvas).toHaveAttribute('data-gl-autofit', 'false');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(() => num(canvas, 'data-gl-distance')).toBeCloseTo(d0 * 1.15, 2);

  // Home: back to the starting direction, fitting again.
  await page.keyboard.press('Home');
  await expect(canvas).toHaveAttribute('data-gl-autofit', 'true');
  await expect.poll(async () => Math.abs(angleDiff(await num(canvas, 'data-gl-azimuth'), az0))).toBeLessThan(0.05);
  await expect.poll(async () => Math.abs((await num(canvas, 'data-gl-distance')) - dHome)).toBeLessThan(0.01);
  // The view kept the focus throughout.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('surface-canvas');
});

test('walker shortcuts: A adds at the point, S steps, P plays and pauses, R resets', async ({ page }) => {
  const canvas = await openExplorer(page);
  await page.getByTestId('preset-bowl').click();
  await expect(canvas).toHaveAttribute('data-resolution', /\d+/);
  await tabTo(page, 'surface-canvas');
  await page.keyboard.press('a');
  const loss = page.locator('[data-testid^="walker-loss-"]');
  await expect(loss).toHaveCount(1);
  // Preset point (1.5, 1): f = 1.5² + 1² = 3.25.
  await expect.poll(async () => num(loss, 'data-value')).toBeCloseTo(3.25, 10);
  const lr = await num(page.getByTestId('walker-lr'), 'data-value');
  // Focus stays in the view; S takes one step: x ← x − η·2x, so f ← f·(1 − 2η)².
  await page.keyboard.press('s');
  await expect.poll(async () => num(loss, 'data-value')).toBeCloseTo(3.25 * (1 - 2 * lr) ** 2, 10);
  await page.keyboard.press('p');
  await expect(page.getByTestId('walker-play')).toContainText('Pause');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('walker-play')).toContainText('Play');
  await page.keyboard.press('r');
  await expect.poll(async () => num(loss, 'data-value')).toBeCloseTo(3.25, 10);
  // From the walker panel (a button focused): S steps too, Space keeps pressing the button.
  await page.getByTestId('walker-reset').focus();
  await page.keyboard.press('s');
  await expect.poll(async () => num(loss, 'data-value')).toBeCloseTo(3.25 * (1 - 2 * lr) ** 2, 10);
  // In a field the letters are letters.
  await page.getByTestId('walker-lr-slider').focus();
  await page.keyboard.press('s');
  await expect.poll(async () => num(loss, 'data-value')).toBeCloseTo(3.25 * (1 - 2 * lr) ** 2, 10);
});

test('"?" opens the shortcut sheet in both languages; Escape closes it and focus returns', async ({ page }) => {
  const canvas = await openExplorer(page);
  await canvas.focus();
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('Keyboard shortcuts');
  for (const scope of ['global', 'lecture', 'view3d', 'walkers', 'graph', 'tabs']) await expect(sheet.getByTestId(`shortcut-scope-${scope}`)).toBeVisible();
  await expect(sheet.getByTestId('shortcut-scope-lecture')).toContainText('PageDown');
  // Focus is trapped in the modal dialog.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="shortcut-sheet"]') !== null || document.activeElement === document.body)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('surface-canvas');

  await page.getByTestId('language-select').selectOption('zh-CN');
  await expect(page.getByTestId('app')).toHaveAttribute('data-locale', 'zh-CN');
  await page.getByTestId('shortcuts-open').click();
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('键盘快捷键');
  await expect(sheet.getByTestId('shortcut-scope-lecture')).toContainText('黑屏');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('shortcuts-open');
});

test('Escape closes the graph help popover and gives focus back to its button', async ({ page }) => {
  await page.goto('/#/graphs');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('graph-help').click();
  await expect(page.getByTestId('graph-help-popover')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('graph-help-popover')).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('graph-help');
});
