/**
 * The surface explorer (issue 4) as a student uses it: move the point and read the partial
 * derivatives, race walkers downhill, push the learning rate too far, draw a formula with a
 * pole, and refuse a broken domain. Expected numbers are computed here, independently of the app.
 */
import { afterFrame, canvasPixels, expect, openApp, settled, signatureDistance, test } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ locale: 'en-US' });

async function setFormula(page: Page, text: string): Promise<void> {
  await afterFrame(page, () => page.getByTestId('formula-input').fill(text));
  await expect(page.getByTestId('formula-error')).toHaveCount(0);
}

async function setPoint(page: Page, a: number, b: number): Promise<void> {
  await page.getByTestId('point-a-input').fill(String(a));
  await page.getByTestId('point-b-input').fill(String(b));
  await page.getByTestId('point-b-input').press('Enter');
}

const dataValue = async (page: Page, testid: string): Promise<number> => Number(await page.getByTestId(testid).getAttribute('data-value'));

test('moving (a, b) updates the displayed partial derivatives to the exact values', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await setFormula(page, 'sin(x) cos(y) + 0.1(x^2 + y^2)');
  for (const [a, b] of [[0.7, -1.2], [-2.1, 0.4]] as const) {
    await setPoint(page, a, b);
    const fx = Math.cos(a) * Math.cos(b) + 0.2 * a;
    const fy = -Math.sin(a) * Math.sin(b) + 0.2 * b;
    await expect.poll(() => dataValue(page, 'slope-x-value')).toBeCloseTo(fx, 10);
    await expect.poll(() => dataValue(page, 'slope-y-value')).toBeCloseTo(fy, 10);
  }
  // The symbolic partials are shown as formulas too.
  await expect(page.getByTestId('slice-panel-x')).toContainText('cos');
  await settled(page);
  await page.screenshot({ path: 'test-results/explorer-partials.png' });

  // The gradient tab: ∇f·u is largest along ∇f — compare with the value at the dial's angle.
  await page.getByTestId('tab-gradient').click();
  const [a, b] = [-2.1, 0.4];
  const fx = Math.cos(a) * Math.cos(b) + 0.2 * a;
  const fy = -Math.sin(a) * Math.sin(b) + 0.2 * b;
  await page.getByTestId('direction-along-gradient').click();
  await expect.poll(() => dataValue(page, 'directional-value')).toBeCloseTo(Math.hypot(fx, fy), 6);
  await page.screenshot({ path: 'test-results/explorer-gradient.png' });
});

test('clicking the surface moves the point there', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  const before = [await page.getByTestId('point-a-input').inputValue(), await page.getByTestId('point-b-input').inputValue()];
  const box = (await page.getByTestId('surface-canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.62);
  await expect.poll(async () => [await page.getByTestId('point-a-input').inputValue(), await page.getByTestId('point-b-input').inputValue()]).not.toEqual(before);
  const a = Number((await page.getByTestId('point-a-input').inputValue()).replace(/−/g, '-'));
  const b = Number((await page.getByTestId('point-b-input').inputValue()).replace(/−/g, '-'));
  expect(Math.abs(a)).toBeLessThanOrEqual(3);
  expect(Math.abs(b)).toBeLessThanOrEqual(3);
  // The displayed slope is the bowl's 2a at the picked point.
  await expect.poll(() => dataValue(page, 'slope-x-value')).toBeCloseTo(2 * a, 3);
});

test('a gradient-descent walker on the bowl converges and its loss falls', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await setPoint(page, 2.5, -2);
  await page.getByTestId('tab-descent').click();
  await page.getByTestId('walker-optimizer').selectOption('gd');
  await page.getByTestId('walker-add').click();
  const id = 'w1';
  const start = await dataValue(page, `walker-loss-${id}`);
  expect(start).toBeCloseTo(2.5 ** 2 + 2 ** 2, 10);
  const losses: number[] = [start];
  for (let i = 0; i < 5; i++) {
    await page.getByTestId('walker-step').click();
    losses.push(await dataValue(page, `walker-loss-${id}`));
  }
  for (let i = 1; i < losses.length; i++) expect(losses[i]!).toBeLessThan(losses[i - 1]!);
  // GD with η = 0.1 on x² + y² multiplies each coordinate by 0.8 per step.
  expect(losses[5]!).toBeCloseTo(start * 0.8 ** 10, 8);
  await page.getByTestId('walker-play').click();
  await expect(page.getByTestId(`walker-status-${id}`)).toHaveAttribute('data-status', 'converged', { timeout: 30_000 });
  expect(await dataValue(page, `walker-loss-${id}`)).toBeLessThan(1e-8);
  await page.screenshot({ path: 'test-results/explorer-walker.png' });
});

test('walkers race from one start, each in its colour, with a loss chart', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await page.getByTestId('preset-ill-bowl').click();
  await page.getByTestId('tab-descent').click();
  await page.getByTestId('walker-race').click();
  await expect(page.getByTestId('walker-legend').locator('li')).toHaveCount(3);
  for (let i = 0; i < 20; i++) await page.getByTestId('walker-step').click();
  await settled(page);
  await page.screenshot({ path: 'test-results/explorer-race.png' });
});

test('too large a learning rate stops the walker with a clear message', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await page.getByTestId('tab-descent').click();
  // log10(η) = 0.3 → η ≈ 2: each step multiplies the coordinates by 1 − 2η ≈ −3.
  await page.getByTestId('walker-lr-slider').fill('0.3');
  await page.getByTestId('walker-add').click();
  await page.getByTestId('walker-play').click();
  await expect(page.getByTestId('walker-status-w1')).toHaveAttribute('data-status', 'diverged', { timeout: 30_000 });
  const message = page.getByTestId('walker-message-w1');
  await expect(message).toContainText(/learning rate too large/i);
  await expect(message).toContainText(/grew from/);
  // The trail ends at a finite point: the scene still renders without errors.
  await settled(page);
  const stats = await canvasPixels(page);
  expect(stats.nonBackground).toBeGreaterThan(0.1);
  await page.screenshot({ path: 'test-results/explorer-diverged.png' });
});

test('formulas with poles and undefined regions draw with gaps and no errors', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  // Undefined on part of the domain: those parts are holes, reported in the status line.
  for (const f of ['ln(x y)', 'sqrt(1 - x^2 - y^2)']) {
    await setFormula(page, f);
    await expect(page.getByTestId('gap-count')).toBeVisible();
    expect((await canvasPixels(page)).nonBackground, f).toBeGreaterThan(0.03);
  }
  // Poles: the view frames the bulk of the surface instead of the spike (z range stays modest).
  for (const [f, zCap] of [['1/(x^2 + y^2)', 100], ['tan(x) y', 100]] as const) {
    await setFormula(page, f);
    const zRange = (await page.getByTestId('z-range').textContent()) ?? '';
    const zMax = Number(zRange.replace(/−/g, '-').match(/to (\S+)/)?.[1]);
    expect(zMax, `${f}: ${zRange}`).toBeLessThan(zCap);
    expect((await canvasPixels(page)).nonBackground, f).toBeGreaterThan(0.03);
  }
  await settled(page);
  await page.screenshot({ path: 'test-results/explorer-pole.png' });
});

test('a broken domain is refused with a message and the last good surface stays', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await page.getByTestId('tab-domain').click();
  const before = await canvasPixels(page);
  await page.getByTestId('domain-x-min').fill('5');
  await page.getByTestId('domain-x-max').fill('1');
  await page.getByTestId('domain-apply').click();
  await expect(page.getByTestId('domain-error')).toBeVisible();
  await page.waitForTimeout(300);
  expect(signatureDistance(before.signature, (await canvasPixels(page)).signature)).toBeLessThan(0.002);
  // A valid, huge domain still frames sensibly: the surface fills the view.
  await page.getByTestId('domain-x-min').fill('-1e5');
  await page.getByTestId('domain-x-max').fill('1e5');
  await page.getByTestId('domain-y-min').fill('-1e5');
  await page.getByTestId('domain-y-max').fill('1e5');
  await afterFrame(page, () => page.getByTestId('domain-apply').click());
  await expect(page.getByTestId('domain-error')).toHaveCount(0);
  expect((await canvasPixels(page)).nonBackground).toBeGreaterThan(0.1);
});

// Coarse-while-dragging is the next test's (a real pointer drag); a typed or keyboard change is
// committed at once, so it goes straight to the full grid.
test("the deck's loss surface follows its data point and is drawn at full detail after a committed change", async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await afterFrame(page, () => page.getByTestId('preset-deck-loss').click());
  await expect(page.locator('.axis-label-title', { hasText: /^w₁$/ })).toBeVisible();
  const canvas = page.getByTestId('surface-canvas');
  await expect(canvas).toHaveAttribute('data-resolution', '128');
  const before = await canvasPixels(page);
  await page.getByTestId('param-x2').fill('-2');
  // The new surface arrives from the worker: wait for the picture to change, then for it to rest.
  await expect.poll(async () => signatureDistance(before.signature, (await canvasPixels(page)).signature), { timeout: 20_000 }).toBeGreaterThan(0.03);
  await settled(page);
  await expect(canvas).toHaveAttribute('data-resolution', '128');
  expect(signatureDistance(before.signature, (await canvasPixels(page)).signature)).toBeGreaterThan(0.03);
  // At w = (0, 0) the deck's gradient is (ŷ − y)·ŷ(1 − ŷ)·(x₁, x₂) with ŷ = ½, y = 1, x = (1, −2).
  await setPoint(page, 0, 0);
  await expect.poll(() => dataValue(page, 'slope-x-value')).toBeCloseTo(-0.5 * 0.25 * 1, 10);
  await expect.poll(() => dataValue(page, 'slope-y-value')).toBeCloseTo(-0.5 * 0.25 * -2, 10);
  // The panels speak the deck's notation: L(w₁, w₂), slopes ∂L/∂w₁ and ∂L/∂w₂, the point (w₁, w₂).
  await expect(page.getByRole('heading', { level: 1 })).toContainText('L(w₁, w₂)');
  await expect(page.getByTestId('slice-panel-x')).toContainText('∂L/∂w₁');
  await expect(page.getByTestId('slice-panel-y')).toContainText('∂L/∂w₂');
  await expect(page.getByTestId('point-controls')).toContainText('(w₁, w₂)');
  // …and the deck's own chain form (ŷ − y)·ŷ(1 − ŷ)·xᵢ, evaluated at another point and checked.
  await setPoint(page, 0.7, -0.4);
  const yHat = 1 / (1 + Math.exp(-(0.7 * 1 + -0.4 * -2)));
  const check = page.getByTestId('deck-chain-check');
  await expect.poll(async () => Number(await check.getAttribute('data-w1'))).toBeCloseTo((yHat - 1) * yHat * (1 - yHat) * 1, 12);
  expect(Number(await check.getAttribute('data-w2'))).toBeCloseTo((yHat - 1) * yHat * (1 - yHat) * -2, 12);
  await expect(check).toHaveAttribute('data-agree', 'true');
  await page.screenshot({ path: 'test-results/explorer-deck-loss.png' });
});

test('a slow slider drag stays coarse until released, and the deck check never flashes ✗ (issue 9)', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await afterFrame(page, () => page.getByTestId('preset-deck-loss').click());
  const canvas = page.getByTestId('surface-canvas');
  await expect(canvas).toHaveAttribute('data-resolution', '128');
  await expect(page.getByTestId('deck-chain-check')).toHaveAttribute('data-agree', 'true');
  // Record every resolution the view takes and every verdict of the check line.
  await page.evaluate(() => {
    const w = window as unknown as { __res: string[]; __agree: string[] };
    w.__res = [];
    w.__agree = [];
    const c = document.querySelector('[data-testid="surface-canvas"]')!;
    const k = document.querySelector('[data-testid="deck-chain-check"]')!;
    new MutationObserver(() => w.__res.push(c.getAttribute('data-resolution') ?? '')).observe(c, { attributes: true, attributeFilter: ['data-resolution'] });
    new MutationObserver(() => w.__agree.push(k.getAttribute('data-agree') ?? '')).observe(k, { attributes: true, attributeFilter: ['data-agree'] });
  });
  const slider = page.getByTestId('param-x1');
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  // The link in the URL: written once the preset's view rests, then left alone until the drag ends.
  await settled(page);
  await page.waitForTimeout(800);
  const hashBefore = await page.evaluate(() => location.hash);
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  // A slow machine: moves further apart than any rest timer (the old one fired after 180 ms).
  for (let i = 1; i <= 5; i++) {
    await page.mouse.move(box.x + 4 + (i * (box.width - 8)) / 8, y);
    await page.waitForTimeout(450);
  }
  const during = await page.evaluate(() => (window as unknown as { __res: string[] }).__res.slice());
  expect(during).toContain('48');
  expect(during.slice(during.indexOf('48')), 'the full grid came back in the middle of the drag').not.toContain('128');
  await expect(canvas).toHaveAttribute('data-resolution', '48');
  expect(await page.evaluate(() => location.hash), 'the URL was rewritten between the moves of a drag').toBe(hashBefore);
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => location.hash), { message: 'the released view reaches the URL' }).not.toBe(hashBefore);
  await expect(canvas).toHaveAttribute('data-resolution', '128');
  await settled(page);
  const agree = await page.evaluate(() => (window as unknown as { __agree: string[] }).__agree.slice());
  expect(agree, 'the chain-rule check compared the new data with the old surface').not.toContain('false');
  await expect(page.getByTestId('deck-chain-check')).toHaveAttribute('data-agree', 'true');
  // The released value is the one drawn: x₁ as the label shows it, checked in the chain form at (0, 0).
  const x1 = Number(await slider.inputValue());
  await setPoint(page, 0, 0);
  await expect.poll(() => dataValue(page, 'slope-x-value')).toBeCloseTo(-0.5 * 0.25 * x1, 10);
});

test('the explorer and the chapters move between their tabs with the arrow keys, Home and End', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await page.getByTestId('tab-partials').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-gradient')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('tab-gradient')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByTestId('tab-domain')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-partials')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('tab-partials')).toBeFocused();
  await page.goto('/#/limits');
  await page.getByTestId('limits-tab-approach').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('limits-tab-laws')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('limits-tab-laws')).toBeFocused();
});
