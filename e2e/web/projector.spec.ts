/**
 * The projector theme read from the back row (issue 9, lecture mode): in lecture mode at 1024×768
 * every chapter is measured on screen — the body text, the 1-D plots' tick text and curve widths,
 * the 3-D view's tick labels and axis names, the graph's node text at the fitted zoom.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ locale: 'en-US', viewport: { width: 1024, height: 768 } });

const CHAPTERS = [
  { id: 'limits', scene: 'limits' },
  { id: 'derivatives', scene: 'derivatives' },
  { id: 'chain-rule', scene: 'chain' },
  { id: 'graphs', scene: 'graph' },
  { id: 'descent', scene: 'surface' },
  { id: 'summary', scene: 'summary' },
] as const;

async function present(page: Page, chapter: string, scene: string): Promise<void> {
  await page.goto(`/#/${chapter}`);
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator(`[data-scene="${scene}"] > *`).first()).toBeVisible();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('app')).toHaveAttribute('data-lecture', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
}

/** Computed font sizes (px) of the elements matching `selector` that are on screen. */
async function fontSizes(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && (e.textContent ?? '').trim() !== '';
      })
      .map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
  );
}

for (const c of CHAPTERS) {
  test(`projector sizes in lecture mode at 1024×768: ${c.id}`, async ({ page, offsite, consoleErrors }) => {
    void offsite;
    void consoleErrors;
    await present(page, c.id, c.scene);
    // Body text: the root (1 rem) and the body are at least 20 px.
    const body = await page.evaluate(() => ({
      root: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
      body: Number.parseFloat(getComputedStyle(document.body).fontSize),
    }));
    expect(body.root).toBeGreaterThanOrEqual(20);
    expect(body.body).toBeGreaterThanOrEqual(20);

    // 1-D plots: tick and label text at least 18 px, every curve at least 3 px wide.
    const plots = page.locator('svg:has(> g[data-testid$="-grid"])');
    const nPlots = await plots.count();
    if (nPlots > 0) {
      const ticks = await fontSizes(page, 'svg:has(> g[data-testid$="-grid"]) text');
      expect(ticks.length).toBeGreaterThan(0);
      expect(Math.min(...ticks)).toBeGreaterThanOrEqual(18);
      // Curves are the figure: at least 3 px. Guides (dashed reference lines, drop lines) are drawn
      // lighter on purpose but stay at least 2 px.
      const strokeWidths = (selector: string): Promise<number[]> =>
        page.locator(selector).evaluateAll((els) => els.map((e) => Number.parseFloat(getComputedStyle(e).strokeWidth)));
      const curves = await strokeWidths('svg:has(> g[data-testid$="-grid"]) g[data-kind="curve"] g[clip-path] > path');
      for (const w of curves) expect(w).toBeGreaterThanOrEqual(3);
      const guides = await strokeWidths('svg:has(> g[data-testid$="-grid"]) g[data-kind] path');
      for (const w of guides) expect(w).toBeGreaterThanOrEqual(2);
      const min = (xs: number[]): string => (xs.length ? Math.min(...xs).toFixed(2) : '-');
      test.info().annotations.push({ type: 'measured', description: `${c.id}: ${nPlots} plots, tick text ≥ ${Math.min(...ticks)} px, ${curves.length} curves ≥ ${min(curves)} px, all strokes ≥ ${min(guides)} px` });
    }

    if (c.scene === 'graph') {
      // The graph fills the canvas it is given in lecture mode (the palette and the minimap make
      // room, and the view is fitted again when the canvas grows): the node names on screen are
      // their font size times the fitted zoom.
      await expect(page.locator('.svelte-flow__minimap')).toBeHidden();
      await expect(page.locator('aside.palette')).toBeHidden();
      const canvas = await page.getByTestId('graph-canvas').boundingBox();
      expect(canvas?.width ?? 0).toBeGreaterThan(560);
      await expect
        .poll(async () =>
          page.evaluate(() => {
            const vp = document.querySelector('.svelte-flow__viewport');
            const name = document.querySelector('.svelte-flow__node .name');
            if (!vp || !name) return 0;
            const zoom = new DOMMatrix(getComputedStyle(vp).transform).a;
            return zoom * Number.parseFloat(getComputedStyle(name).fontSize);
          }),
        )
        .toBeGreaterThan(10);
      const onScreen = await page.evaluate(() => {
        const vp = document.querySelector('.svelte-flow__viewport');
        const zoom = vp ? new DOMMatrix(getComputedStyle(vp).transform).a : 0;
        const size = (sel: string): number => {
          const el = document.querySelector(sel);
          return el ? zoom * Number.parseFloat(getComputedStyle(el).fontSize) : 0;
        };
        return { zoom, name: size('.svelte-flow__node .name'), body: size('.svelte-flow__node .k') };
      });
      test.info().annotations.push({ type: 'measured', description: `graph zoom ${onScreen.zoom.toFixed(3)}, node name ${onScreen.name.toFixed(1)} px, row labels ${onScreen.body.toFixed(1)} px, canvas ${canvas?.width.toFixed(0)} px` });
    }

    if (c.scene === 'surface') {
      // The 3-D view: tick labels and axis names at least 18 px.
      await expect(page.locator('.axis-label').first()).toBeAttached();
      const labels = await fontSizes(page, '.axis-label');
      expect(labels.length).toBeGreaterThan(0);
      expect(Math.min(...labels)).toBeGreaterThanOrEqual(18);
      test.info().annotations.push({ type: 'measured', description: `3-D labels ≥ ${Math.min(...labels)} px` });
    }
  });
}
