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

test('teach chapter 4 with only the clicker: forward node by node, backward edge by edge, the update', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await page.goto('/#/graphs');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-nodes', /^[1-9]\d*$/);
  const counter = page.getByTestId('lecture-counter');
  const node = (id: string) => page.getByTestId(`graph-node-${id}`);
  const value = async (id: string) => Number(await node(id).getAttribute('data-value'));
  const grad = async (id: string) => Number(await node(id).getAttribute('data-grad'));

  await page.keyboard.press('F5');
  await expect(counter).toHaveAttribute('data-index', '0');
  const count = Number(await counter.getAttribute('data-count'));
  expect(count).toBe(17);
  // Forward: five operations, u₁ … L, each on its own click.
  await page.keyboard.press('PageDown');
  await expect(node('u1')).toHaveAttribute('data-value', '0.5');
  await expect(node('u2')).toHaveAttribute('data-value', '');
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  await expect(counter).toHaveAttribute('data-index', '5');
  const sigma = (z: number) => 1 / (1 + Math.exp(-z));
  const yhat = sigma(0.5 * 1 + -0.25 * 2);
  expect(await value('yhat')).toBeCloseTo(yhat, 12);
  expect(await value('L')).toBeCloseTo(0.5 * (yhat - 1) ** 2, 12);
  await page.screenshot({ path: 'test-results/lecture-graph-forward.png' });
  // Backward: the seed, then one edge per click; the parameters' gradients are the deck's products.
  for (let i = 0; i < 10; i++) await page.keyboard.press('PageDown');
  await expect(counter).toHaveAttribute('data-index', '15');
  expect(await grad('w1')).toBeCloseTo((yhat - 1) * yhat * (1 - yhat) * 1, 12);
  expect(await grad('w2')).toBeCloseTo((yhat - 1) * yhat * (1 - yhat) * 2, 12);
  await page.screenshot({ path: 'test-results/lecture-graph-backward.png' });
  // B blanks the hall's screen and B brings it back, on the same step.
  await page.keyboard.press('b');
  await expect(page.getByTestId('lecture-blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('lecture-blank')).toHaveCount(0);
  // The update with η = 1 lowers the loss.
  await page.keyboard.press('PageDown');
  await expect(counter).toHaveAttribute('data-index', '16');
  await expect.poll(() => value('w1')).toBeCloseTo(0.625, 12);
  const after = sigma(0.625 * 1 + 0 * 2);
  await expect.poll(() => value('L')).toBeCloseTo(0.5 * (after - 1) ** 2, 12);
  // Past the last step the deck goes on to the extension slides in the explorer, and back.
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('chapter-descent')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/descent(\?s=[\w.-]+)?$/);
  await expect(counter).toHaveAttribute('data-index', '0');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/graphs(\?s=[\w.-]+)?$/);
  await expect(counter).toHaveAttribute('data-index', '16');
  await expect.poll(() => value('w1')).toBeCloseTo(0.625, 12);
  await page.keyboard.press('PageUp');
  await expect(counter).toHaveAttribute('data-index', '15');
  await expect.poll(() => value('w1')).toBe(0.5);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('app')).toHaveAttribute('data-lecture', 'false');
});
