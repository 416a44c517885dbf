/**
 * First-screen weight (issue 11, DESIGN.md §6): the JavaScript the browser fetches to show the
 * first chapter (limits) until the app reports ready, gzip-compressed as a server or an installer
 * would ship it, against the 250 kB budget. The built files are read from disk by URL and
 * compressed here, so the figure does not depend on the preview server's encoding.
 */
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { report } from '../harness';

const BUDGET_KB = 250;

test('first screen (chapter 1, limits): JavaScript gzip size', async ({ page }) => {
  const scripts = new Map<string, Buffer>();
  // Every body read is awaited before summing, so no script is missed or counted half-read.
  const reads: Promise<void>[] = [];
  page.on('response', (res) => {
    const url = res.url();
    if (!/\.m?js(\?|$)/.test(url) || url.includes('/node_modules/')) return;
    reads.push(res.body().then((b) => void scripts.set(url, b)));
  });
  await page.goto('/#/limits');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('limits-scene')).toBeVisible();
  // The first screen is complete, lesson text included (the chapter's strings load with it): no
  // message key stands in for its text.
  await expect(page.getByTestId('limits-scene')).not.toContainText(/\blimits\.[a-z]/);
  // Chapter chunks arrive after `ready`; wait until the network has been quiet for a moment.
  await page.waitForLoadState('networkidle');
  await Promise.all(reads);
  let raw = 0;
  let gz = 0;
  const rows: string[] = [];
  for (const [url, body] of scripts) {
    const g = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gz += g;
    rows.push(`${(g / 1024).toFixed(1).padStart(7)} kB gzip  ${url.replace(/^.*\/assets\//, '')}`);
  }
  console.log(`first screen: ${scripts.size} scripts, ${(raw / 1024).toFixed(0)} kB raw, ${(gz / 1024).toFixed(1)} kB gzip\n${rows.sort().reverse().join('\n')}`);
  report({
    name: 'first screen JS (chapter 1), gzip',
    value: gz / 1024, unit: 'kB', baseline: BUDGET_KB, baselineName: 'the 250 kB gzip budget',
    ratioKind: 'cost', budget: { max: 1 },
  });
});
