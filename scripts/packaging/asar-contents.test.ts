import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditAppFiles, bareImports, bundledSources, isRuntimeProvided, listAppFiles, loadBuilderConfig, sizeReport } from './asar-contents.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A small project on disk: what electron-builder would see in a real checkout. */
function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asar-fixture-'));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), content);
  }
  return dir;
}

const project = (builderYml: string) =>
  fixture({
    'package.json': JSON.stringify({ name: 'fx', version: '1.0.0', main: 'out/main/index.js', dependencies: { runtime: '1.0.0' }, devDependencies: { devtool: '1.0.0' } }),
    'electron-builder.yml': builderYml,
    'out/main/index.js': 'import { app } from "electron";\n',
    'out/main/index.js.map': '{}',
    'out/renderer/index.html': '<!doctype html>',
    'e2e/app.spec.ts': 'test',
    'src/main.ts': 'export {}',
    'README.md': '# fx',
    'assets/icon.png': 'png',
    'release/old/thing.txt': 'x',
    'node_modules/runtime/package.json': JSON.stringify({ name: 'runtime', version: '1.0.0', dependencies: { nested: '1.0.0' } }),
    'node_modules/runtime/index.js': 'module.exports = 1',
    'node_modules/runtime/README.md': '# readme',
    'node_modules/nested/package.json': JSON.stringify({ name: 'nested', version: '1.0.0' }),
    'node_modules/nested/lib.js': 'module.exports = 2',
    'node_modules/devtool/package.json': JSON.stringify({ name: 'devtool', version: '1.0.0' }),
    'node_modules/devtool/index.js': 'module.exports = 3',
  });

const ymlLike = (files: string[]) => `directories:\n  output: release/\n  buildResources: assets/\nfiles:\n${files.map((f) => `  - "${f}"`).join('\n')}\nasar: true\n`;
const paths = async (dir: string) => (await listAppFiles({ root: dir, config: await loadBuilderConfig(dir, path.join(dir, 'electron-builder.yml')) })).map((f) => f.path);

describe('app.asar contents (electron-builder file matching)', { timeout: 60_000 }, () => {
  it('ships out/** and package.json only, with this repository’s patterns', async () => {
    const dir = project(ymlLike(['out/**', 'package.json', '!node_modules/**']));
    expect(await paths(dir)).toEqual(['out/main/index.js', 'out/main/index.js.map', 'out/renderer/index.html', 'package.json']);
  });

  it('adds production dependencies (not dev ones) once node_modules is not excluded', async () => {
    // electron-builder collects production dependencies apart from `files` and drops their
    // top-level READMEs; dev dependencies never go in.
    const dir = project(ymlLike(['out/**', 'package.json']));
    expect(await paths(dir)).toEqual([
      'node_modules/nested/lib.js',
      'node_modules/nested/package.json',
      'node_modules/runtime/index.js',
      'node_modules/runtime/package.json',
      'out/main/index.js',
      'out/main/index.js.map',
      'out/renderer/index.html',
      'package.json',
    ]);
  });

  it('takes the whole project by default, minus its output folder and build resources', async () => {
    const dir = project(ymlLike(['**/*', '!node_modules/**']));
    const list = await paths(dir);
    expect(list).toContain('e2e/app.spec.ts');
    expect(list).toContain('src/main.ts');
    expect(list).not.toContain('release/old/thing.txt');
    expect(list).not.toContain('assets/icon.png');
    expect(list).not.toContain('electron-builder.yml');
  });

  it('rejects a configuration electron-builder’s schema rejects', async () => {
    const dir = project(`${ymlLike(['out/**'])}nsis:\n  perMachin: false\n`);
    await expect(loadBuilderConfig(dir, path.join(dir, 'electron-builder.yml'))).rejects.toThrow(/configuration\.nsis/);
  });

  it('loads this repository’s electron-builder.yml', async () => {
    const config = await loadBuilderConfig(root, path.join(root, 'electron-builder.yml'));
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe('scripts/after-pack.cjs');
  });
});

describe('audit of the file list', () => {
  const rules = {
    allowed: ['out/main/', 'out/preload/', 'out/renderer/', 'package.json'],
    required: ['out/main/index.js', 'package.json'],
    devDependencies: ['vitest'],
  };
  const clean = [
    { path: 'out/main/index.js', size: 10 },
    { path: 'out/renderer/index.html', size: 5 },
    { path: 'package.json', size: 1 },
  ];

  it('passes the built app', () => {
    expect(auditAppFiles(clean, rules)).toEqual([]);
  });

  it('names each kind of file that must not ship', () => {
    const problems = auditAppFiles(
      [
        { path: 'package.json', size: 1 },
        { path: 'out/renderer/assets/a.test.js', size: 1 },
        { path: 'out/renderer/assets/a.js.map', size: 1 },
        { path: 'out/main/helper.ts', size: 1 },
        { path: 'node_modules/vitest/index.js', size: 1 },
        { path: 'node_modules/zod/index.js', size: 1 },
        { path: 'bench/run.mjs', size: 1 },
        { path: 'e2e/web/app.spec.ts', size: 1 },
      ],
      rules,
    );
    expect(problems).toEqual([
      'missing out/main/index.js: the packaged app could not start without it',
      'test file out/renderer/assets/a.test.js',
      'source map out/renderer/assets/a.js.map (source maps are not wanted in the package)',
      'source file out/main/helper.ts (only the bundle ships)',
      'dev dependency vitest: node_modules/vitest/index.js',
      'node_modules file node_modules/zod/index.js (the bundle needs no node_modules)',
      'unexpected file bench/run.mjs (not part of the built app)',
      'test file e2e/web/app.spec.ts',
    ]);
    expect(auditAppFiles([...clean, { path: 'out/main/index.js.map', size: 1 }], { ...rules, allowSourceMaps: true })).toEqual([]);
  });

  it('flags a bundle that imports a package the app does not ship', () => {
    const code: Record<string, string> = { 'out/main/index.js': 'import { app } from "electron";\nimport fs from "node:fs";\nconst z = require("zod");' };
    expect(auditAppFiles(clean, { ...rules, readFile: (p) => code[p] ?? '' })).toEqual([
      'out/main/index.js imports "zod", which is not in the package (bundle it or ship it)',
    ]);
  });

  it('flags dev dependencies and test code bundled into the app, not svelte’s runtime', () => {
    const chunk = [
      '// node_modules/svelte/src/internal/client/runtime.js',
      'let a = 1;',
      '// node_modules/fast-check/lib/esm/fast-check.js',
      '// node_modules/@scope/tool/index.mjs',
      '// node_modules/mathjs/lib/esm/index.js',
      '// renderer/src/scenes/graph/bench-graph.ts',
      '// renderer/src/App.svelte',
      '// e2e/web/fixtures.ts',
      '// shared/expr/parse.test.ts',
      '// not a path comment',
    ].join('\n');
    expect(bundledSources(chunk)).toEqual([
      'e2e/web/fixtures.ts',
      'node_modules/@scope/tool/index.mjs',
      'node_modules/fast-check/lib/esm/fast-check.js',
      'node_modules/mathjs/lib/esm/index.js',
      'node_modules/svelte/src/internal/client/runtime.js',
      'renderer/src/App.svelte',
      'renderer/src/scenes/graph/bench-graph.ts',
      'shared/expr/parse.test.ts',
    ]);
    const problems = auditAppFiles([...clean, { path: 'out/renderer/assets/x.js', size: 1 }], {
      ...rules,
      devDependencies: ['svelte', 'fast-check', '@scope/tool'],
      bundledDevDependencies: ['svelte'],
      readFile: (p) => (p === 'out/renderer/assets/x.js' ? chunk : ''),
    });
    expect(problems).toEqual([
      'out/renderer/assets/x.js bundles e2e/web/fixtures.ts, which is test or tooling code',
      'out/renderer/assets/x.js bundles node_modules/@scope/tool/index.mjs from dev dependency @scope/tool',
      'out/renderer/assets/x.js bundles node_modules/fast-check/lib/esm/fast-check.js from dev dependency fast-check',
      'out/renderer/assets/x.js bundles shared/expr/parse.test.ts, which is test or tooling code',
    ]);
  });

  it('enforces a size budget', () => {
    expect(auditAppFiles(clean, { ...rules, maxBytes: 15 })).toEqual(['app contents are 16 B, over the 15 B budget']);
  });

  it('finds bare imports in ESM, CommonJS and minified code', () => {
    expect(bareImports('import a from "electron";import{b}from"node:path";import "x/y";const c=require(\'fs\');await import("zod");import d from "./local.js";')).toEqual(['electron', 'fs', 'node:path', 'x/y', 'zod']);
    expect(['electron', 'electron/main', 'node:fs', 'fs', 'fs/promises', 'path'].every(isRuntimeProvided)).toBe(true);
    expect(['zod', 'three', 'electron-store'].some(isRuntimeProvided)).toBe(false);
  });

  it('reports sizes per folder and the largest files', () => {
    const report = sizeReport([
      { path: 'out/renderer/assets/big.js', size: 3 * 1024 * 1024 },
      { path: 'out/main/index.js', size: 2048 },
      { path: 'package.json', size: 100 },
    ]);
    expect(report.split('\n')[0]).toBe('3 files, 3.00 MiB before asar packing');
    expect(report).toMatch(/out\/renderer\/\s+1 files\s+3\.00 MiB/);
    expect(report).toMatch(/out\/main\/\s+1 files\s+2\.0 KiB/);
  });
});
