import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintWorkflow, workflowFiles } from './lint-workflows.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = path.join(root, 'scripts', 'packaging', 'lint-workflows.mjs');
const release = path.join(root, '.github', 'workflows', 'release.yml');

/** A workflow with four mistakes actionlint must each catch. */
const BROKEN = `name: broken
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-24.04
    needs: nosuchjob
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depht: 0
      - run: echo "\${{ github.ref_nmae }}"
  other:
    steps:
      - run: echo hi
`;

describe('workflow lint (actionlint via WebAssembly)', () => {
  it('finds the workflow files', () => {
    expect(workflowFiles(path.join(root, '.github', 'workflows'))).toContain(release);
    expect(workflowFiles(path.join(root, 'no-such-dir'))).toEqual([]);
  });

  it('passes the release workflow', async () => {
    expect(await lintWorkflow(readFileSync(release, 'utf8'), '.github/workflows/release.yml')).toEqual([]);
  }, 60_000);

  it('catches each mistake in a deliberately broken workflow', async () => {
    const findings = await lintWorkflow(BROKEN, '.github/workflows/broken.yml');
    const summary = findings.map((f) => ({ line: f.line, kind: f.kind, word: /nosuchjob|fetch-depht|ref_nmae|runs-on/.exec(f.message)?.[0] }));
    expect(summary).toEqual([
      { line: 6, kind: 'job-needs', word: 'nosuchjob' }, // `needs` an undefined job (reported on the job)
      { line: 12, kind: 'action', word: 'fetch-depht' }, // unknown input of actions/checkout
      { line: 13, kind: 'expression', word: 'ref_nmae' }, // unknown property in an expression
      { line: 14, kind: 'syntax-check', word: 'runs-on' }, // job without a runner
    ]);
  }, 60_000);

  it('fails the npm script on a broken file and passes on the real one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lint-workflows-'));
    const broken = path.join(dir, 'broken.yml');
    writeFileSync(broken, BROKEN);
    const bad = spawnSync(process.execPath, [script, broken], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/fetch-depht/);
    const good = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
  }, 120_000);
});
