// `npm run release:dry-run`: everything about packaging that needs no Electron binary.
// Builds the app with electron-vite (into out/, git-ignored), loads and schema-validates
// electron-builder.yml with electron-builder's own code, lists what would go into app.asar, audits
// that list and reports its size, then runs the built main process against a fake Electron
// (electron/main/bundle-smoke). Exit code 1 on any problem.
//   --no-build            audit the existing out/ instead of rebuilding it
//   --allow-source-maps   let *.map files ship (only if the build is meant to emit them)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditAppFiles, listAppFiles, loadBuilderConfig, sizeReport } from './asar-contents.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = new Set(process.argv.slice(2));
const started = Date.now();

if (!args.has('--no-build')) {
  const electronVite = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  // Its chunk table is long; keep it out of `npm test` unless the build fails.
  const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    process.stdout.write(build.stdout ?? '');
    process.stderr.write(build.stderr ?? '');
    console.error('release dry run: electron-vite build failed');
    process.exit(1);
  }
}

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const config = await loadBuilderConfig(root, path.join(root, 'electron-builder.yml'));
const problems = [];
if (config.asar === false) problems.push('electron-builder.yml: asar is off; the fuses require the app to load from app.asar');
const hook = typeof config.afterPack === 'string' ? path.resolve(root, config.afterPack) : null;
if (hook === null || !existsSync(hook)) problems.push('electron-builder.yml: afterPack must name the fuse hook (scripts/after-pack.cjs)');

const files = await listAppFiles({ root, config });
problems.push(
  ...auditAppFiles(files, {
    allowed: ['out/main/', 'out/preload/', 'out/renderer/', 'package.json'],
    required: [path.posix.normalize(pkg.main), 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json'],
    allowSourceMaps: args.has('--allow-source-maps'),
    devDependencies: Object.keys(pkg.devDependencies ?? {}),
    // Svelte compiles components into calls to its runtime, which the renderer bundle must carry.
    bundledDevDependencies: ['svelte'],
    readFile: (p) => readFileSync(path.join(root, p), 'utf8'),
    // Today about 6 MiB; a jump past this means something unintended got in.
    maxBytes: 20 * 1024 * 1024,
  }),
);

console.log(`release dry run: app.asar would hold ${sizeReport(files)}`);
// The file-list audit cannot tell whether electron-vite bundled the main process's dependencies
// correctly; the smoke run loads the built main process against a fake Electron and saves a file.
if (!args.has('--no-build')) {
  const smoke = spawnSync(process.execPath, [path.join(root, 'electron', 'main', 'bundle-smoke', 'run.mjs')], { cwd: root, encoding: 'utf8' });
  if (smoke.status !== 0) {
    process.stdout.write(smoke.stdout ?? '');
    process.stderr.write(smoke.stderr ?? '');
    problems.push('the built main process failed its smoke run (electron/main/bundle-smoke/run.mjs)');
  } else {
    console.log(`release dry run: ${(smoke.stdout ?? '').trim().split('\n').pop()}`);
  }
}
if (problems.length > 0) {
  console.error(`release dry run: ${problems.length} problem(s):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`release dry run: OK (no tests, sources, source maps, node_modules or bundled dev dependencies; ${((Date.now() - started) / 1000).toFixed(1)} s)`);
