/**
 * Presenting chapters 1–3 in lecture mode with only a clicker (PageDown/PageUp): the numbers the
 * captions promise are read off the screen and compared with values computed here, and the deck
 * runs on from chapter 1 into chapter 2 and from chapter 3 into chapter 4.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

async function present(page: Page, chapter: string, ready: string): Promise<void> {
  await page.goto(`/#/${chapter}`);
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId(ready)).toBeVisible();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('app')).toHaveAttribute('data-lecture', 'true');
  await expect(page.getByTestId('lecture-counter')).toHaveAttribute('data-index', '0');
}

/** PageDown `n` times, then waits for the counter to show step `index` (0-based). */
async function forward(page: Page, n: number, index: number): Promise<void> {
  for (let i = 0; i < n; i++) await page.keyboard.press('PageDown');
  await expect(page.getByTestId('lecture-counter')).toHaveAttribute('data-index', String(index));
}

const num = async (page: Page, testid: string): Promise<number> => Number(await page.getByTestId(testid).first().getAttribute('data-value'));

test('present chapter 1: the walkers, the examples, ε-δ on x² at 3, the challenge and the laws', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await present(page, 'limits', 'limits-scene');
  const caption = page.getByTestId('lecture-caption');
  await expect(page.getByTestId('lecture-counter')).toHaveAttribute('data-count', '18');
  await expect(caption).toContainText('a = 3');
  await expect.poll(() => num(page, 'limits-L')).toBe(9);

  await forward(page, 1, 1);
  await expect(page.getByTestId('limits-play')).toHaveAttribute('aria-pressed', 'true');
  // The walkers move: the distance to a shrinks while the step is on screen.
  const d0 = await num(page, 'limits-distance');
  await expect.poll(() => num(page, 'limits-distance')).toBeLessThan(d0);

  // The removable hole: (x² − 4)/(x − 2) → 2 + 2 = 4.
  await forward(page, 1, 2);
  await expect.poll(() => num(page, 'limits-L')).toBe(4);
  await expect(page.getByTestId('limits-verdict')).toHaveAttribute('data-removable', 'true');
  await forward(page, 1, 3);
  await expect(page.getByTestId('limits-verdict')).toHaveAttribute('data-verdict', 'one-sided-only');
  await forward(page, 1, 4);
  await expect(page.getByTestId('limits-verdict')).toHaveAttribute('data-verdict', 'infinite');
  await forward(page, 1, 5);
  await expect(page.getByTestId('limits-verdict')).toHaveAttribute('data-verdict', 'oscillates');

  // ε-δ on x² at 3: the largest δ is the deck's √(9 + ε) − 3.
  await forward(page, 1, 6);
  await expect(page.getByTestId('limits-tab-epsilon')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => num(page, 'limits-largest-delta')).toBeCloseTo(Math.sqrt(10) - 3, 6);
  await expect(caption).toContainText((Math.sqrt(10) - 3).toFixed(4));
  await forward(page, 1, 7);
  await expect.poll(() => num(page, 'limits-largest-delta')).toBeCloseTo(Math.sqrt(9.1) - 3, 7);
  await expect.poll(() => num(page, 'limits-deck-delta')).toBeCloseTo(Math.sqrt(9.1) - 3, 7);
  await page.screenshot({ path: 'test-results/lecture-limits-eps.png' });
  // Back one step: ε = 1 again.
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('lecture-counter')).toHaveAttribute('data-index', '6');
  await expect.poll(() => num(page, 'limits-largest-delta')).toBeCloseTo(Math.sqrt(10) - 3, 6);

  // The challenge: δ = 0.5 fails with a counterexample, δ = 0.15 < √10 − 3 holds.
  await forward(page, 4, 10);
  await expect(page.getByTestId('limits-check-result')).toHaveAttribute('data-kind', 'counterexample');
  const cx = await num(page, 'limits-counter-x');
  expect(Math.abs(cx - 3)).toBeLessThan(0.5);
  expect(Math.abs(cx * cx - 9)).toBeGreaterThanOrEqual(1);
  await forward(page, 1, 11);
  await expect(page.getByTestId('limits-check-result')).toHaveAttribute('data-kind', 'confirmed');

  // The laws at x = 2 with f = x², g = x + 1.
  await forward(page, 1, 12);
  await expect.poll(() => num(page, 'limits-law-sum-numeric')).toBeCloseTo(2 ** 2 + (2 + 1), 9);
  await expect.poll(() => num(page, 'limits-law-product-numeric')).toBeCloseTo(2 ** 2 * (2 + 1), 9);
  await expect.poll(() => num(page, 'limits-law-quotient-numeric')).toBeCloseTo(2 ** 2 / (2 + 1), 9);
  await forward(page, 3, 15);
  await expect(page.getByTestId('limits-law-quotient-status')).toHaveAttribute('data-status', 'zero-denominator');
  await forward(page, 1, 16);
  await expect(page.getByTestId('limits-comp-status')).toHaveAttribute('data-status', 'theorem');
  await forward(page, 1, 17);
  await expect(page.getByTestId('limits-comp-status')).toHaveAttribute('data-status', 'not-covered');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('app')).toHaveAttribute('data-lecture', 'false');
});

test('present chapter 2: secant to tangent, the tiny-h trap, first principles, the rules, partials', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await present(page, 'derivatives', 'derivatives-scene');
  await expect(page.getByTestId('lecture-counter')).toHaveAttribute('data-count', '20');
  await expect.poll(() => num(page, 'secant-slope')).toBeCloseTo(Math.sin(2) - Math.sin(1), 12);
  // Play h → 0: the secant's slope settles on cos 1.
  await forward(page, 1, 1);
  await expect.poll(() => num(page, 'secant-slope'), { timeout: 15_000 }).toBeCloseTo(Math.cos(1), 6);
  await expect.poll(() => num(page, 'derivative-value')).toBeCloseTo(Math.cos(1), 12);
  await forward(page, 1, 2);
  await expect.poll(() => num(page, 'derivative-value')).toBeCloseTo(Math.cos(2.5), 12);
  // The error table: at h = 10⁻¹⁶, 1 + h is 1 and the forward quotient is 0.
  await forward(page, 2, 4);
  await expect(page.getByTestId('h-row-16')).toHaveAttribute('data-h', '1e-16');
  await expect(page.getByTestId('h-row-16-forward')).toHaveAttribute('data-value', String((Math.sin(1 + 1e-16) - Math.sin(1)) / 1e-16));
  await expect(page.getByTestId('h-row-16-forward')).toHaveAttribute('data-value', '0');
  // First principles for xⁿ, one step per click.
  await forward(page, 1, 5);
  await expect(page.getByTestId('principles-count')).toHaveText('Step 1/4');
  await forward(page, 3, 8);
  await expect(page.getByTestId('principles-count')).toHaveText('Step 4/4');
  await forward(page, 2, 10);
  await expect(page.getByTestId('principles-count')).toHaveText('Step 5/5');
  // The rules: the quotient rule and the deck's erratum.
  await forward(page, 6, 16);
  await expect(page.getByTestId('quotient-erratum')).toBeVisible();
  // Partials on the bowl at (1.5, 1): ∂f/∂x = 2·1.5, then ∂f/∂y = 2·1.
  await forward(page, 1, 17);
  await expect.poll(() => num(page, 'partial-symbolic')).toBeCloseTo(2 * 1.5, 12);
  await forward(page, 1, 18);
  await expect.poll(() => num(page, 'partial-symbolic')).toBeCloseTo(2 * 1, 12);
  await page.screenshot({ path: 'test-results/lecture-derivatives-partials.png' });
  await page.keyboard.press('PageUp');
  await expect.poll(() => num(page, 'partial-symbolic')).toBeCloseTo(3, 12);
});

test('present chapter 3: the split, 7680, Δx → 0, Δu = 0, the paths 83 and 304, the derivation', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await present(page, 'chain-rule', 'chain-scene');
  await expect(page.getByTestId('lecture-counter')).toHaveAttribute('data-count', '17');
  await forward(page, 2, 2);
  // y = u⁵, u = 3x² + 1 at x = 1, by hand.
  const u = 3 * 1 ** 2 + 1;
  const dydu = 5 * u ** 4;
  const dudx = 6 * 1;
  await expect.poll(() => num(page, 'chain-eq-dydu')).toBeCloseTo(dydu, 9);
  await expect.poll(() => num(page, 'chain-eq-dudx')).toBeCloseTo(dudx, 12);
  await expect.poll(() => num(page, 'chain-eq-dydx')).toBeCloseTo(dydu * dudx, 8);
  expect(dydu * dudx).toBe(7680);
  await expect(page.getByTestId('lecture-caption')).toContainText('7680');
  await expect(page.getByTestId('chain-erratum')).toBeVisible();
  await page.screenshot({ path: 'test-results/lecture-chain-7680.png' });
  // Propagation: Δx = 0.1, then the sweep settles dy/dx at 7680.
  await forward(page, 2, 4);
  await expect.poll(() => num(page, 'chain-dx')).toBeCloseTo(0.1, 15);
  await forward(page, 1, 5);
  await expect.poll(() => num(page, 'chain-dx'), { timeout: 15_000 }).toBeCloseTo(1e-9, 15);
  // Δu = 0: from x = 0.05 with Δx = −0.1.
  await forward(page, 2, 7);
  await expect(page.getByTestId('chain-du-zero')).toBeVisible();
  // Several variables at (1, 2): u = 2, v = 5; the path products and their sums.
  await forward(page, 3, 10);
  const [x, y, uu, vv] = [1, 2, 1 * 2, 1 + 2 ** 2];
  await expect.poll(() => num(page, 'chain-path-x-u')).toBeCloseTo(2 * uu * y, 12);
  await expect.poll(() => num(page, 'chain-path-x-v')).toBeCloseTo(3 * vv ** 2 * 1, 12);
  await expect.poll(() => num(page, 'chain-sum-x')).toBeCloseTo(2 * uu * y + 3 * vv ** 2, 12);
  await expect.poll(() => num(page, 'chain-sum-y')).toBeCloseTo(2 * uu * x + 3 * vv ** 2 * 2 * y, 12);
  expect([2 * uu * y + 3 * vv ** 2, 2 * uu * x + 3 * vv ** 2 * 2 * y]).toEqual([83, 304]);
  // The total-differential derivation, one step per click.
  await forward(page, 2, 12);
  await expect(page.getByTestId('chain-diff-count')).toHaveText('Step 1 of 5');
  await forward(page, 4, 16);
  await expect(page.getByTestId('chain-diff-count')).toHaveText('Step 5 of 5');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('chain-diff-count')).toHaveText('Step 4 of 5');
});

test('the deck runs on: chapter 1 into chapter 2, and chapter 3 into chapter 4, and back', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  const counter = page.getByTestId('lecture-counter');
  await present(page, 'limits', 'limits-scene');
  await forward(page, 17, 17);
  await expect(page.getByTestId('limits-comp-status')).toHaveAttribute('data-status', 'not-covered');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/derivatives(\?s=[\w.-]+)?$/);
  await expect(counter).toHaveAttribute('data-index', '0');
  await expect.poll(() => num(page, 'secant-slope')).toBeCloseTo(Math.sin(2) - Math.sin(1), 12);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/limits(\?s=[\w.-]+)?$/);
  await expect(counter).toHaveAttribute('data-index', '17');
  await expect(page.getByTestId('limits-comp-status')).toHaveAttribute('data-status', 'not-covered');
  await page.keyboard.press('Escape');

  await page.goto('/#/chain-rule');
  await expect(page.getByTestId('chain-scene')).toBeVisible();
  await page.keyboard.press('F5');
  await forward(page, 16, 16);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/graphs(\?s=[\w.-]+)?$/);
  await expect(counter).toHaveAttribute('data-index', '0');
  await expect(page.getByTestId('lecture-caption')).toContainText('computational graph');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/chain-rule(\?s=[\w.-]+)?$/);
  await expect(counter).toHaveAttribute('data-index', '16');
  await expect(page.getByTestId('chain-diff-count')).toHaveText('Step 5 of 5');
});
