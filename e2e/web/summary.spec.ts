/**
 * Chapter 5, the summary: every formula is a link to the live scene that shows it. Each link is
 * clicked and must land on its chapter (the URL hash and the scene on screen), then the test
 * comes back to the summary for the next one.
 */
import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

/** Chapter id → the scene slot the app shows for it (renderer/src/shell/chapters.ts). */
const SCENE: Record<string, string> = {
  limits: 'limits',
  derivatives: 'derivatives',
  'chain-rule': 'chain',
  graphs: 'graph',
  descent: 'surface',
};

test('every formula of the summary opens its chapter', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await page.goto('/#/summary');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('summary-scene')).toBeVisible();

  const links = page.locator('[data-testid^="summary-link-"]');
  const count = await links.count();
  expect(count).toBe(8);
  const targets = new Set<string>();
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const chapter = await link.getAttribute('data-chapter');
    expect(chapter && SCENE[chapter], `link ${i} names a chapter`).toBeTruthy();
    targets.add(chapter!);
    await expect(link.locator('.katex').first()).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#/${chapter}(\\?s=[\\w.-]+)?$`));
    await expect(page.locator(`.scene-slot[data-scene="${SCENE[chapter!]}"]`)).toBeVisible();
    await expect(page.getByTestId(`chapter-${chapter}`)).toHaveAttribute('aria-current', /page|true/);
    await page.getByTestId('chapter-summary').click();
    await expect(page.getByTestId('summary-scene')).toBeVisible();
  }
  // The chain reaches every chapter before the summary.
  expect([...targets].sort()).toEqual(['chain-rule', 'derivatives', 'descent', 'graphs', 'limits']);
});

test('the whole chain fits a 1024 × 768 window without scrolling, in both languages', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#/summary');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  for (const language of ['en', 'zh-CN']) {
    await page.getByTestId('language-select').selectOption(language);
    await expect(page.getByTestId('app')).toHaveAttribute('data-locale', language);
    for (const id of ['limit', 'derivative', 'partial', 'chain-single', 'chain-multi', 'backprop', 'gradient', 'update']) {
      await expect(page.getByTestId(`summary-link-${id}`), `${id} in ${language}`).toBeInViewport({ ratio: 1 });
    }
  }
});
