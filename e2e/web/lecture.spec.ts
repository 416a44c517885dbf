/**
 * Lecture mode as an instructor uses it: F5 to present, the clicker's PageDown/PageUp to step, B to
 * blank the screen, a number + Enter to jump, Esc to leave. The projector theme is in force while
 * presenting and the sidebar and toolbar are gone.
 */
import { expect, openApp, test } from './fixtures';

test.use({ locale: 'en-US' });

test('present the gradient-descent extension with the clicker keys', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  const app = page.getByTestId('app');
  const counter = page.getByTestId('lecture-counter');
  const caption = page.getByTestId('lecture-caption');

  await page.keyboard.press('F5');
  await expect(app).toHaveAttribute('data-lecture', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.getByTestId('sidebar')).toHaveCount(0);
  await expect(page.getByTestId('toolbar')).toHaveCount(0);
  await expect(counter).toHaveAttribute('data-index', '0');
  await expect(caption).toContainText('∇f = (∂f/∂x, ∂f/∂y)');
  // Step 1 is the bowl at (1.5, 1), whose gradient is (3, 2).
  await expect(page.getByTestId('slope-x-value')).toHaveAttribute('data-value', '3');
  await expect(page.getByTestId('slope-y-value')).toHaveAttribute('data-value', '2');

  await page.keyboard.press('PageDown');
  await expect(counter).toHaveAttribute('data-index', '1');
  await expect(page.getByTestId('toggle-tangent-plane')).toBeChecked();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(counter).toHaveAttribute('data-index', '3');
  // Step 4 turns to the directional derivative: the dial is on screen.
  await expect(page.getByTestId('tab-gradient')).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('b');
  await expect(page.getByTestId('lecture-blank')).toHaveAttribute('data-blank', 'black');
  const px = await page.screenshot({ clip: { x: 700, y: 400, width: 4, height: 4 } });
  expect(px.length).toBeGreaterThan(0);
  await page.keyboard.press('b');
  await expect(page.getByTestId('lecture-blank')).toHaveCount(0);
  await expect(counter).toHaveAttribute('data-index', '3');

  // Number + Enter jumps: step 7 starts a gradient-descent walker.
  await page.keyboard.press('7');
  await expect(page.getByTestId('lecture-typed')).toContainText('7');
  await page.keyboard.press('Enter');
  await expect(counter).toHaveAttribute('data-index', '6');
  await expect(page.getByTestId('tab-descent')).toHaveAttribute('aria-selected', 'true');
  await expect(caption).toContainText('η = 0.1');

  await page.keyboard.press('PageUp');
  await expect(counter).toHaveAttribute('data-index', '5');
  await expect(page.getByTestId('tab-gradient')).toHaveAttribute('aria-selected', 'true');

  await page.screenshot({ path: 'test-results/lecture-descent.png' });
  await page.keyboard.press('Escape');
  await expect(app).toHaveAttribute('data-lecture', 'false');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByTestId('sidebar')).toBeVisible();
});
