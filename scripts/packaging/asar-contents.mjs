// What electron-builder would put into app.asar, computed without Electron: the same config
// loader, schema validation and file matchers electron-builder runs (app-builder-lib's own
// modules, loaded from node_modules), applied to the project as it is on disk. Then an audit of
// that list: only the bundled app may ship — no tests, sources, source maps, node_modules or
// imports the bundle cannot satisfy at run time.
import { readFileSync, existsSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** app-builder-lib's internals, resolved through this repository's electron-builder. */
function builderModules() {
  const builderDir = path.dirname(require.resolve('electron-builder/package.json'));
  const fromBuilder = createRequire(path.join(builderDir, 'package.json'));
  const libDir = path.dirname(fromBuilder.resolve('app-builder-lib/package.json'));
  const fromLib = (p) => require(path.join(libDir, 'out', p));
  const builderUtil = createRequire(path.join(libDir, 'package.json'))('builder-util');
  return {
    config: fromLib('util/config/config.js'),
    fileMatcher: fromLib('fileMatcher.js'),
    appFileCopier: fromLib('util/appFileCopier.js'),
    NodeModuleCopyHelper: fromLib('util/NodeModuleCopyHelper.js').NodeModuleCopyHelper,
    builderUtil,
    /** js-yaml as electron-builder reads its config with (for tests and the workflow checks). */
    yaml: createRequire(path.join(libDir, 'package.json'))('js-yaml'),
  };
}

/** js-yaml from electron-builder's dependency tree. */
export function loadYaml(text) {
  return builderModules().yaml.load(text);
}

/**
 * electron-builder's configuration as it will build it (file + defaults, `extends` resolved),
 * validated against its JSON schema.
 * @param {string} root project directory
 * @param {string} configPath electron-builder.yml
 */
export async function loadBuilderConfig(root, configPath) {
  const m = builderModules();
  const config = await quietly(m.builderUtil.log, () => m.config.getConfig(root, configPath, null));
  await m.config.validateConfiguration(config, new m.builderUtil.DebugLogger(false));
  return config;
}

/** Runs fn with electron-builder's info log silenced (it would say "loaded configuration"). */
async function quietly(log, fn) {
  const saved = log.info;
  log.info = () => undefined;
  try {
    return await fn();
  } finally {
    log.info = saved;
  }
}

/** Production dependencies, transitively, as Node would resolve them from the project. */
export function productionDependencies(root) {
  const seen = new Map();
  const visit = (fromDir, deps) => {
    for (const name of deps) {
      const dir = resolvePackageDir(fromDir, name, root);
      if (dir === null || seen.has(dir)) continue;
      seen.set(dir, name);
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      visit(dir, Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies }));
    }
  };
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  visit(root, Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies }));
  return [...seen].map(([dir, name]) => ({ name, dir }));
}

function resolvePackageDir(fromDir, name, root) {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root || path.dirname(dir) === dir) return null;
    dir = path.dirname(dir);
    // Climb node_modules/<scope>/<pkg>/node_modules chains back to the root only.
    if (!dir.startsWith(root)) return null;
  }
}

/**
 * The files electron-builder would copy into the app (relative paths with '/', sorted, with sizes):
 * the main file set from `files` plus what its node-module collector would take from production
 * dependencies — both through electron-builder's own matchers and walkers.
 * @param {{ root: string, config: Record<string, unknown> }} input
 * @returns {Promise<{ path: string, size: number }[]>}
 */
export async function listAppFiles({ root, config }) {
  const m = builderModules();
  const directories = /** @type {{ output?: string, buildResources?: string }} */ (config.directories ?? {});
  const outDir = path.resolve(root, directories.output ?? 'dist');
  const info = {
    projectDir: root,
    appDir: root,
    buildResourcesDir: path.resolve(root, directories.buildResources ?? 'build'),
    config,
    isPrepackedAppAsar: false,
    areNodeModulesHandledExternally: false,
    debugLogger: { isEnabled: false, add() {} },
    appInfo: { type: 'module' },
    getWorkspaceRoot: async () => root,
  };
  const platformPackager = { info, config, platform: { name: process.platform } };
  const expand = (s) => s;
  const matchers = m.fileMatcher.getMainFileMatchers(root, '/app', expand, {}, platformPackager, outDir, false);
  const fileSets = await m.appFileCopier.computeFileSets(matchers, null, platformPackager, false);

  const files = new Map();
  for (const set of fileSets) {
    for (const file of set.files) {
      const stat = set.metadata.get(file);
      if (stat?.isFile()) files.set(toPosix(path.relative(set.src, file)), stat.size);
    }
  }

  // Production dependencies are collected apart from `files` and filtered by its exclusions only
  // (getNodeModuleFileMatcher + computeNodeModuleFileSets), each file seen as
  // node_modules/<name>/<file>.
  const modules = m.fileMatcher.getNodeModuleFileMatcher(root, '/app', expand, {}, info);
  for (const dep of productionDependencies(root)) {
    const matcher = new m.fileMatcher.FileMatcher(dep.dir, '/app', expand, modules.patterns);
    const helper = new m.NodeModuleCopyHelper(matcher, info);
    const destination = path.join('node_modules', dep.name);
    const kept = await helper.collectNodeModules({ name: dep.name, dir: dep.dir }, [], destination);
    for (const file of kept) {
      const stat = helper.metadata.get(file);
      if (stat?.isFile()) files.set(toPosix(path.join(destination, path.relative(dep.dir, file))), stat.size);
    }
  }
  return [...files].map(([p, size]) => ({ path: p, size })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const toPosix = (p) => p.split(path.sep).join('/');

/** Bare module specifiers a bundled file imports or requires (not relative, not URLs). */
export function bareImports(code) {
  const found = new Set();
  const patterns = [
    /\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g,
    /\bimport\s*\(\s*["']([^"'./][^"']*)["']\s*\)/g,
    /\bfrom\s*["']([^"'./][^"']*)["']/g,
    /\bimport\s*["']([^"'./][^"']*)["']/g,
  ];
  for (const re of patterns) for (const match of code.matchAll(re)) found.add(match[1]);
  return [...found].filter((s) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(s)).sort();
}

/**
 * The source modules a Rolldown bundle was made from: it heads each one with a `// <path>` comment
 * (minified bundles have none, and then nothing is reported).
 */
export function bundledSources(code) {
  const found = new Set();
  for (const m of code.matchAll(/^\/\/ ((?:node_modules\/|[\w.-]+\/)[^\s]*\.[cm]?[jt]sx?|[^\s]+\.svelte(?:\.[jt]s)?)$/gm)) found.add(m[1]);
  return [...found].sort();
}

/** The npm package a bundled source came from, or null for the project's own files. */
function packageOf(source) {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  return m ? m[1] : null;
}

/** Project files that are tests or tooling, never app code. */
function isNotShippable(source) {
  return /(^|\/)(e2e|bench|scripts)\//.test(source) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(source);
}

/** Specifiers Electron's main or preload process can load without node_modules. */
export function isRuntimeProvided(specifier) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) return true;
  if (specifier.startsWith('node:')) return true;
  return builtinModules.includes(specifier.split('/')[0]) || builtinModules.includes(specifier);
}

/**
 * Problems in a file list, each a sentence. `allowed` are path prefixes that may ship;
 * `required` must be present; `allowSourceMaps` lets *.map through.
 * @param {{ path: string, size: number }[]} files
 * `bundledDevDependencies` are dev dependencies whose runtime belongs in the bundle (svelte's).
 * @param {{ allowed: string[], required: string[], allowSourceMaps?: boolean, devDependencies?: string[], bundledDevDependencies?: string[], readFile?: (p: string) => string, maxBytes?: number }} rules
 */
export function auditAppFiles(files, rules) {
  const problems = [];
  const paths = new Set(files.map((f) => f.path));
  for (const req of rules.required) if (!paths.has(req)) problems.push(`missing ${req}: the packaged app could not start without it`);
  const devDeps = new Set(rules.devDependencies ?? []);
  for (const { path: p } of files) {
    const base = p.split('/').pop() ?? p;
    if (/\.(test|spec)\.[cm]?[jt]sx?$/.test(base) || /(^|\/)(__tests__|e2e|test|tests)\//.test(p)) problems.push(`test file ${p}`);
    else if (/\.map$/.test(base) && !rules.allowSourceMaps) problems.push(`source map ${p} (source maps are not wanted in the package)`);
    else if (/\.(ts|tsx|mts|cts|svelte)$/.test(base) && !/\.d\.ts$/.test(base)) problems.push(`source file ${p} (only the bundle ships)`);
    else if (p.startsWith('node_modules/')) {
      const name = p.split('/')[1]?.startsWith('@') ? p.split('/').slice(1, 3).join('/') : p.split('/')[1];
      problems.push(devDeps.has(name) ? `dev dependency ${name}: ${p}` : `node_modules file ${p} (the bundle needs no node_modules)`);
    } else if (!rules.allowed.some((prefix) => p === prefix || p.startsWith(prefix))) problems.push(`unexpected file ${p} (not part of the built app)`);
  }
  if (rules.readFile) {
    const bundledDev = new Set(rules.bundledDevDependencies ?? []);
    for (const { path: p } of files) {
      if (!/\.[cm]?js$/.test(p)) continue;
      const code = rules.readFile(p);
      if (/^out\/(main|preload)\//.test(p)) {
        for (const spec of bareImports(code)) {
          if (!isRuntimeProvided(spec)) problems.push(`${p} imports "${spec}", which is not in the package (bundle it or ship it)`);
        }
      }
      for (const source of bundledSources(code)) {
        const pkg = packageOf(source);
        if (pkg !== null && devDeps.has(pkg) && !bundledDev.has(pkg)) problems.push(`${p} bundles ${source} from dev dependency ${pkg}`);
        else if (pkg === null && isNotShippable(source)) problems.push(`${p} bundles ${source}, which is test or tooling code`);
      }
    }
  }
  const total = files.reduce((s, f) => s + f.size, 0);
  if (rules.maxBytes !== undefined && total > rules.maxBytes) problems.push(`app contents are ${formatBytes(total)}, over the ${formatBytes(rules.maxBytes)} budget`);
  // A problem per file can run to thousands of lines (a whole node_modules): keep the first 40.
  return problems.length > 40 ? [...problems.slice(0, 40), `… and ${problems.length - 40} more`] : problems;
}

export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(2)} MiB`;
}

/** Size per top-level folder (two levels under out/), largest first, and the largest files. */
export function sizeReport(files, top = 5) {
  const groups = new Map();
  for (const f of files) {
    const parts = f.path.split('/');
    const key = parts[0] === 'out' && parts.length > 2 ? `${parts[0]}/${parts[1]}/` : parts.length > 1 ? `${parts[0]}/` : parts[0];
    const g = groups.get(key) ?? { files: 0, bytes: 0 };
    g.files += 1;
    g.bytes += f.size;
    groups.set(key, g);
  }
  const total = files.reduce((s, f) => s + f.size, 0);
  const lines = [`${files.length} files, ${formatBytes(total)} before asar packing`];
  for (const [key, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) lines.push(`  ${key.padEnd(16)} ${String(g.files).padStart(4)} files  ${formatBytes(g.bytes).padStart(10)}`);
  lines.push('  largest:');
  for (const f of [...files].sort((a, b) => b.size - a.size).slice(0, top)) lines.push(`    ${formatBytes(f.size).padStart(10)}  ${f.path}`);
  return lines.join('\n');
}
