#!/usr/bin/env node
// Runs every benchmark (Node-side through Vitest, browser-side through Playwright) and merges
// their lines into bench/results.json, printing each budget as a ratio against its baseline.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

// BENCH_PARTIAL_DIR / BENCH_RESULTS keep a run apart from another one on the same machine
// (bench/harness.ts reads the same variable); defaults: bench/.partial and bench/results.json.
const partial = process.env.BENCH_PARTIAL_DIR || 'bench/.partial';
const resultsFile = process.env.BENCH_RESULTS || 'bench/results.json';
rmSync(partial, { recursive: true, force: true });
mkdirSync(partial, { recursive: true });

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false });
const node = run('node_modules/.bin/vitest', ['run', '--config', 'vitest.bench.config.ts']);
let browser = { status: 0 };
if (existsSync('bench/browser') && existsSync('/usr/bin/chromium')) {
  // E2E_OUTDIR/E2E_PORT (as for the e2e suite) keep a run off the shared dist-web and port 4173.
  const outDir = process.env.E2E_OUTDIR;
  const build = run('node_modules/.bin/vite', outDir ? ['build', '--outDir', outDir, '--emptyOutDir'] : ['build']);
  browser = build.status === 0 ? run('node_modules/.bin/playwright', ['test', '--config', 'bench/browser/playwright.bench.config.ts']) : build;
} else if (existsSync('bench/browser')) {
  console.log('Browser benchmarks skipped: /usr/bin/chromium not found (apt-get install chromium).');
}

const file = `${partial}/results.jsonl`;
const entries = existsSync(file)
  ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  : [];
writeFileSync(resultsFile, `${JSON.stringify(entries, null, 2)}\n`);

const fmt = (x) => (typeof x !== 'number' || !Number.isFinite(x) ? 'n/a' : Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));
console.log('\nBudget                                                        value        baseline     ratio   budget   ');
for (const e of entries) {
  const budget = [e.budget.min !== undefined ? `>= ${e.budget.min}x` : '', e.budget.max !== undefined ? `<= ${e.budget.max}x` : ''].join(' ').trim();
  console.log(
    `${e.pass ? 'ok  ' : 'MISS'} ${e.name.padEnd(56)} ${`${fmt(e.value)} ${e.unit}`.padEnd(12)} ${`${fmt(e.baseline)} ${e.unit}`.padEnd(12)} ${`${fmt(e.ratio)}x`.padEnd(7)} ${budget}`,
  );
}
console.log(`\nwrote ${resultsFile} (${entries.length} entries)`);
const missed = entries.filter((e) => e.pass === false).length;
if (missed > 0) console.log(`${missed} budget(s) missed`);
process.exit(node.status === 0 && browser.status === 0 && missed === 0 ? 0 : 1);
