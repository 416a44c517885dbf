/**
 * Chapter 3, the chain rule, as a student uses it: the deck's (3x² + 1)⁵ through three linked
 * plots with the slopes multiplying on screen, a typed composition split automatically, a nudge
 * Δx shrinking to a stationary point of u where Δu becomes exactly 0, the several-variables path
 * sums at (1, 2), and the hand-off of z(x, y) to the graph canvas. Every expected number is
 * computed here from the formulas, never copied from the app.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

async function openChain(page: Page): Promise<void> {
  await page.goto('/#/chain-rule');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('chain-scene')).toBeVisible();
}

const value = async (l: Locator): Promise<number> => {
  const v = await l.getAttribute('data-value');
  expect(v, 'data-value present').not.toBeNull();
  expect(v).not.toBe('');
  return Number(v);
};

/** The number as shown on screen (formatSig: Unicode minus, no grouping). */
const shown = async (l: Locator): Promise<number> => Number((await l.innerText()).trim().replace('−', '-'));

// y = (3x² + 1)⁵, u = 3x² + 1: by hand.
const u = (x: number) => 3 * x * x + 1;
const dudx = (x: number) => 6 * x;
const dydu = (uu: number) => 5 * uu ** 4;
const dydx = (x: number) => 30 * x * u(x) ** 4;

test('the deck\'s (3x² + 1)⁵ at x = 1: du/dx · dy/du = dy/dx = 30·1·4⁴ = 7680, corrected against the deck', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openChain(page);
  await expect(page.getByTestId('chain-split-outer')).toHaveAttribute('data-text', 'u^5');
  await expect(page.getByTestId('chain-split-inner')).toHaveAttribute('data-text', '3x^2 + 1');

  const expected = 30 * 1 * 4 ** 4;
  const [a, b, c] = await Promise.all(['chain-dudx', 'chain-dydu', 'chain-dydx'].map((id) => value(page.getByTestId(id))));
  expect(c).toBeCloseTo(expected, 9);
  expect(a! * b!).toBeCloseTo(c!, 9);
  // The same numbers as a person reads them, in the equation under the plots.
  expect(await shown(page.getByTestId('chain-eq-dydx'))).toBe(expected);
  expect((await shown(page.getByTestId('chain-eq-dudx'))) * (await shown(page.getByTestId('chain-eq-dydu')))).toBe(expected);
  await expect(page.getByTestId('chain-eq-check')).toBeVisible();
  // The symbolic result keeps the x the deck lost, and the erratum says so.
  await expect(page.getByTestId('chain-erratum')).toContainText(/the deck writes/i);
  await expect(page.getByTestId('chain-symbolic')).toBeVisible();

  // Moving x on one plot moves all three points; the slopes still follow the closed forms.
  const plot = page.getByTestId('chain-plot-xu');
  const box = await plot.boundingBox();
  if (!box) throw new Error('plot not on screen');
  await plot.click({ position: { x: box.width * 0.3, y: box.height * 0.5 } });
  await expect.poll(() => value(page.getByTestId('chain-eq-x'))).not.toBe(1);
  const x = await value(page.getByTestId('chain-eq-x'));
  expect(Number((await page.getByTestId('chain-x-input').inputValue()).replace(/−/g, '-'))).toBeCloseTo(x, 4);
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  expect(close(await value(page.getByTestId('chain-dudx')), dudx(x))).toBe(true);
  expect(close(await value(page.getByTestId('chain-dydu')), dydu(u(x)))).toBe(true);
  expect(close(await value(page.getByTestId('chain-dydx')), dydx(x))).toBe(true);
  // Each plot marks its point: (x, u) on the first, (u, y) on the second, (x, y) on the third.
  for (const id of ['xu', 'uy', 'xy']) await expect(page.getByTestId(`chain-plot-${id}-layer-point`)).toBeVisible();
});

test('a typed composition is split automatically, and a product offers its composed factor', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openChain(page);
  await page.getByTestId('chain-formula-input').fill('sin(x^2)');
  await expect(page.getByTestId('chain-split-outer')).toHaveAttribute('data-text', 'sin(u)');
  await expect(page.getByTestId('chain-split-inner')).toHaveAttribute('data-text', 'x^2');
  // At x = 1: d/dx sin(x²) = 2x cos(x²) = 2 cos 1.
  await expect.poll(() => value(page.getByTestId('chain-dydx'))).toBeCloseTo(2 * Math.cos(1), 12);
  expect((await value(page.getByTestId('chain-dudx'))) * (await value(page.getByTestId('chain-dydu')))).toBeCloseTo(2 * Math.cos(1), 12);

  await page.getByTestId('chain-formula-input').fill('x sin(x^2)');
  await expect(page.getByTestId('chain-split-why')).toHaveAttribute('data-reason', 'product');
  await page.getByTestId('chain-focus-part').click();
  await expect(page.getByTestId('chain-formula-input')).toHaveValue('sin(x^2)');
  await expect(page.getByTestId('chain-split-outer')).toHaveAttribute('data-text', 'sin(u)');

  // xˣ is not a composition as typed; e^(x ln x) is, and the card offers it.
  await page.getByTestId('chain-formula-input').fill('x^x');
  await expect(page.getByTestId('chain-split-why')).toHaveAttribute('data-reason', 'variable-power');
  await page.getByTestId('chain-rewrite-power').click();
  await expect(page.getByTestId('chain-split-outer')).toHaveAttribute('data-text', 'e^u');
  await page.getByTestId('chain-formula-input').fill('sin(x^2)');

  // A broken formula keeps the last good split on screen.
  await page.getByTestId('chain-formula-input').fill('sin(x^2');
  await expect(page.getByTestId('chain-formula-error')).toBeVisible();
  await expect(page.getByTestId('chain-split-inner')).toHaveAttribute('data-text', 'x^2');
});

test('change propagates: the ratios approach the derivatives, and at x = 0 Δu/Δx → 0 until Δu is exactly 0', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openChain(page);
  await page.getByTestId('chain-tab-propagation').click();
  const setExponent = async (e: number) => {
    await page.getByTestId('chain-dx-slider').evaluate((el, v) => {
      const input = el as HTMLInputElement;
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, e);
  };
  // At x = 1 with Δx = 10⁻⁴: Δu/Δx = (3(1 + h)² − 3)/h = 6 + 3h exactly.
  await setExponent(-4);
  await expect(page.getByTestId('chain-dx')).toHaveAttribute('data-value', '0.0001');
  expect(await value(page.getByTestId('chain-ratio-du-dx'))).toBeCloseTo(6 + 3e-4, 8);
  expect(Math.abs((await value(page.getByTestId('chain-ratio-dy-dx'))) - dydx(1))).toBeLessThan(5);
  // Both signs: −Δx gives 6 − 3h.
  await page.getByTestId('chain-dx-minus').click();
  await expect.poll(() => value(page.getByTestId('chain-ratio-du-dx'))).toBeCloseTo(6 - 3e-4, 8);
  await page.getByTestId('chain-dx-plus').click();

  // The stationary point of u = 3x² + 1 is x = 0: there Δu/Δx = 3Δx → 0.
  await page.getByTestId('chain-stationary').click();
  await expect(page.getByTestId('chain-prop-x-input')).toHaveValue('0');
  await setExponent(-3);
  await expect.poll(() => value(page.getByTestId('chain-ratio-du-dx'))).toBeCloseTo(3e-3, 10);
  await expect(page.getByTestId('chain-stationary-note')).toBeVisible();
  // At Δx = 10⁻⁹, 1 + 3·10⁻¹⁸ rounds to 1: Δu = 0 and Δy/Δu cannot be formed.
  await setExponent(-9);
  await expect(page.getByTestId('chain-du-zero')).toBeVisible();
  expect(await value(page.getByTestId('chain-ratio-du-dx'))).toBe(0);
  expect(await page.getByTestId('chain-ratio-dy-du').getAttribute('data-value')).toBe('NaN');
  await expect(page.locator('[data-testid="chain-table-row"][data-du-zero="true"]').first()).toBeVisible();
  // The careful proof is one click away and shows φ(0) = f′(1) = 5.
  await page.getByTestId('chain-pane-proof').click();
  for (let i = 0; i < 4; i++) await page.getByTestId('chain-proof-next').click();
  await expect(page.getByTestId('chain-proof')).toHaveAttribute('data-step', 'careful');
  await expect(page.getByTestId('chain-proof-live')).toContainText('5');
});

test('several variables at (1, 2): the path sums are ∂z/∂x = 83 and ∂z/∂y = 304, as the direct partials', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openChain(page);
  await page.getByTestId('chain-tab-multi').click();

  // z = (xy)² + (x + y²)³ by hand: ∂z/∂x = 2xy² + 3(x + y²)², ∂z/∂y = 2x²y + 6y(x + y²)².
  const zx = (x: number, y: number) => 2 * x * y * y + 3 * (x + y * y) ** 2;
  const zy = (x: number, y: number) => 2 * x * x * y + 6 * y * (x + y * y) ** 2;
  for (const [input, hand] of [['x', zx(1, 2)], ['y', zy(1, 2)]] as const) {
    const viaU = await shown(page.getByTestId(`chain-path-${input}-u`).locator('.num'));
    const viaV = await shown(page.getByTestId(`chain-path-${input}-v`).locator('.num'));
    const sum = await shown(page.getByTestId(`chain-sum-${input}`));
    expect(sum).toBe(viaU + viaV);
    expect(sum).toBe(hand);
    expect(await shown(page.getByTestId(`chain-direct-${input}`))).toBe(hand);
    expect(await value(page.getByTestId(`chain-numeric-${input}`))).toBeCloseTo(hand, 6);
  }
  expect(zx(1, 2)).toBe(83);
  expect(zy(1, 2)).toBe(304);
  // Edges carry the local partials at the point: ∂u/∂x = y = 2, ∂v/∂y = 2y = 4, ∂z/∂v = 3v² = 75.
  expect(await value(page.getByTestId('chain-edge-x-u'))).toBe(2);
  expect(await value(page.getByTestId('chain-edge-y-v'))).toBe(4);
  expect(await value(page.getByTestId('chain-edge-v-z'))).toBe(75);

  // Hovering a term lights its path's edges.
  await page.getByTestId('chain-path-x-v').hover();
  await expect(page.getByTestId('chain-edge-x-v')).toHaveClass(/\bon\b/);
  await expect(page.getByTestId('chain-edge-v-z')).toHaveClass(/\bon\b/);
  await expect(page.getByTestId('chain-edge-x-u')).not.toHaveClass(/\bon\b/);

  // Another point, typed.
  await page.getByTestId('chain-point-x').fill('2');
  await page.getByTestId('chain-point-y').fill('-1');
  await expect.poll(() => value(page.getByTestId('chain-sum-x'))).toBe(zx(2, -1));
  expect(await value(page.getByTestId('chain-sum-y'))).toBe(zy(2, -1));

  // The derivation advances step by step and ends on the numbers at the point.
  await page.getByTestId('chain-pane-derivation').click();
  for (let i = 0; i < 4; i++) await page.getByTestId('chain-diff-next').click();
  await expect(page.getByTestId('chain-diff')).toHaveAttribute('data-step', 'read');
  await expect(page.getByTestId('chain-diff-instance')).toContainText(String(zx(2, -1)));
});

test('"Open as a computational graph" shows z(x, y) on the canvas with output z(1, 2) = 129', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openChain(page);
  await page.getByTestId('chain-tab-multi').click();
  await page.getByTestId('chain-open-graph').click();
  await expect(page).toHaveURL(/#\/graphs(\?s=[\w.-]+)?$/);
  await expect(page.getByTestId('graph-scene')).toBeVisible();
  await page.getByTestId('graph-run-all').click();
  const z = (1 * 2) ** 2 + (1 + 2 ** 2) ** 3;
  expect(z).toBe(129);
  const output = page.locator('.gl-node.output');
  await expect(output).toHaveCount(1);
  await expect.poll(async () => Number(await output.getAttribute('data-value'))).toBe(z);
  // The inputs carry the point's values.
  await expect(page.getByTestId('graph-node-x')).toHaveAttribute('data-value', '1');
  await expect(page.getByTestId('graph-node-y')).toHaveAttribute('data-value', '2');
});
