/**
 * Chapter 2 as a student meets it: the secant turning into the tangent, the floating-point table
 * of h → 0, a row of the deck's derivative table checked three ways, the quotient rule traced on
 * a typed formula, and a partial derivative as a difference quotient on the explorer's surface.
 * Every expected number is computed here, independently of the app.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

async function open(page: Page): Promise<void> {
  await page.goto('/#/derivatives');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('derivatives-scene')).toBeVisible();
}

const valueOf = async (page: Page, testid: string): Promise<number> => Number(await page.getByTestId(testid).getAttribute('data-value'));

test('secant → tangent: f = x³ at x = 1 has f′ = 3 and the secant of h = 0.1 has slope ((1.1)³ − 1)/0.1', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await open(page);
  await page.getByTestId('secant-formula-input').fill('x^3');
  await page.getByTestId('secant-x-input').fill('1');
  await page.getByTestId('secant-h-slider').fill('-1');
  await expect(page.getByTestId('secant-h-value')).toHaveText('10⁻¹');
  await expect(page.getByTestId('derivative-value')).toHaveText('3');
  expect(await valueOf(page, 'derivative-value')).toBe(3);
  const expected = (1.1 ** 3 - 1) / 0.1;
  expect(await valueOf(page, 'secant-slope')).toBeCloseTo(expected, 10);
  await expect(page.getByTestId('secant-slope')).toHaveText(String(Number(expected.toPrecision(8))));
  await expect(page.getByTestId('secant-derivative-katex')).toContainText('3');
  // Play h → 0: h runs down to 10⁻⁸ and the secant slope converges to f′(1) = 3.
  await page.getByTestId('secant-h-play').click();
  await expect(page.getByTestId('secant-h-value')).toHaveText('10⁻⁸', { timeout: 20_000 });
  expect(Math.abs((await valueOf(page, 'secant-slope')) - 3)).toBeLessThan(1e-6);
  // The other side: h = −0.1 gives ((0.9)³ − 1)/(−0.1).
  await page.getByTestId('secant-h-slider').fill('-1');
  await page.getByTestId('secant-h-minus').click();
  expect(await valueOf(page, 'secant-slope')).toBeCloseTo((0.9 ** 3 - 1) / -0.1, 10);
  // Hovering the curve reads f and f′ there and draws the tangent at the cursor.
  const box = await page.getByTestId('secant-plot').boundingBox();
  if (!box) throw new Error('no plot');
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5);
  await expect(page.getByTestId('cursor-tangent')).toBeVisible();
  const reading = await page.getByTestId('cursor-reading').textContent();
  const m = /x = (-?[\d.]+): f\(x\) = (-?[\d.]+), f′\(x\) = (-?[\d.]+)/.exec((reading ?? '').replace(/−/g, '-'));
  expect(m, reading ?? '').not.toBeNull();
  const cx = Number(m?.[1]);
  expect(Number(m?.[2])).toBeCloseTo(cx ** 3, 2);
  expect(Number(m?.[3])).toBeCloseTo(3 * cx ** 2, 2);
  // |x| at 0 has a corner: the one-sided slopes are +1 and −1, and the app says f′(0) does not exist.
  await page.getByTestId('secant-example-abs').click();
  await expect(page.getByTestId('secant-corner')).toContainText(/tends to 1 from the right .* to −1 from the left/);
  await page.getByTestId('secant-h-slider').fill('-3');
  expect(await valueOf(page, 'secant-slope')).toBeCloseTo(-1, 12);
  await page.getByTestId('secant-h-plus').click();
  expect(await valueOf(page, 'secant-slope')).toBeCloseTo(1, 12);
});

test('the h table: the row h = 10⁻⁸ is the forward difference, and h = 10⁻¹⁶ is 0 at x = 1', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await open(page);
  await page.getByTestId('secant-formula-input').fill('x^3');
  await page.getByTestId('secant-x-input').fill('1');
  await page.getByTestId('pane-errors').click();
  await expect(page.getByTestId('h-table')).toBeVisible();
  await expect(page.getByTestId('h-row-8')).toHaveAttribute('data-h', '1e-8');
  const f = (x: number): number => x * x * x;
  const forward = (f(1 + 1e-8) - f(1)) / 1e-8;
  const central = (f(1 + 1e-8) - f(1 - 1e-8)) / 2e-8;
  expect(await valueOf(page, 'h-row-8-forward')).toBeCloseTo(forward, 6);
  expect(await valueOf(page, 'h-row-8-central')).toBeCloseTo(central, 6);
  expect(await valueOf(page, 'h-row-8-forward-error')).toBeCloseTo(Math.abs(forward - 3), 6);
  // 1 + 1e-16 == 1 in doubles: the forward quotient is exactly 0 and the row says why.
  expect(await valueOf(page, 'h-row-16-forward')).toBe(0);
  await expect(page.getByTestId('h-row-16')).toContainText('x + h = x');
  await expect(page.getByTestId('why-tiny-h')).toContainText('catastrophic cancellation');
  // The truncation-vs-rounding V: the error at 1e-8 beats both 1e-1 and 1e-15.
  const e8 = await valueOf(page, 'h-row-8-forward-error');
  expect(e8).toBeLessThan(await valueOf(page, 'h-row-1-forward-error'));
  expect(e8).toBeLessThan(await valueOf(page, 'h-row-15-forward-error'));
  await expect(page.getByTestId('error-plot')).toBeVisible();
});

test('the derivative table: ln x, the three numbers agree with 1/x', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await open(page);
  await page.getByTestId('derivatives-tab-table').click();
  await page.getByTestId('row-ln').click();
  await expect(page.getByTestId('table-row-head')).toHaveAttribute('data-row', 'ln');
  const check = page.getByTestId('table-check');
  await expect(check).toHaveAttribute('data-agree', 'true');
  await expect(page.getByTestId('check-verdict')).toContainText('All three agree');
  const x = Number(await check.getAttribute('data-x'));
  expect(x).toBeGreaterThan(0);
  expect(await valueOf(page, 'check-symbolic')).toBeCloseTo(1 / x, 12);
  expect(await valueOf(page, 'check-central')).toBeCloseTo(1 / x, 8);
  expect(await valueOf(page, 'check-deck-0')).toBeCloseTo(1 / x, 12);
  await expect(page.getByTestId('table-domain')).toContainText('x>0');
  // Moving the cursor moves the check, and it still agrees (x = 3.2 is inside the domain).
  const plot = page.getByTestId('table-plot');
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5);
  await expect.poll(async () => Number(await check.getAttribute('data-x'))).not.toBe(x);
  const x2 = Number(await check.getAttribute('data-x'));
  expect(await valueOf(page, 'check-symbolic')).toBeCloseTo(1 / x2, 12);
  await expect(check).toHaveAttribute('data-agree', 'true');
});

test('the rules: the quotient example is traced with the quotient rule, and the erratum is shown', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await open(page);
  await page.getByTestId('derivatives-tab-rules').click();
  await page.getByTestId('rules-example-product').click();
  await expect(page.getByTestId('rule-step').first()).toHaveAttribute('data-rule', 'product');
  await page.getByTestId('rules-example-quotient').click();
  const root = page.getByTestId('rule-step').first();
  await expect(root).toHaveAttribute('data-rule', 'quotient');
  await expect(root.getByTestId('rule-name').first()).toHaveText('Quotient rule');
  await expect(root.getByTestId('quotient-erratum-step')).toBeVisible();
  await expect(page.getByTestId('quotient-erratum')).toBeVisible();
  await expect(page.getByTestId('rules-result-katex')).toBeVisible();
  // A typed formula: a chain inside a product.
  await page.getByTestId('rules-formula-input').fill('x sin(x^2)');
  await expect(page.getByTestId('rule-step').first()).toHaveAttribute('data-rule', 'product');
  await expect(page.locator('[data-testid="rule-step"][data-rule="function"][data-chain="true"]')).toHaveCount(1);
});

test('partial derivatives: the difference quotient along x with a small h matches ∂f/∂x of the explorer’s surface', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await open(page);
  await page.getByTestId('derivatives-tab-partials').click();
  await expect(page.getByTestId('partials-canvas')).toHaveAttribute('data-triangles', /^[1-9]\d*$/);
  await page.getByTestId('partials-preset-bowl').click();
  await expect(page.getByTestId('partials-formula-input')).toHaveValue('x^2 + y^2');
  const a = Number((await page.getByTestId('partials-a-input').inputValue()).replace(/−/g, '-'));
  const b = Number((await page.getByTestId('partials-b-input').inputValue()).replace(/−/g, '-'));
  // f = x² + y²: ∂f/∂x = 2a, and the forward quotient with step h is exactly 2a + h.
  await page.getByTestId('partials-h-slider').fill('-1');
  expect(await valueOf(page, 'partial-quotient')).toBeCloseTo(2 * a + 0.1, 9);
  await page.getByTestId('partials-h-slider').fill('-6');
  expect(await valueOf(page, 'partial-quotient')).toBeCloseTo(2 * a, 5);
  expect(await valueOf(page, 'partial-symbolic')).toBeCloseTo(2 * a, 12);
  // The explorer's own slice panel reports the same slope.
  expect(await valueOf(page, 'slope-x-value')).toBeCloseTo(2 * a, 9);
  // Freeze x instead: ∂f/∂y = 2b.
  await page.getByTestId('freeze-x').click();
  expect(await valueOf(page, 'partial-quotient')).toBeCloseTo(2 * b, 5);
  expect(await valueOf(page, 'partial-symbolic')).toBeCloseTo(2 * b, 12);
  // Same session as the explorer: moving the point here moves it there.
  await page.getByTestId('partials-a-input').fill('-0.5');
  await page.getByTestId('chapter-descent').click();
  // Number boxes show the minus sign U+2212 (and accept both signs when typed).
  await expect(page.getByTestId('point-a-input')).toHaveValue('−0.5');
});

for (const [w, h] of [
  [1440, 900],
  [1024, 768],
] as const) {
  test(`every section fits ${w}×${h} in Chinese without horizontal overflow`, async ({ page, offsite, consoleErrors }) => {
    void offsite;
    void consoleErrors;
    await page.setViewportSize({ width: w, height: h });
    await page.addInitScript(() => localStorage.setItem('gradient-lab.preferences.v1', JSON.stringify({ language: 'zh-CN', theme: 'projector', uiScale: 1 })));
    await open(page);
    await expect(page.getByTestId('app')).toHaveAttribute('data-locale', 'zh-CN');
    for (const id of ['secant', 'principles', 'table', 'rules', 'partials']) {
      await page.getByTestId(`derivatives-tab-${id}`).click();
      await expect(page.getByTestId(`derivatives-${id}`)).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${id}: page wider than the window`).toBeLessThanOrEqual(0);
      const panelOverflow = await page.getByTestId(`derivatives-${id}-panel`).evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(panelOverflow, `${id}: side panel scrolls sideways`).toBeLessThanOrEqual(1);
    }
  });
}
