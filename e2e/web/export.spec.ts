/**
 * Still-image exports (issue 10): the 3D view as PNG at exact sizes (rendered at that size, with a
 * transparent option) and the 2-D figures and the computational graph as standalone SVG. Files are
 * caught as downloads; sizes are read from the PNG header here, pixels are decoded in the page,
 * SVGs are parsed as XML and drawn to a canvas. Copies go to test-results/exports for a human look.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, settled, test } from './fixtures';

const OUT = 'test-results/exports';

test.use({ locale: 'en-US' });

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download', { timeout: 120_000 });
  await click();
  const d = await pending;
  const path = await d.path();
  const bytes = readFileSync(path);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${d.suggestedFilename()}`, bytes);
  return { name: d.suggestedFilename(), bytes };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(b: Buffer): { width: number; height: number } {
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

interface Decoded {
  width: number;
  height: number;
  /** Distinct colours among sampled pixels (RGBA quantised to 4 bits per channel). */
  colours: number;
  /** Fraction of sampled pixels that differ clearly from the top-left pixel. */
  nonBackground: number;
  corner: [number, number, number, number];
  /** Fraction of sampled pixels with alpha 255. */
  opaque: number;
}

/** Decodes image bytes in the page (createImageBitmap) and measures them. */
async function decode(page: Page, bytes: Buffer, mime: string): Promise<Decoded> {
  return page.evaluate(
    async ({ b64, type }) => {
      const bin = atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      let bmp: ImageBitmap;
      if (type === 'image/svg+xml') {
        // SVG cannot go through createImageBitmap(blob): draw it as an image first.
        const url = URL.createObjectURL(new Blob([arr], { type }));
        const img = new Image();
        img.src = url;
        await img.decode();
        bmp = await createImageBitmap(img);
        URL.revokeObjectURL(url);
      } else {
        bmp = await createImageBitmap(new Blob([arr], { type }));
      }
      const c = document.createElement('canvas');
      c.width = bmp.width;
      c.height = bmp.height;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d');
      ctx.drawImage(bmp, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
      const step = Math.max(1, Math.floor(Math.sqrt((width * height) / 250_000)));
      const seen = new Set<number>();
      let diff = 0;
      let opaque = 0;
      let total = 0;
      for (let y = 0; y < height; y += step) {
        for (let x = 0; x < width; x += step) {
          const o = (y * width + x) * 4;
          seen.add(((data[o]! >> 4) << 12) | ((data[o + 1]! >> 4) << 8) | ((data[o + 2]! >> 4) << 4) | (data[o + 3]! >> 4));
          const d = Math.abs(data[o]! - data[0]!) + Math.abs(data[o + 1]! - data[1]!) + Math.abs(data[o + 2]! - data[2]!) + Math.abs(data[o + 3]! - data[3]!);
          if (d > 30) diff++;
          if (data[o + 3] === 255) opaque++;
          total++;
        }
      }
      return { width, height, colours: seen.size, nonBackground: diff / total, corner: [data[0]!, data[1]!, data[2]!, data[3]!] as [number, number, number, number], opaque: opaque / total };
    },
    { b64: bytes.toString('base64'), type: mime },
  );
}

async function openExport(page: Page): Promise<void> {
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-panel')).toBeVisible();
}

test('the 3D view exports as a 3840 × 2160 PNG rendered at that size, with progress', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await settled(page);
  await openExport(page);
  await page.getByTestId('export-size-4k').check();
  // The render is tiled and reports progress: note whether the progress bar ever appeared.
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="export-progress"]')) w.sawProgress = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const file = await download(page, () => page.getByTestId('export-view-png').click());
  expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
  expect(file.name).toBe('gradient-lab-surface-3840x2160.png');
  expect(pngSize(file.bytes)).toEqual({ width: 3840, height: 2160 });
  // Kept for a person to look at (test-results/ is ignored by git).
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/export-surface-3840x2160.png', file.bytes);
  const px = await decode(page, file.bytes, 'image/png');
  expect(px.width).toBe(3840);
  expect(px.height).toBe(2160);
  // The surface's colour ramp, the axes and labels: many colours and a good share of the frame.
  expect(px.colours).toBeGreaterThan(200);
  // A blank frame scores 0; the surface, framed with a margin and widened to 16:9, covers roughly
  // 10–30 % of the picture depending on the window's shape.
  expect(px.nonBackground).toBeGreaterThan(0.08);
  expect(px.opaque).toBe(1);
  await expect(page.getByTestId('export-status')).toContainText('gradient-lab-surface-3840x2160.png');
  // The on-screen view is intact afterwards (same size, still drawing).
  const canvas = page.getByTestId('surface-canvas');
  const box = await canvas.boundingBox();
  const dims = await canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.height, c.clientWidth, c.clientHeight]);
  expect(box).not.toBeNull();
  expect(dims[0]! / dims[2]!).toBeCloseTo(dims[1]! / dims[3]!, 2);
});

test('2× is twice the on-screen canvas size; a transparent PNG has alpha 0 in the corner', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await settled(page);
  const css = await page.getByTestId('surface-canvas').evaluate((c) => {
    const r = c.getBoundingClientRect();
    return { w: r.width, h: r.height };
  });
  await openExport(page);
  await page.getByTestId('export-size-2x').check();
  const two = await download(page, () => page.getByTestId('export-view-png').click());
  const size2 = pngSize(two.bytes);
  expect(size2).toEqual({ width: Math.round(css.w * 2), height: Math.round(css.h * 2) });
  expect(two.name).toBe(`gradient-lab-surface-${size2.width}x${size2.height}.png`);
  const px2 = await decode(page, two.bytes, 'image/png');
  expect(px2.nonBackground).toBeGreaterThan(0.1);

  await page.getByTestId('export-size-1x').check();
  await page.getByTestId('export-transparent').check();
  const clear = await download(page, () => page.getByTestId('export-view-png').click());
  expect(pngSize(clear.bytes)).toEqual({ width: Math.round(css.w), height: Math.round(css.h) });
  expect(clear.name).toMatch(/-transparent\.png$/);
  const px = await decode(page, clear.bytes, 'image/png');
  expect(px.corner[3]).toBe(0);
  // The surface itself stays opaque.
  expect(px.opaque).toBeGreaterThan(0.1);
  expect(px.opaque).toBeLessThan(0.9);

  // Escape closes the panel and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-panel')).toHaveCount(0);
  await expect(page.getByTestId('export-button')).toBeFocused();
});

/** Checks an exported SVG: XML, self-contained, with the given texts, and draws to a non-blank canvas. */
async function checkSvg(page: Page, bytes: Buffer, texts: readonly string[]): Promise<void> {
  const text = bytes.toString('utf8');
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return { root: doc.documentElement.localName, error: doc.querySelector('parsererror') !== null, text: doc.documentElement.textContent ?? '' };
  }, text);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  // Namespace declarations are names, not references: everything else must be local.
  const body = text.replace(/xmlns(:\w+)?="[^"]*"/g, '');
  expect(body).not.toMatch(/https?:/);
  expect(body).not.toMatch(/url\((?!#)/);
  expect(body).not.toContain('var(');
  expect(body).not.toContain('<foreignObject');
  for (const t of texts) expect(parsed.text).toContain(t);
  const px = await decode(page, bytes, 'image/svg+xml');
  expect(px.nonBackground).toBeGreaterThan(0.01);
  expect(px.colours).toBeGreaterThan(4);
}

test('slice and derivative figures export as standalone SVG with their Chinese text', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openApp(page);
  await page.getByTestId('language-select').selectOption('zh-CN');
  await expect(page.getByTestId('export-button')).toHaveText(/导出/);
  const slice = page.getByTestId('slice-x-plot-svg');
  await expect(slice).toBeVisible();
  const label = (await slice.getAttribute('aria-label')) ?? '';
  expect(label).toMatch(/[\u4e00-\u9fff]/);
  const ticks = await page.getByTestId('slice-x-plot-ticks').locator('text').allTextContents();
  await openExport(page);
  const svg = await download(page, () => page.getByTestId('export-svg-slice-x-plot').click());
  expect(svg.name).toBe('gradient-lab-slice-x-plot.svg');
  await checkSvg(page, svg.bytes, [label, ...ticks]);
  // Fonts: the file names local CJK fonts, never a web font.
  expect(svg.bytes.toString('utf8')).toContain('Noto Sans CJK SC');
  const png = await download(page, () => page.getByTestId('export-png-slice-x-plot').click());
  const box = await slice.boundingBox();
  expect(pngSize(png.bytes)).toEqual({ width: Math.round(box!.width * 2), height: Math.round(box!.height * 2) });

  // Chapter 2's secant/tangent plot.
  await page.keyboard.press('Escape');
  await page.goto('/#/derivatives');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  const fig = page.locator('svg[data-export]').first();
  await expect(fig).toBeVisible();
  const figId = ((await fig.getAttribute('data-testid')) ?? '').replace(/-svg$/, '');
  const figLabel = (await fig.getAttribute('aria-label')) ?? '';
  const legend = await page.getByTestId(`${figId}-legend`).locator('text').allTextContents();
  expect(legend.join('')).toMatch(/[\u4e00-\u9fff]/);
  await openExport(page);
  const d = await download(page, () => page.getByTestId(`export-svg-${figId}`).click());
  await checkSvg(page, d.bytes, [figLabel, ...legend]);
});

test('the computational graph exports as a clean SVG with names, values and arrow heads', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await page.goto('/#/graphs');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-nodes', /^[1-9]\d*$/);
  const names = await page.locator('[data-testid^="graph-node-name-"]').allTextContents();
  const values = (await page.locator('[data-testid^="graph-value-"]').allTextContents()).map((v) => v.trim()).filter((v) => v !== '');
  expect(names.length).toBeGreaterThan(1);
  await openExport(page);
  const svg = await download(page, () => page.getByTestId('export-graph-svg').click());
  expect(svg.name).toBe('gradient-lab-graph.svg');
  await checkSvg(page, svg.bytes, [...names, ...values]);
  const text = svg.bytes.toString('utf8');
  const edges = Number(await page.getByTestId('graph-canvas').getAttribute('data-edges'));
  expect((text.match(/marker-end=/g) ?? []).length).toBe(edges);
  expect((text.match(/<rect[^>]* rx=/g) ?? []).length).toBeGreaterThanOrEqual(names.length);
  const png = await download(page, () => page.getByTestId('export-graph-png').click());
  const px = await decode(page, png.bytes, 'image/png');
  expect(px.nonBackground).toBeGreaterThan(0.02);
});

test('the serialiser inlines CSS variables and classes, replaces HTML in foreignObject and drops hidden parts', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await page.goto('/#/limits');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  // A figure that leans on the page in every way a real one might.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = `
      .fx-host { --fx-ink: rgb(12, 34, 56); }
      .fx-line { stroke: var(--fx-ink); stroke-width: 3px; }
      .fx-label { fill: rgb(200, 10, 20); font-weight: 700; }
      .fx-gone { display: none; }`;
    document.head.append(style);
    const host = document.createElement('div');
    host.className = 'fx-host';
    host.style.cssText = 'position:fixed;left:10px;bottom:10px;width:240px;height:120px;z-index:10;background:#fff';
    host.innerHTML = `<svg data-export="svg" data-testid="fixture-svg" aria-label="夹具 fixture" width="240" height="120" viewBox="0 0 240 120">
      <line class="fx-line" x1="10" y1="100" x2="230" y2="20"/>
      <text class="fx-label" x="20" y="30">截面 slice</text>
      <text class="fx-gone" x="20" y="60">HIDDEN-TEXT</text>
      <g data-export-skip><text x="20" y="80">SKIPPED-TEXT</text></g>
      <foreignObject x="120" y="70" width="100" height="30"><div xmlns="http://www.w3.org/1999/xhtml" style="font-size:14px;color:rgb(0,90,0)"><span class="katex"><span class="katex-mathml">MATHML-SOURCE</span><span class="katex-html">x² + 1</span></span></div></foreignObject>
    </svg>`;
    document.body.append(host);
  });
  await openExport(page);
  await expect(page.getByTestId('export-svg-fixture')).toContainText('夹具 fixture');
  const file = await download(page, () => page.getByTestId('export-svg-fixture').click());
  const text = file.bytes.toString('utf8');
  await checkSvg(page, file.bytes, ['截面 slice', 'x² + 1', '夹具 fixture']);
  expect(text).toMatch(/<line[^>]*stroke="rgb\(12, 34, 56\)"/);
  expect(text).toMatch(/<line[^>]*stroke-width="3px"/);
  expect(text).toMatch(/<text[^>]*fill="rgb\(200, 10, 20\)"[^>]*>截面 slice</);
  expect(text).toMatch(/<text[^>]*fill="rgb\(0, 90, 0\)"[^>]*>x² \+ 1</);
  expect(text).not.toContain('HIDDEN-TEXT');
  expect(text).not.toContain('SKIPPED-TEXT');
  expect(text).not.toContain('MATHML-SOURCE');
  expect(text).not.toContain('class=');
  expect(text).not.toContain('data-');
  expect(text).toContain('Noto Sans CJK SC');
});
