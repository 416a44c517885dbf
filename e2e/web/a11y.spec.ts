/**
 * Accessibility audit: axe-core over every chapter, in both languages and all three themes. A serious
 * or critical violation fails the test. One page load per chapter and language; the themes are
 * switched in place (the toolbar's theme buttons), so the whole matrix stays quick.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CHAPTERS = ['limits', 'derivatives', 'chain-rule', 'graphs', 'descent', 'summary'] as const;
const LANGUAGES = ['en', 'zh-CN'] as const;
const THEMES = ['light', 'dark', 'projector'] as const;

/** The serious and critical violations on the page, one line each (rule, node, message) for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // Experimental in axe, but WCAG 2.5.3: a control's name contains its visible text.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  const lines: string[] = [];
  for (const v of result.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    for (const n of v.nodes) lines.push(`${v.id} [${v.impact}] ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`);
  }
  return lines;
}

for (const chapter of CHAPTERS) {
  for (const lang of LANGUAGES) {
    test(`${chapter} (${lang}): no serious or critical axe violation in any theme`, async ({ page, offsite, consoleErrors }) => {
      void offsite;
      void consoleErrors;
      // Three full axe passes over a rich page: allow more than the default per-test time.
      test.setTimeout(180_000);
      await page.goto(`/#/${chapter}`);
      await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
      await page.getByTestId('language-select').selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const found: string[] = [];
      for (const theme of THEMES) {
        await page.getByTestId(`theme-${theme}`).click();
        await expect(page.getByTestId(`theme-${theme}`)).toHaveAttribute('aria-checked', 'true');
        // Let transitions (colour fades) finish so contrast is measured on the final colours.
        await page.waitForTimeout(300);
        for (const line of await seriousViolations(page)) found.push(`${theme}: ${line}`);
      }
      expect(found, 'serious/critical axe violations').toEqual([]);
    });
  }
}

/*
 * The explorer's compact header (a short scene: the 1280×720 and 1024×768 projectors), whose
 * parts scroll (the example chips sideways) or open over the rows below (a refused formula),
 * in both languages: no serious or critical violation either (issue 9).
 */
test('descent on a 1280×720 projector (compact header): no serious or critical axe violation', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/descent');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('theme-projector').click();
  await page.getByTestId('preset-deck-loss').click();
  const found: string[] = [];
  for (const lang of LANGUAGES) {
    await page.getByTestId('language-select').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.getByTestId('formula-input').fill('1/2 (sigmoid(w1 x1 + w2 x2) - y)^2');
    await page.waitForTimeout(300);
    for (const line of await seriousViolations(page)) found.push(`${lang}: ${line}`);
    await page.getByTestId('formula-input').fill('w1^2 + (w2');
    await expect(page.getByTestId('formula-error')).toBeVisible();
    for (const line of await seriousViolations(page)) found.push(`${lang}, refused formula: ${line}`);
  }
  expect(found, 'serious/critical axe violations').toEqual([]);
});
