/**
 * Every scene as one document in the web build (issue 10): the view survives a reload through the
 * URL, a copied link opens the same view in a fresh browser context, a downloaded .gradlab opens
 * again, refused files and links change nothing and say why, and unsaved work is offered back.
 * Values are read off the screen and compared with what was typed.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function ready(page: Page): Promise<void> {
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
}

async function chapter(page: Page, id: string): Promise<void> {
  await page.getByTestId(`chapter-${id}`).click();
  await expect(page).toHaveURL(new RegExp(`#/${id}`));
}

/** Edits every scene through its own controls (formulas, sliders, a template). */
async function editAll(page: Page): Promise<void> {
  await page.goto('/#/limits');
  await ready(page);
  await page.getByTestId('limits-formula-input').fill('sin(2x)/x');
  await page.getByTestId('limits-tab-epsilon').click();
  const eps = page.getByTestId('limits-eps-input');
  await eps.fill('0.25');
  await eps.press('Enter');

  await chapter(page, 'derivatives');
  await page.getByTestId('secant-formula-input').fill('x^3 - x');
  await page.getByTestId('secant-x-input').fill('1.5');
  await page.getByTestId('secant-x-input').press('Enter');
  await page.getByTestId('secant-h-slider').fill('-2');
  await expect(page.getByTestId('secant-h-value')).toHaveText('10⁻²');

  await chapter(page, 'chain-rule');
  await page.getByTestId('chain-formula-input').fill('sin(x^2)');
  await page.getByTestId('chain-tab-propagation').click();
  await page.getByTestId('chain-dx-slider').evaluate((el) => {
    const input = el as HTMLInputElement;
    input.value = '-3';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(page.getByTestId('chain-dx')).toHaveAttribute('data-value', '0.001');

  await chapter(page, 'graphs');
  await page.getByTestId('graph-template').selectOption('neuron');
  await expect(page.getByTestId('graph-node-b')).toBeVisible();

  await chapter(page, 'descent');
  await page.getByTestId('formula-input').fill('x^2 + 3y^2');
}

/** Reads every edited value back off the screen, visiting each chapter. */
async function expectEdited(page: Page): Promise<void> {
  await chapter(page, 'limits');
  await expect(page.getByTestId('limits-formula-input')).toHaveValue('sin(2x)/x');
  await expect(page.getByTestId('limits-tab-epsilon')).toHaveAttribute('aria-selected', 'true');
  expect(Number(await page.getByTestId('limits-eps-input').inputValue())).toBe(0.25);

  await chapter(page, 'derivatives');
  await expect(page.getByTestId('secant-formula-input')).toHaveValue('x^3 - x');
  expect(Number((await page.getByTestId('secant-x-input').inputValue()).replace(/−/g, '-'))).toBe(1.5);
  await expect(page.getByTestId('secant-h-value')).toHaveText('10⁻²');
  // The secant slope of x³ − x at 1.5 with h = 0.01, computed here: ((x+h)³ − (x+h) − x³ + x)/h.
  const x = 1.5;
  const h = 0.01;
  const slope = ((x + h) ** 3 - (x + h) - (x ** 3 - x)) / h;
  expect(Number(await page.getByTestId('secant-slope').getAttribute('data-value'))).toBeCloseTo(slope, 9);

  await chapter(page, 'chain-rule');
  await expect(page.getByTestId('chain-tab-propagation')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('chain-dx')).toHaveAttribute('data-value', '0.001');
  await page.getByTestId('chain-tab-single').click();
  await expect(page.getByTestId('chain-formula-input')).toHaveValue('sin(x^2)');

  await chapter(page, 'graphs');
  await expect(page.getByTestId('graph-template')).toHaveValue('neuron');
  await expect(page.getByTestId('graph-node-b')).toBeVisible();

  await chapter(page, 'descent');
  await expect(page.getByTestId('formula-input')).toHaveValue('x^2 + 3y^2');
}

async function expectDefaults(page: Page): Promise<void> {
  await chapter(page, 'limits');
  await expect(page.getByTestId('limits-formula-input')).toHaveValue('x^2');
  await chapter(page, 'descent');
  await expect(page.getByTestId('formula-input')).toHaveValue('x^2 + y^2');
}

async function menu(page: Page, item: string): Promise<void> {
  await page.getByTestId('document-menu-button').click();
  await page.getByTestId(`document-${item}`).click();
}

/** Waits for the debounced URL writer to put the view into the hash, and for it to rest. */
async function viewInUrl(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/\?s=1\.[\w-]+$/);
  let last = '';
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => location.hash);
      const rested = now === last;
      last = now;
      return rested;
    }, { intervals: [700] })
    .toBe(true);
  return page.evaluate(() => location.href);
}

/** A page in a new browser context: no storage, no clipboard, nothing shared with the first. */
async function fresh(browser: Browser, like: Page): Promise<Page> {
  const context = await browser.newContext({ baseURL: new URL(like.url()).origin });
  return context.newPage();
}

test('every scene’s state survives a reload (the view is in the URL)', async ({ page, offsite, consoleErrors }) => {
  test.setTimeout(120_000);
  void offsite;
  void consoleErrors;
  await editAll(page);
  const url = await viewInUrl(page);
  expect(url.length).toBeLessThan(16 * 1024);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('recovery-dialog')).toHaveCount(0);
  await expectEdited(page);
});

test('a copied link opens the same view in a fresh browser context', async ({ page, browser, context, offsite, consoleErrors }) => {
  test.setTimeout(120_000);
  void offsite;
  void consoleErrors;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await editAll(page);
  await menu(page, 'copy-link');
  await expect(page.getByTestId('document-status')).toHaveAttribute('data-error', 'false');
  await expect(page.getByTestId('document-status')).toContainText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.evaluate(() => location.href));
  expect(copied).toMatch(/#\/descent\?s=1\./);

  const other = await fresh(browser, page);
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(String(e)));
  await other.goto(copied);
  await ready(other);
  await expect(other.getByTestId('formula-input')).toHaveValue('x^2 + 3y^2');
  await expectEdited(other);
  expect(errors).toEqual([]);
  await other.context().close();
});

test('a bad or newer link says why and shows the starting state; the old #/chapter links still work', async ({ page, offsite }) => {
  test.setTimeout(60_000);
  void offsite;
  await page.goto('/#/derivatives');
  await ready(page);
  await expect(page.getByTestId('derivatives-tab-secant')).toBeVisible();
  for (const [hash, reason] of [
    ['#/limits?s=1.@@notbase64', /not base64url/],
    ['#/limits?s=9.abc', /newer Gradient Lab \(link format 9\)/],
    ['#/limits?s=1.AAAA', /damaged/],
  ] as const) {
    // A full load (not a hash change inside the running app, which is tested below).
    await page.goto('about:blank');
    await page.goto(`/${hash}`);
    await ready(page);
    const status = page.getByTestId('document-status');
    await expect(status).toHaveAttribute('data-error', 'true');
    await expect(status).toContainText('This link cannot be opened');
    await expect(status).toContainText(reason);
    await expect(page.getByTestId('limits-formula-input')).toHaveValue('x^2');
  }
  await page.screenshot({ path: 'test-results/documents-bad-link.png' });

  // A bad link pasted into the address bar while the app runs: the work stays, and so does its URL.
  await page.getByTestId('limits-formula-input').fill('1/x');
  const view = await viewInUrl(page);
  await page.evaluate(() => (location.hash = '#/limits?s=1.@@notbase64'));
  const status = page.getByTestId('document-status');
  await expect(status).toContainText('Nothing was changed');
  await expect(page.getByTestId('limits-formula-input')).toHaveValue('1/x');
  await expect.poll(() => page.evaluate(() => location.href)).toBe(view);
});

test('save downloads a .gradlab that opens again; a corrupt or newer file is refused and nothing changes', async ({ page, browser, offsite, consoleErrors }) => {
  test.setTimeout(120_000);
  void offsite;
  void consoleErrors;
  await editAll(page);
  const downloading = page.waitForEvent('download');
  await menu(page, 'save');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('untitled.gradlab');
  const saved = readFileSync(await download.path(), 'utf8');
  const doc = JSON.parse(saved) as { format: string; version: number; chapter: string; scenes: Record<string, unknown> };
  expect(doc).toMatchObject({ format: 'gradient-lab', version: 1, chapter: 'descent' });
  expect(Object.keys(doc.scenes).sort()).toEqual(['chain', 'derivatives', 'graph', 'limits', 'surface']);
  await expect(page.getByTestId('document-status')).toContainText('Downloaded “untitled.gradlab”');
  await expect(page.getByTestId('document-menu-button')).toHaveAttribute('data-dirty', 'false');

  const other = await fresh(browser, page);
  await other.goto('/#/limits');
  await ready(other);
  const open = async (name: string, text: string): Promise<void> => {
    const chooser = other.waitForEvent('filechooser');
    await other.keyboard.press('Control+o');
    // The typed formula is unsaved: Open asks first; "Don't Save" goes on to the file picker.
    await expect(other.getByTestId('unsaved-dialog')).toHaveAttribute('data-action', 'open');
    await other.getByTestId('unsaved-discard').click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };
  await other.getByTestId('limits-formula-input').fill('1/x');
  // Corrupt: the line and column of the damage are named; the typed formula stays.
  await open('broken.gradlab', saved.slice(0, 200));
  const status = other.getByTestId('document-status');
  await expect(status).toHaveAttribute('data-error', 'true');
  await expect(status).toContainText(/This file cannot be opened: it is not valid JSON \(line \d+, column \d+/);
  await expect(other.getByTestId('limits-formula-input')).toHaveValue('1/x');
  // Newer: refused, saying which formats this version reads.
  await open('future.gradlab', JSON.stringify({ ...doc, version: 2 }));
  await expect(status).toContainText('made by a newer Gradient Lab (format 2); this version reads up to 1');
  await expect(other.getByTestId('limits-formula-input')).toHaveValue('1/x');
  // An invalid field: its path is named.
  await open('bad.gradlab', saved.replace('"sin(2x)/x"', '12'));
  await expect(status).toContainText('scenes.limits.formula');
  await expect(other.getByTestId('limits-formula-input')).toHaveValue('1/x');
  await other.screenshot({ path: 'test-results/documents-refused.png' });

  await open('untitled.gradlab', saved);
  await expect(status).toContainText('Opened “untitled.gradlab”');
  await expect(other).toHaveTitle(/untitled\.gradlab/);
  await expectEdited(other);
  await other.context().close();
});

test('New brings every chapter back to its start', async ({ page, offsite, consoleErrors }) => {
  test.setTimeout(120_000);
  void offsite;
  void consoleErrors;
  await editAll(page);
  await menu(page, 'new');
  await page.getByTestId('unsaved-discard').click();
  await expect(page.getByTestId('document-status')).toContainText('New document');
  await expectDefaults(page);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/descent');
});

test('unsaved work is offered back after a reload without its link; Esc decides later', async ({ page, context, offsite, consoleErrors }) => {
  test.setTimeout(120_000);
  void offsite;
  void consoleErrors;
  await page.goto('/#/limits');
  await ready(page);
  await page.getByTestId('limits-formula-input').fill('(x^2 - 1)/(x - 1)');
  await expect(page.getByTestId('document-menu-button')).toHaveAttribute('data-dirty', 'true');
  // Autosave runs every 3 s while dirty.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('gradient-lab.recovery.v1') ?? ''), { timeout: 10_000 }).toContain('(x^2 - 1)/(x - 1)');

  // The same storage, the bare chapter link: the stored work differs from what opens.
  const second = await context.newPage();
  await second.goto('/#/limits');
  await ready(second);
  const dialog = second.getByTestId('recovery-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Restore your unsaved work?');
  await expect(second.getByTestId('recovery-restore')).toBeFocused();
  // Focus stays inside the dialog.
  for (let i = 0; i < 4; i++) await second.keyboard.press('Tab');
  expect(await second.evaluate(() => document.activeElement?.closest('[data-testid="recovery-dialog"]') !== null)).toBe(true);
  await second.screenshot({ path: 'test-results/documents-recovery.png' });
  // Esc: decide later — the work stays stored and the File menu offers it again.
  await second.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(second.getByTestId('limits-formula-input')).toHaveValue('x^2');
  expect(await second.evaluate(() => localStorage.getItem('gradient-lab.recovery.v1') ?? '')).toContain('(x^2 - 1)/(x - 1)');
  await menu(second, 'restore');
  await second.getByTestId('recovery-restore').click();
  await expect(second.getByTestId('limits-formula-input')).toHaveValue('(x^2 - 1)/(x - 1)');
  await expect(second.getByTestId('document-status')).toContainText('restored');
  await second.close();
});

test('the File menu works from the keyboard and reads well in Chinese at 1024×768', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#/limits');
  await ready(page);
  await page.getByTestId('language-select').selectOption('zh-CN');
  const button = page.getByTestId('document-menu-button');
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('document-menu')).toBeVisible();
  await expect(page.getByTestId('document-new')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('document-open')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByTestId('document-copy-link')).toBeFocused();
  await expect(page.getByTestId('document-copy-link')).toContainText('复制此视图的链接');
  const box = await page.getByTestId('document-menu').boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(1024);
  await page.screenshot({ path: 'test-results/documents-menu-zh.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('document-menu')).toHaveCount(0);
  await expect(button).toBeFocused();
  // Ctrl+S saves the document (a download), not the web page.
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  expect((await downloading).suggestedFilename()).toBe('untitled.gradlab');
});

/** Adds walkers on the bowl and steps them; returns what the walker panel shows. */
async function walkerScene(page: Page): Promise<void> {
  await page.goto('/#/descent');
  await ready(page);
  await page.getByTestId('point-a-input').fill('2.5');
  await page.getByTestId('point-b-input').fill('-2');
  await page.getByTestId('point-b-input').press('Enter');
  await page.getByTestId('tab-descent').click();
  await page.getByTestId('walker-optimizer').selectOption('gd');
  await page.getByTestId('walker-add').click();
  await page.getByTestId('walker-optimizer').selectOption('momentum');
  await page.getByTestId('walker-add').click();
  for (let i = 0; i < 12; i++) await page.getByTestId('walker-step').click();
  await page.getByTestId('walker-speed').selectOption('30');
  // The form's current settings are part of the state too.
  await page.getByTestId('walker-optimizer').selectOption('adam');
}

interface WalkerReadout {
  readonly count: number;
  readonly losses: readonly string[];
  readonly statuses: readonly string[];
  readonly texts: readonly string[];
}
async function readWalkers(page: Page): Promise<WalkerReadout> {
  const items = page.getByTestId('walker-legend').locator('li');
  const count = await items.count();
  const losses: string[] = [];
  const statuses: string[] = [];
  const texts: string[] = [];
  for (const id of ['w1', 'w2'].slice(0, count)) {
    losses.push((await page.getByTestId(`walker-loss-${id}`).getAttribute('data-value')) ?? '');
    statuses.push((await page.getByTestId(`walker-status-${id}`).getAttribute('data-status')) ?? '');
    texts.push(await page.getByTestId(`walker-${id}`).innerText());
  }
  return { count, losses, statuses, texts };
}

/** The walkers as walkerScene left them, read off the panel and checked against the closed form. */
async function expectWalkers(page: Page, before: WalkerReadout): Promise<void> {
  await expect(page.getByTestId('tab-descent')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('walker-legend').locator('li')).toHaveCount(2);
  // GD with η = 0.1 on x² + y² from (2.5, −2): w_k = 0.8^k·w_0, so f_12 = (2.5² + 2²)·0.8^24.
  await expect.poll(async () => Number(await page.getByTestId('walker-loss-w1').getAttribute('data-value'))).toBeCloseTo((2.5 ** 2 + 2 ** 2) * 0.8 ** 24, 12);
  expect(await readWalkers(page)).toEqual(before);
  await expect(page.getByTestId('walker-speed')).toHaveValue('30');
  await expect(page.getByTestId('walker-optimizer')).toHaveValue('adam');
}

test('walkers survive a reload and a copied link: count, steps, losses, speed and form', async ({ page, browser, offsite, consoleErrors }) => {
  test.setTimeout(120_000);
  void offsite;
  void consoleErrors;
  await walkerScene(page);
  const before = await readWalkers(page);
  expect(before.count).toBe(2);
  expect(before.texts[0]).toContain('12');
  const url = await viewInUrl(page);
  await page.reload();
  await ready(page);
  await expectWalkers(page, before);

  const other = await fresh(browser, page);
  await other.goto(url);
  await ready(other);
  await expectWalkers(other, before);
  await other.screenshot({ path: 'test-results/documents-walkers-link.png' });
  await other.context().close();
});

test('New over unsaved changes asks: Esc and Cancel keep everything, Save downloads first, Don’t Save resets', async ({ page, offsite, consoleErrors }) => {
  test.setTimeout(120_000);
  void offsite;
  void consoleErrors;
  await page.goto('/#/limits');
  await ready(page);
  const input = page.getByTestId('limits-formula-input');
  await input.fill('1/x');
  await expect(page.getByTestId('document-menu-button')).toHaveAttribute('data-dirty', 'true');
  const dialog = page.getByTestId('unsaved-dialog');

  await menu(page, 'new');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Save the changes to “Untitled”?');
  await expect(page.getByTestId('unsaved-save')).toBeFocused();
  // Focus stays inside the dialog.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="unsaved-dialog"]') !== null)).toBe(true);
  await page.screenshot({ path: 'test-results/documents-unsaved.png' });
  // Esc = Cancel; focus goes back where it was.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(input).toHaveValue('1/x');
  await expect(page.getByTestId('document-menu-button')).toBeFocused();

  await menu(page, 'new');
  await page.getByTestId('unsaved-cancel').click();
  await expect(dialog).toHaveCount(0);
  await expect(input).toHaveValue('1/x');
  await expect(page.getByTestId('document-menu-button')).toHaveAttribute('data-dirty', 'true');

  // Save: the work is downloaded, then New goes on.
  await menu(page, 'new');
  const downloading = page.waitForEvent('download');
  await page.getByTestId('unsaved-save').click();
  const saved = readFileSync(await (await downloading).path(), 'utf8');
  expect((JSON.parse(saved) as { scenes: { limits: { formula: string } } }).scenes.limits.formula).toBe('1/x');
  await expect(input).toHaveValue('x^2');

  // Don't Save, in Chinese.
  await page.getByTestId('language-select').selectOption('zh-CN');
  await input.fill('sin(x)/x');
  await menu(page, 'new');
  await expect(dialog).toContainText('要保存对“未命名”的更改吗？');
  await expect(page.getByTestId('unsaved-discard')).toHaveText('不保存');
  await page.screenshot({ path: 'test-results/documents-unsaved-zh.png' });
  await page.getByTestId('unsaved-discard').click();
  await expect(input).toHaveValue('x^2');
  await expect(page.getByTestId('document-menu-button')).toHaveAttribute('data-dirty', 'false');
});
