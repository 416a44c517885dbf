/**
 * DESIGN.md §6: a gradient by reverse mode costs at most 4× one function evaluation. Subject: the
 * compiled tape's valueAndGradient; baseline: the expression engine's compile().evaluate on the
 * same formula at the same points, measured in the same run (bench/autodiff-cases.ts).
 * Issue 11 asks for it "in a fresh process and in the warm state": each formula is timed once in
 * a child process of its own (bench/autodiff-fresh.ts, nothing else compiled there), then here
 * after all six have been compiled and run (the app's state: shared call-site feedback).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { GRADIENT_FORMULAS, GRADIENT_POINTS, measureGradient } from './autodiff-cases';
import type { GradientTimes } from './autodiff-cases';
import { report } from './harness';

const jiti = fileURLToPath(new URL('../node_modules/jiti/lib/jiti-cli.mjs', import.meta.url));
const child = fileURLToPath(new URL('./autodiff-fresh.ts', import.meta.url));

function fresh(index: number): GradientTimes {
  const r = spawnSync(process.execPath, [jiti, child, String(index)], { encoding: 'utf8', timeout: 120_000 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`fresh child ${index} failed: ${r.stderr}`);
  return JSON.parse(line) as GradientTimes;
}

function reportTimes(name: string, pass: string, t: GradientTimes): void {
  report({
    name: `autodiff gradient (${name}), ${GRADIENT_POINTS} points, ${pass}`,
    value: t.gradTime, unit: 'ms', baseline: t.evalTime, baselineName: 'expr compile().evaluate (one evaluation)',
    ratioKind: 'cost', budget: { max: 4 },
  });
  report({
    name: `autodiff tape forward only (${name}), ${GRADIENT_POINTS} points, ${pass} — informational`,
    value: t.tapeEvalTime, unit: 'ms', baseline: t.evalTime, baselineName: 'expr compile().evaluate (one evaluation)',
    ratioKind: 'cost', budget: {},
  });
}

describe('autodiff: reverse-mode gradient vs one evaluation', () => {
  GRADIENT_FORMULAS.forEach((f, i) => {
    it(`${f.name} (fresh process)`, () => {
      reportTimes(f.name, 'fresh process', fresh(i));
    });
  });
  let warmed = false;
  for (const f of GRADIENT_FORMULAS) {
    it(`${f.name} (app state)`, () => {
      if (!warmed) {
        // Every formula compiled and run once before any is timed.
        for (const g of GRADIENT_FORMULAS) measureGradient(g);
        warmed = true;
      }
      reportTimes(f.name, 'app state', measureGradient(f));
    });
  }
});
