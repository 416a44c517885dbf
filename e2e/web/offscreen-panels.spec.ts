/**
 * A slice panel's formula and plot scrolled out of sight keep what they drew while the formula
 * changes (issue 11: redrawing what no one sees took ~1.5 ms of every edit), tell assistive
 * technology they are updating (aria-busy), and show the current formula as soon as they scroll in
 * — or when the Export menu opens, since it lists and captures every figure.
 */
import { expect, openApp, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

test.use({ locale: 'en-US' });

/** The TeX a panel's partial formula was typeset from (KaTeX keeps it in the MathML). */
const partialTex = async (panel: Locator): Promise<string> => (await panel.locator('.formula annotation').first().textContent()) ?? '';
const curve = (panel: Locator): Locator => panel.locator('[data-testid$="-layer-curve"] path').first();

async function shownFormula(page: Page, text: string): Promise<void> {
  await page.getByTestId('formula-input').fill(text);
  await expect(page.getByTestId('surface-scene')).toHaveAttribute('data-formula-state', 'shown');
}

test('a slice panel out of sight holds its formula and plot, and catches up when scrolled in or exported', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await page.getByTestId('preset-deck-loss').click();
  await page.getByTestId('tab-partials').click();
  const y = page.getByTestId('slice-panel-y');
  const plotY = y.locator('.plot');
  const toTop = (): Promise<void> => plotY.evaluate((el) => el.closest('.side-panel-body')?.scrollTo(0, 0));
  // The preset changed while the plot was out of sight: it shows it once scrolled in.
  await plotY.scrollIntoViewIfNeeded();
  await expect(plotY).toHaveAttribute('data-held', 'false');
  await toTop();
  // At 1440 × 900 the part of the second panel's plot a new function redraws (all but its top
  // margin, which holds the axis name) is below the fold of the side panel's scroller.
  const below = await page.getByTestId('slice-y-plot-sight').evaluate((el) => {
    const scroller = el.closest('.side-panel-body');
    return scroller !== null && el.getBoundingClientRect().top >= scroller.getBoundingClientRect().bottom;
  });
  expect(below).toBe(true);
  const texBefore = await partialTex(y);
  const pathBefore = await curve(y).getAttribute('d');

  await shownFormula(page, '1/2 (sigmoid(1.77 w1 x1 + w2 x2) - y)^2 + 0.3 w2^2');
  // The panel in sight follows at once; the one out of sight holds what it drew, and says so.
  await expect(page.getByTestId('slice-panel-x').locator('.formula annotation').first()).toContainText('1.77');
  await expect(plotY).toHaveAttribute('data-held', 'true');
  await expect(plotY).toHaveAttribute('aria-busy', 'true');
  expect(await curve(y).getAttribute('d')).toBe(pathBefore);

  // Scrolled in: the current formula and curve, no longer busy.
  await plotY.scrollIntoViewIfNeeded();
  await expect(plotY).toHaveAttribute('data-held', 'false');
  await expect(plotY).toHaveAttribute('aria-busy', 'false');
  await expect.poll(() => partialTex(y)).not.toBe(texBefore);
  expect(await partialTex(y)).toContain('1.77');
  await expect.poll(() => curve(y).getAttribute('d')).not.toBe(pathBefore);

  // Out of sight again, another formula: held; opening the Export menu brings it up to date
  // before the figures are listed.
  await toTop();
  const pathHeld = await curve(y).getAttribute('d');
  await shownFormula(page, '1/2 (sigmoid(0.55 w1 x1 + w2 x2) - y)^2');
  await expect(plotY).toHaveAttribute('data-held', 'true');
  expect(await curve(y).getAttribute('d')).toBe(pathHeld);
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-panel')).toBeVisible();
  await expect(plotY).toHaveAttribute('data-held', 'false');
  expect(await curve(y).getAttribute('d')).not.toBe(pathHeld);
  expect(await partialTex(y)).toContain('0.55');
});
