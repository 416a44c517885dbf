/**
 * Wide inputs and readable text on the computational-graph canvas (issues 12 and 9):
 * - a file of 2,000 constants feeding two 1,000-input sums loads without freezing the page (no
 *   frame gap over the budget), the status tells the truth, each sum shows ONE bundled port with
 *   its count, and its inputs can be listed on demand;
 * - node text is at least 16 px on screen at the fitted zoom at 1024×768 in the projector theme
 *   (font size × the viewport's zoom), with or without presenting;
 * - the deck-check numbers fit their column.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { budgetFrom, FRAME_FLOOR_MS, frames, installFrameProbe, readGap, readLongestTask, resetGap } from './fuzz-support';

test.use({ locale: 'en-US' });

async function openGraph(page: Page): Promise<void> {
  await page.goto('/#/graphs');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-nodes', /^[1-9]\d*$/);
}

/** 2,000 constants c_i = i/1000, two sums of 1,000 each, and their total as the output. */
function wideFile(): { json: string; s1: number; s2: number } {
  const nodes: object[] = [];
  for (let i = 0; i < 2000; i++) nodes.push({ id: `c${i}`, op: 'const', inputs: [], name: `c${i}`, value: i / 1000 });
  nodes.push({ id: 's1', op: 'sum', inputs: Array.from({ length: 1000 }, (_, i) => `c${i}`), name: 's1' });
  nodes.push({ id: 's2', op: 'sum', inputs: Array.from({ length: 1000 }, (_, i) => `c${1000 + i}`), name: 's2' });
  nodes.push({ id: 'L', op: 'add', inputs: ['s1', 's2'], name: 'L' });
  // Σ_{i=0}^{999} i/1000 = 999·1000/2 / 1000 = 499.5; Σ_{i=1000}^{1999} i/1000 = (1999·2000/2 − 999·1000/2)/1000 = 1499.5.
  return { json: `{"type":"gradient-lab.graph","version":1,"graph":${JSON.stringify({ nodes })},"positions":{}}`, s1: (999 * 1000) / 2 / 1000, s2: ((1999 * 2000) / 2 - (999 * 1000) / 2) / 1000 };
}

/**
 * The budget as the brief states it (100 ms, not scaled with the machine). What keeps the page
 * drawing while this file opens (issue 12): the document reader validates large files in a worker
 * (document-reader.ts), the view link is deflated in a worker (link-encoder.ts; the link is then
 * known to be too large for a URL, and the URL keeps only the chapter), the canvas fits the view
 * before xyflow sees the 2,003 nodes and reveals the cards on screen a few per frame (reveal.ts),
 * and culling leaves the other ~1,960 unbuilt. The longest main-thread task is recorded beside the
 * frame gap: on a software-GL runner the rest of a gap is the GPU process rasterising the frame.
 *
 * History: on the earlier e2e setup (ANGLE's SwiftShader forced, every page tile rasterised
 * through it) the gap was 0.4–1.4 s, mostly raster; on the no-GPU path the app really takes
 * (playwright.shared.ts) it was 83–100 ms on a quiet runner, the longest task the reader's answer
 * applying the file AND building the first cards. Since 2026-12-02 the cards come a frame after
 * the file is applied, off-screen cards follow 250 per frame, screen-reader names are made as
 * cards are handed over, and the card text size is not re-measured: gap 67 ms, longest task
 * ≤ 57 ms (quiet runner).
 */
test('2,000 constants into two 1,000-input sums: no frame gap over the budget while loading', async ({ page, offsite, consoleErrors }) => {
  test.setTimeout(120_000);
  void offsite;
  void consoleErrors;
  await page.setViewportSize({ width: 1440, height: 900 });
  await openGraph(page);
  await installFrameProbe(page);
  let baseline = 0;
  for (let i = 0; i < 3; i++) {
    await frames(page, 2);
    await resetGap(page);
    await page.getByTestId('graph-fit').click();
    await frames(page, 3);
    baseline = Math.max(baseline, await readGap(page));
  }
  // The brief's budget as stated: 100 ms (not scaled with the machine).
  const budget = FRAME_FLOOR_MS;
  test.info().annotations.push({ type: 'baseline', description: `trivial update ${baseline.toFixed(0)} ms` });
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('graph-open').click();
  await (await chooser).setFiles({ name: 'wide.json', mimeType: 'application/json', buffer: Buffer.from(wideFile().json) });
  await resetGap(page);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-nodes', '2003', { timeout: 30_000 });
  // Every card on screen is built (the reveal is over) and the URL's link has been dealt with.
  await expect(page.getByTestId('graph-node-s1')).toBeVisible();
  await expect(page.getByTestId('graph-node-L')).toBeVisible();
  await page.waitForTimeout(600); // past the URL link's 300 ms debounce
  await frames(page, 4);
  const gap = await readGap(page);
  const { longTask } = await readLongestTask(page);
  const measured = `longest frame gap ${gap.toFixed(0)} ms, longest task ${longTask.toFixed(0)} ms (0: none over 50 ms), budget ${budget.toFixed(0)} ms, trivial update ${baseline.toFixed(0)} ms`;
  test.info().annotations.push({ type: 'measured', description: measured });
  console.log(measured);
  // The view is too large for a link: the URL names the chapter only, and says nothing stale.
  expect(new URL(page.url()).hash).toBe('#/graphs');
  expect(longTask).toBeLessThanOrEqual(budget);
  expect(gap).toBeLessThanOrEqual(budget);
});

test('2,000 constants into two 1,000-input sums: loads, the status tells the truth, one bundled port with its count', async ({ page, offsite, consoleErrors }) => {
  test.setTimeout(120_000);
  void offsite;
  void consoleErrors;
  await page.setViewportSize({ width: 1440, height: 900 });
  await openGraph(page);
  await installFrameProbe(page);
  const file = wideFile();
  // The budget scales with this machine as in the fuzz suites (fuzz-support.ts): 100 ms, or 2.5 ×
  // the slowest of a few trivial updates (re-fitting the small deck graph) on a loaded runner.
  let baseline = 0;
  for (let i = 0; i < 3; i++) {
    await frames(page, 2);
    await resetGap(page);
    await page.getByTestId('graph-fit').click();
    await frames(page, 3);
    baseline = Math.max(baseline, await readGap(page));
  }
  const budget = budgetFrom(baseline);
  const t0 = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('graph-open').click();
  // The gap is measured from the moment the file is handed over: while a file chooser is open the
  // page draws no frames at all, which is the dialog, not the app.
  await (await chooser).setFiles({ name: 'wide.json', mimeType: 'application/json', buffer: Buffer.from(file.json) });
  await resetGap(page);
  const status = page.getByTestId('graph-file-status');
  await expect(status).toHaveAttribute('data-error', 'false', { timeout: 30_000 });
  await expect(status).toContainText('Graph loaded');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-nodes', '2003');
  // The two sums draw one fan edge each; the total has its two ordinary edges.
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-edges', '4');
  const loadMs = Date.now() - t0;
  await frames(page, 6);
  const gap = await readGap(page);
  const task = (await readLongestTask(page)).longTask;
  const measured = `loaded in ${loadMs} ms, longest frame gap ${gap.toFixed(0)} ms, longest task ${task.toFixed(0)} ms (budget ${budget.toFixed(0)} ms, baseline ${baseline.toFixed(0)} ms)`;
  test.info().annotations.push({ type: 'measured', description: measured });
  console.log(measured);
  expect(loadMs).toBeLessThan(10_000);
  // The freeze this issue reported was 2–7 s; now the frame budget itself (measured 50–67 ms).
  expect(gap).toBeLessThanOrEqual(budget);

  // The sums: one bundled port each, the count on the card, and — after running both passes —
  // the value their constants give.
  await page.getByTestId('graph-run-all').click();
  await expect(page.getByTestId('graph-node-L')).not.toHaveAttribute('data-value', '');
  for (const [id, want] of [['s1', file.s1], ['s2', file.s2]] as const) {
    const card = page.getByTestId(`graph-node-${id}`);
    await expect(card).toBeVisible();
    await expect(page.getByTestId(`graph-bundle-${id}`)).toHaveText(/Σ of 1,000 inputs/);
    await expect(page.locator(`.svelte-flow__handle[data-nodeid="${id}"].target`)).toHaveCount(2); // the bundle + one spare for a new term
    expect(Number(await card.getAttribute('data-value'))).toBeCloseTo(want, 9);
  }
  expect(Number(await page.getByTestId('graph-node-L').getAttribute('data-value'))).toBeCloseTo(file.s1 + file.s2, 9);
  // No card in the DOM has more than two input handles: nothing builds a thousand.
  const most = await page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('.svelte-flow__node')].map((n) => n.querySelectorAll('.svelte-flow__handle.target').length)));
  expect(most).toBeLessThanOrEqual(3);

  // The inputs on demand: an accessible list, opened from the keyboard, closed with Escape. The
  // first 200 rows are built at once, the rest on request.
  const toggle = page.getByTestId('graph-bundle-s1');
  await toggle.focus();
  await frames(page, 3);
  await resetGap(page);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByTestId('graph-bundle-list-s1');
  await expect(list.locator('li .iname')).toHaveCount(200);
  await frames(page, 3);
  const listGap = await readGap(page);
  test.info().annotations.push({ type: 'measured', description: `opening the list: longest frame gap ${listGap.toFixed(0)} ms` });
  // 440–700 ms when the suite forced every page tile through SwiftShader's GL; 33 ms on the
  // software-raster path a GPU-less PC takes (playwright.shared.ts): the frame budget holds.
  expect(listGap).toBeLessThanOrEqual(budget);
  await page.getByTestId('graph-bundle-all-s1').click();
  await expect(list.locator('li .iname')).toHaveCount(1000);
  await expect(list.locator('li').nth(999)).toContainText('c999');
  await expect(list.locator('li').nth(999)).toContainText('0.999');
  await toggle.press('Escape');
  await expect(list).toHaveCount(0);
});

async function setPrefs(page: Page, prefs: object): Promise<void> {
  await page.addInitScript((p) => localStorage.setItem('gradient-lab.preferences.v1', JSON.stringify(p)), prefs);
}

/** The smallest node text on screen (px): each text element's font size × the viewport zoom. */
async function smallestNodeText(page: Page): Promise<{ px: number; zoom: number; visible: number }> {
  return page.evaluate(() => {
    const vp = document.querySelector('.svelte-flow__viewport');
    const zoom = vp ? new DOMMatrix(getComputedStyle(vp).transform).a : 0;
    let px = Infinity;
    let visible = 0;
    for (const node of document.querySelectorAll('.svelte-flow__node')) {
      visible++;
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const el = t.parentElement;
        if (!el || (t.textContent ?? '').trim() === '' || el.closest('[aria-hidden="true"]')) continue;
        px = Math.min(px, Number.parseFloat(getComputedStyle(el).fontSize) * zoom);
      }
    }
    return { px, zoom, visible };
  });
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`projector at 1024×768 (${locale}): node text ≥ 16 px at the fitted zoom, deck-check numbers not clipped`, async ({ page, offsite, consoleErrors }) => {
    void offsite;
    void consoleErrors;
    await setPrefs(page, { language: locale, theme: 'projector', uiScale: 1 });
    await page.setViewportSize({ width: 1024, height: 768 });
    await openGraph(page);
    await page.getByTestId('graph-fit').click();
    await frames(page, 4);
    const m = await smallestNodeText(page);
    test.info().annotations.push({ type: 'measured', description: `${locale}: zoom ${m.zoom.toFixed(3)}, smallest node text ${m.px.toFixed(1)} px, ${m.visible} cards` });
    expect(m.visible).toBeGreaterThan(0);
    expect(m.px).toBeGreaterThanOrEqual(16);

    // Backward to the end: the deck check fills with numbers, none cut at the panel's edge.
    await page.getByTestId('graph-run-all').click();
    await expect(page.getByTestId('graph-dw1-autodiff')).not.toHaveAttribute('data-value', '');
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="graph-deck-check"] dd, [data-testid="graph-deck-check"] .col')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.textContent),
    );
    expect(clipped).toEqual([]);

    // Presenting: still ≥ 16 px.
    await page.keyboard.press('F5');
    await expect(page.getByTestId('app')).toHaveAttribute('data-lecture', 'true');
    await frames(page, 6);
    await expect.poll(async () => (await smallestNodeText(page)).px).toBeGreaterThanOrEqual(16);
  });
}
