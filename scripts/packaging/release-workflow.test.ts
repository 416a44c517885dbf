import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadYaml } from './asar-contents.mjs';

/** What the release workflow must do, read from its YAML (actionlint checks the syntax). */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const text = readFileSync(path.join(root, '.github', 'workflows', 'release.yml'), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix: { include: { name: string; os: string; arch: string; targets: string }[] } };
  steps: Step[];
}
interface Workflow {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}
const wf = loadYaml(text) as Workflow;
const builder = loadYaml(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, { target: string[] }>;
const allSteps = Object.values(wf.jobs).flatMap((j) => j.steps);
const build = wf.jobs.build!;
const buildRuns = build.steps.map((s) => s.run ?? '').join('\n');

describe('release workflow', () => {
  it('runs on version tags with read-only defaults; only the release job may write', () => {
    expect(wf.on.push.tags).toEqual(['v*']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(wf.jobs)) {
      if (name === 'release') expect(job.permissions).toEqual({ contents: 'write' });
      else expect(job.permissions).toBeUndefined();
    }
  });

  it('pins every action to a major version at least', () => {
    const uses = allSteps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(5);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
  });

  it('uses Node 22 everywhere (Electron and @electron/fuses need >= 22.12)', () => {
    const nodes = allSteps.filter((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(nodes).toHaveLength(Object.keys(wf.jobs).length);
    for (const s of nodes) expect(s.with?.['node-version']).toBe(22);
  });

  it('builds on the three systems the targets electron-builder.yml lists', () => {
    const matrix = build.strategy!.matrix.include;
    const byOs = (prefix: string) => matrix.filter((m) => m.os.startsWith(prefix));
    const targets = (entries: { targets: string }[], flag: string) =>
      [...new Set(entries.flatMap((m) => m.targets.replace(flag, '').trim().split(/\s+/)))].sort();
    expect(targets(byOs('ubuntu'), '--linux')).toEqual([...builder.linux!.target].sort());
    expect(targets(byOs('windows'), '--win')).toEqual([...builder.win!.target].sort());
    expect(targets(byOs('macos'), '--mac')).toEqual([...builder.mac!.target].sort());
    expect(byOs('macos').map((m) => m.arch).sort()).toEqual(['arm64', 'x64']);
    expect(buildRuns).toMatch(/electron-builder --config electron-builder\.yml --publish never \$\{\{ matrix\.targets \}\} --\$\{\{ matrix\.arch \}\}/);
  });

  it('caches the Electron and electron-builder downloads of all three systems', () => {
    const cache = build.steps.find((s) => s.uses?.startsWith('actions/cache@'));
    const paths = String(cache?.with?.path).trim().split('\n');
    expect(paths).toEqual(
      expect.arrayContaining(['~/.cache/electron', '~/.cache/electron-builder', '~/Library/Caches/electron', '~/Library/Caches/electron-builder', '~/AppData/Local/electron/Cache', '~/AppData/Local/electron-builder/Cache']),
    );
  });

  it('builds macOS unsigned exactly when there is no signing certificate', () => {
    const unsigned = build.steps.find((s) => s.run?.includes('CSC_IDENTITY_AUTO_DISCOVERY=false'));
    expect(unsigned?.if).toBe("runner.os == 'macOS' && env.CSC_LINK == ''");
  });

  it('checks fuses and smoke-tests the packaged app before uploading, under Xvfb on Linux', () => {
    const order = (needle: string) => build.steps.findIndex((s) => (s.run ?? s.uses ?? '').includes(needle));
    const pack = order('electron-builder --config');
    const fuses = order('packaged-app.mjs fuses');
    const copy = order('packaged-app.mjs smoke-copy');
    const smoke = order('playwright test -c e2e/electron/playwright.config.ts');
    const upload = order('actions/upload-artifact@');
    expect([pack, fuses, copy, smoke, upload].every((i) => i >= 0)).toBe(true);
    expect(pack < fuses && fuses < copy && copy < smoke && smoke < upload).toBe(true);
    expect(buildRuns).toMatch(/xvfb-run -a npx playwright test -c e2e\/electron\/playwright\.config\.ts/);
    expect(existsSync(path.join(root, 'e2e', 'electron', 'playwright.config.ts'))).toBe(true);
  });

  it('names only scripts that exist', () => {
    const scripts = [...text.matchAll(/node (scripts\/[\w/.-]+\.mjs)/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const s of scripts) expect(existsSync(path.join(root, s)), s).toBe(true);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const m of text.matchAll(/npm run ([\w:-]+)/g)) expect(pkg.scripts[m[1]!], m[1]).toBeDefined();
  });

  it('attaches installers and one verified SHA256SUMS.txt to a draft release', () => {
    const release = wf.jobs.release!;
    expect(release.needs).toBe('build');
    expect(release.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    const runs = release.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/sha256sum -c SHA256SUMS\.txt/);
    const gh = release.steps.find((s) => s.uses?.startsWith('softprops/action-gh-release@'));
    expect(gh?.with?.draft).toBe(true);
    expect(String(gh?.with?.files)).toMatch(/dist\/SHA256SUMS\.txt/);
    for (const ext of ['exe', 'dmg', 'AppImage', 'deb']) expect(String(gh?.with?.files)).toContain(`dist/*.${ext}`);
  });
});
