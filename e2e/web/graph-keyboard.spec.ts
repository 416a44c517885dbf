/**
 * The graph canvas without a mouse (issue 9): the graph keys act only while the graph is shown
 * and no text field has focus; nodes, edges, connection points and the canvas controls show a
 * focus ring and are named in the UI language with display names (ŷ, u₂), never internal ids;
 * a node moved with the arrow keys stays moved (one undo step); an edge is removed and made again
 * with the keyboard alone (xyflow's click-connect: Enter on one end, then on the other).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

async function openGraph(page: Page): Promise<void> {
  await page.goto('/#/graphs');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-nodes', /^[1-9]\d*$/);
  await expect(page.getByTestId('graph-node-u1')).toBeVisible();
}

/** Focus an element as a keyboard user would (so :focus-visible applies). */
async function keyboardFocus(page: Page, selector: string): Promise<void> {
  await page.keyboard.press('Shift');
  await page.locator(selector).first().focus();
}

test('N and F act only on the graph on screen, never while typing or from another chapter', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openGraph(page);
  // The bug: N pressed in the explorer stepped the hidden graph.
  await page.getByTestId('chapter-descent').click();
  await expect(page.getByTestId('surface-canvas')).toBeVisible();
  await page.locator('body').press('n');
  await page.locator('body').press('n');
  await page.getByTestId('chapter-graphs').click();
  await expect(page.getByTestId('graph-scene')).toBeVisible();
  await expect(page.getByTestId('graph-node-u1')).toHaveAttribute('data-active', 'false');
  await expect(page.getByTestId('graph-value-u1')).toHaveText('?');

  // Typed into a text field (the formula tab), N is a letter.
  await page.getByTestId('graph-tab-formula').click();
  const field = page.getByTestId('graph-scene').locator('input[type="text"], textarea').first();
  await field.click();
  await field.press('n');
  await expect(page.getByTestId('graph-node-u1')).toHaveAttribute('data-active', 'false');

  // On the canvas (focus on a node), N steps forward: u₁ = w₁x₁ lights up with its value.
  await keyboardFocus(page, '.svelte-flow__node[data-id="w1"]');
  await page.keyboard.press('n');
  await expect(page.getByTestId('graph-node-u1')).toHaveAttribute('data-active', 'true');
  const w1 = Number(await page.getByTestId('graph-node-w1').getAttribute('data-value'));
  const x1 = Number(await page.getByTestId('graph-node-x1').getAttribute('data-value'));
  expect(Number(await page.getByTestId('graph-node-u1').getAttribute('data-value'))).toBeCloseTo(w1 * x1, 12);
});

test('nodes, edges, connection points and canvas controls show a focus ring and speak with display names', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openGraph(page);
  const ids = await page.locator('.svelte-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
  const names = await page.locator('.gl-node').evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
  // Ids that differ from their node's display name must never be read out (yhat → ŷ, n1 → u₄).
  const hiddenIds = ids.filter((id) => !names.includes(id));
  expect(hiddenIds.length).toBeGreaterThan(0);

  const edgeLabels = await page.locator('.svelte-flow__edge').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  const nodeLabels = await page.locator('.svelte-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  const handleLabels = await page.locator('.svelte-flow__handle').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  for (const label of [...edgeLabels, ...nodeLabels, ...handleLabels]) {
    expect(label).not.toBe('');
    for (const id of hiddenIds) expect(label, label).not.toMatch(new RegExp(`\\b${id}\\b`));
  }
  expect(edgeLabels).toContain('Edge from w₂ to u₂, input 1');
  expect(nodeLabels).toContain('Node ŷ (σ)');

  // Node: an outline around the card.
  await keyboardFocus(page, '.svelte-flow__node[data-id="u2"]');
  const ring = await page.locator('.svelte-flow__node[data-id="u2"] .gl-node').evaluate((el) => {
    const cs = getComputedStyle(el);
    return { style: cs.outlineStyle, width: Number.parseFloat(cs.outlineWidth) };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(3);
  // Tab goes on into the node's connection points, which ring too.
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveClass(/svelte-flow__handle/);
  await expect(focused).toHaveAttribute('aria-label', 'Input 1 of u₂');
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  // Edge: its hit path becomes a visible halo.
  await keyboardFocus(page, '.svelte-flow__edge[data-id="w2->u2#0"]');
  const halo = await page.locator('.svelte-flow__edge[data-id="w2->u2#0"] .svelte-flow__edge-interaction').evaluate((el) => Number(getComputedStyle(el).strokeOpacity));
  expect(halo).toBeGreaterThan(0.2);
  // Canvas controls: named in the UI language, ringed when focused.
  const zoomIn = page.locator('.svelte-flow__controls-zoomin');
  await expect(zoomIn).toHaveAttribute('aria-label', 'Zoom in');
  await keyboardFocus(page, '.svelte-flow__controls-zoomin');
  expect(await zoomIn.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

  await page.getByTestId('language-select').selectOption('zh-CN');
  await expect(zoomIn).toHaveAttribute('aria-label', '放大');
  await expect(page.locator('.svelte-flow__controls-fitview')).toHaveAttribute('aria-label', '缩放以显示整个计算图');
  await expect(page.locator('.svelte-flow__edge[data-id="w2->u2#0"]')).toHaveAttribute('aria-label', '从 w₂ 到 u₂ 的连线（第 1 个输入）');
});

test('keyboard only: move a node (kept, one undo step), delete an edge and connect it again', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openGraph(page);
  const canvas = page.getByTestId('graph-canvas');
  const edges = Number(await canvas.getAttribute('data-edges'));
  await expect(page.getByTestId('graph-undo')).toBeDisabled();

  // Select u₂ with Enter and move it right with the arrow key (xyflow: 5 flow px per press).
  const card = page.locator('.svelte-flow__node[data-id="u2"]');
  const before = await card.evaluate((el) => el.style.transform);
  await keyboardFocus(page, '.svelte-flow__node[data-id="u2"]');
  await page.keyboard.press('Enter');
  await expect(card).toHaveClass(/selected/);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('graph-undo')).toBeEnabled();
  const moved = await card.evaluate((el) => el.style.transform);
  expect(moved).not.toBe(before);
  // A forward step re-maps every node from the session: the move must survive it.
  await page.getByTestId('graph-forward').click();
  expect(await card.evaluate((el) => el.style.transform)).toBe(moved);
  await page.keyboard.press('Escape');

  // Delete the edge w₂ → u₂ (focus, Enter selects, Delete removes).
  await keyboardFocus(page, '.svelte-flow__edge[data-id="w2->u2#0"]');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(canvas).toHaveAttribute('data-edges', String(edges - 1));

  // Connect it again: Enter on w₂'s output, then Enter on u₂'s first input.
  await keyboardFocus(page, '.svelte-flow__handle[data-nodeid="w2"][data-handleid="out"]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('graph-connecting')).toContainText('Output of w₂');
  // Escape drops a half-made connection; start again.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('graph-connecting')).toHaveCount(0);
  await keyboardFocus(page, '.svelte-flow__handle[data-nodeid="w2"][data-handleid="out"]');
  await page.keyboard.press('Enter');
  await keyboardFocus(page, '.svelte-flow__handle[data-nodeid="u2"][data-handleid="in-0"]');
  await page.keyboard.press('Enter');
  await expect(canvas).toHaveAttribute('data-edges', String(edges));
  await expect(page.locator('.svelte-flow__edge[data-id="w2->u2#0"]')).toHaveCount(1);
  await expect(page.getByTestId('graph-connecting')).toHaveCount(0);
});

test('the "?" sheet and the graph help list the graph keys from the one table, in both languages', async ({ page, offsite, consoleErrors }) => {
  void offsite;
  void consoleErrors;
  await openGraph(page);
  await page.getByTestId('graph-help').click();
  const help = page.getByTestId('graph-help-popover');
  await expect(help).toContainText('Next forward/backward step');
  await expect(help).toContainText('Move the selected nodes');
  await page.keyboard.press('Escape');
  await page.getByTestId('language-select').selectOption('zh-CN');
  await page.locator('body').press('?');
  const sheet = page.getByRole('dialog');
  await expect(sheet).toContainText('前向/反向传播的下一步');
  await expect(sheet).toContainText('移动选中的节点');
  // N pressed over the sheet does not step the graph behind it.
  await page.keyboard.press('n');
  await expect(page.getByTestId('graph-node-u1')).toHaveAttribute('data-active', 'false');
});
