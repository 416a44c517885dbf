/**
 * Fuzzing graph files and stored preferences through the real UI (issue 12). Graph files: random
 * DAGs with hostile ids, some broken in one known way; after each, the status names the outcome of
 * THAT file, the canvas holds that file's nodes (or the previous graph after a refusal), no page
 * error, bounded time. Preferences: random stored values; the app opens with each valid key kept
 * and every other key at its default, the 3D view visible.
 */
import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { installFrameProbe, readGap, resetGap, runs, SEED } from './fuzz-support';

test.use({ locale: 'en-US' });

// ——— graph files ———
const HOSTILE = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'then', 'length', '0', 'x y', 'ŷ', '<img src=x>', '../../etc'];
const OPS: readonly (readonly [string, number])[] = [['add', 2], ['sub', 2], ['mul', 2], ['div', 2], ['pow', 2], ['neg', 1], ['sin', 1], ['exp', 1], ['sigmoid', 1], ['relu', 1], ['tanh', 1], ['square', 1], ['sum', -1]];
type Flaw = 'none' | 'dupId' | 'unknownOp' | 'missingInput' | 'cycle' | 'notJson' | 'wrongType' | 'badPosition';

interface Case {
  readonly json: string;
  readonly nodes: number;
  readonly flaw: Flaw;
}

const graphCase: fc.Arbitrary<Case> = fc
  .record({
    leaves: fc.integer({ min: 1, max: 12 }),
    ops: fc.array(fc.tuple(fc.integer({ min: 0, max: OPS.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 })), { maxLength: 60 }),
    hostile: fc.subarray(HOSTILE),
    withPositions: fc.boolean(),
    values: fc.array(fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.constantFrom(0, 1e300, -1e300, 5e-324)), { minLength: 12, maxLength: 12 }),
    flaw: fc.constantFrom<Flaw>('none', 'none', 'none', 'dupId', 'unknownOp', 'missingInput', 'cycle', 'notJson', 'wrongType', 'badPosition'),
  })
  .map(({ leaves, ops, hostile, withPositions, values, flaw }): Case => {
    const ids: string[] = [];
    const nodes: { id: string; op: string; inputs: string[]; name: string; value?: number }[] = [];
    const idFor = (i: number): string => hostile[i] ?? `k${i}`;
    for (let i = 0; i < leaves; i++) {
      ids.push(idFor(i));
      nodes.push({ id: idFor(i), op: i % 3 === 0 ? 'const' : i % 3 === 1 ? 'input' : 'param', inputs: [], name: `v${i}`, value: values[i % values.length] ?? 1 });
    }
    ops.forEach(([k, picks], j) => {
      const [op, arity] = OPS[k] ?? ['add', 2];
      const n = arity < 0 ? picks.length : arity;
      const inputs = Array.from({ length: n }, (_, a) => ids[(picks[a % picks.length] ?? 0) % ids.length] ?? 'k0');
      const id = idFor(leaves + j);
      ids.push(id);
      nodes.push({ id, op, inputs, name: `u${j + 1}` });
    });
    const positions: Record<string, { x: number; y: number }> = Object.create(null) as Record<string, { x: number; y: number }>;
    if (withPositions) nodes.forEach((node, i) => (positions[node.id] = { x: (i % 10) * 180, y: Math.floor(i / 10) * 120 }));
    const last = nodes[nodes.length - 1];
    switch (flaw) {
      case 'dupId':
        nodes.push({ ...(nodes[0] as (typeof nodes)[number]) });
        break;
      case 'unknownOp':
        nodes.push({ id: 'zz-unknown', op: 'eval', inputs: [], name: 'bad' });
        break;
      case 'missingInput':
        nodes.push({ id: 'zz-missing', op: 'neg', inputs: ['no-such-node'], name: 'bad' });
        break;
      case 'cycle':
        nodes.push({ id: 'zz-a', op: 'neg', inputs: ['zz-b'], name: 'a' }, { id: 'zz-b', op: 'neg', inputs: ['zz-a'], name: 'b' });
        break;
      default:
        break;
    }
    void last;
    const positionsText = flaw === 'badPosition' ? `{"${nodes[0]?.id ?? 'k0'}":{"x":"left","y":0}}` : JSON.stringify(positions);
    const body = `"graph":${JSON.stringify({ nodes })},"positions":${positionsText}`;
    const json =
      flaw === 'notJson' ? `{"type":"gradient-lab.graph","version":1,${body}` : flaw === 'wrongType' ? `{"type":"something-else","version":1,${body}}` : `{"type":"gradient-lab.graph","version":1,${body}}`;
    return { json, nodes: nodes.length, flaw };
  });

async function openGraph(page: Page): Promise<void> {
  await page.goto('/#/graphs');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-nodes', /^[1-9]\d*$/);
  await installFrameProbe(page);
}

test('generated graph files: the status tells the truth about each file, ids are data', async ({ page, offsite, consoleErrors }) => {
  test.setTimeout(runs(600_000, 3_600_000));
  void offsite;
  void consoleErrors;
  await openGraph(page);
  const files = page.getByTestId('graph-files');
  const status = page.getByTestId('graph-file-status');
  const canvas = page.getByTestId('graph-canvas');
  let worstGap = 0;
  await fc.assert(
    fc.asyncProperty(graphCase, async (c) => {
      const before = Number(await files.getAttribute('data-handled'));
      const nodesBefore = await canvas.getAttribute('data-nodes');
      await resetGap(page);
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('graph-open').click();
      await (await chooser).setFiles({ name: 'fuzz.json', mimeType: 'application/json', buffer: Buffer.from(c.json) });
      await expect(files).toHaveAttribute('data-handled', String(before + 1));
      const refused = c.flaw !== 'none';
      await expect(status).toHaveAttribute('data-error', String(refused));
      if (refused) {
        await expect(status).toContainText('cannot be opened');
        await expect(canvas).toHaveAttribute('data-nodes', nodesBefore ?? '');
      } else {
        await expect(status).toContainText('Graph loaded');
        await expect(canvas).toHaveAttribute('data-nodes', String(c.nodes));
      }
      worstGap = Math.max(worstGap, await readGap(page));
    }),
    { seed: SEED, numRuns: runs(200, 2000), endOnFailure: true },
  );
  // Files here have at most 72 nodes: loading one is well under a second even on a busy runner.
  expect(worstGap).toBeLessThan(1500);
});

// ——— stored preferences ———
const KEY = 'gradient-lab.preferences.v1';
const THEMES = ['light', 'dark', 'projector'];
const stored = fc.oneof(
  fc.record(
    {
      language: fc.oneof(fc.constantFrom('en', 'zh-CN', null, 'fr', '', 'EN'), fc.anything()),
      theme: fc.oneof(fc.constantFrom(...THEMES, 'neon', ''), fc.anything()),
      uiScale: fc.oneof(fc.double({ min: 0.5, max: 3, noNaN: true }), fc.constantFrom(1e9, -5, 0, 0.49, 3.01, 1e-300, 2, 0.75), fc.anything()),
    },
    { requiredKeys: [] },
  ).map((o) => JSON.stringify(o)),
  fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'),
  fc.string({ maxLength: 40 }),
);

/** What the app must open with, decided here from the stored text (independently of the app). */
function expected(text: string): { language: string; theme: string; fontPx: number } {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    o = null;
  }
  const rec = typeof o === 'object' && o !== null && !Array.isArray(o) ? (o as Record<string, unknown>) : {};
  const get = (k: string): unknown => (Object.prototype.hasOwnProperty.call(rec, k) ? rec[k] : undefined);
  const lang = get('language');
  const theme = get('theme');
  const s = get('uiScale');
  const themeKept = typeof theme === 'string' && THEMES.includes(theme) ? theme : 'light';
  // The projector theme's base size is 20 px instead of 16 (App.svelte), scaled the same way.
  const base = themeKept === 'projector' ? 20 : 16;
  return {
    language: lang === 'zh-CN' ? 'zh-CN' : 'en', // null/invalid → the OS language (en-US here)
    theme: themeKept,
    fontPx: typeof s === 'number' && s >= 0.5 && s <= 3 ? base * s : base,
  };
}

test('generated stored preferences: each valid key kept, every other key at its default, the 3D view visible', async ({ page, offsite, consoleErrors }) => {
  test.setTimeout(runs(600_000, 3_600_000));
  void offsite;
  void consoleErrors;
  await page.goto('/#/descent');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  let n = 0;
  let withView = 0;
  await fc.assert(
    fc.asyncProperty(stored, async (text) => {
      const want = expected(text);
      // Every case reloads the app with its stored text and checks every key. The 3D view (slow
      // to start under software GL) is checked on every fifth case and on every case whose scale
      // is large, where "the view never becomes visible" happened; the others open chapter 1,
      // so CI affords a hundred-odd cases instead of ten.
      const view = n++ % 5 === 0 || want.fontPx >= 40;
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, text] as const);
      await page.goto(view ? '/#/descent' : '/#/limits');
      await page.reload();
      const app = page.getByTestId('app');
      await expect(app).toHaveAttribute('data-ready', 'true');
      await expect(app).toHaveAttribute('data-theme', want.theme);
      await expect(app).toHaveAttribute('data-locale', want.language);
      const px = Number.parseFloat(await page.evaluate(() => document.documentElement.style.fontSize || '16px'));
      expect(px).toBeCloseTo(want.fontPx, 2);
      if (!view) return;
      withView += 1;
      // At a large (valid) scale the scene scrolls; the view must be reachable and drawn.
      const canvas = page.getByTestId('surface-canvas');
      await canvas.scrollIntoViewIfNeeded();
      await expect(canvas).toBeInViewport({ ratio: 0.2 });
      await expect(canvas).toHaveAttribute('data-triangles', /^[1-9]\d*$/);
    }),
    { seed: SEED, numRuns: runs(120, 1000), endOnFailure: true },
  );
  expect(withView).toBeGreaterThanOrEqual(Math.floor(n / 5));
});
