// Reads Electron's fuses back from a packaged binary (@electron/fuses' getCurrentFuseWire) and
// compares them with what scripts/after-pack.cjs sets, so a release cannot ship with a fuse
// left as Electron's default.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {{ FUSES: Record<string, boolean> }} */
const hook = require('../after-pack.cjs');

/** The fuses the after-pack hook sets: name → wanted state. */
export const WANTED_FUSES = Object.freeze({ ...hook.FUSES });

/**
 * Mismatches between a fuse wire read from a binary and the wanted states, one sentence each.
 * @param {Record<string, unknown>} wire getCurrentFuseWire's result: { version, [index]: state byte }
 * @param {Record<string, boolean>} wanted fuse name → state
 * @param {{ FuseV1Options: Record<string, number | string>, FuseState: Record<string, number | string> }} fuses the @electron/fuses module
 */
export function fuseMismatches(wire, wanted, fuses) {
  const problems = [];
  if (String(wire.version) !== '1') problems.push(`fuse wire version ${String(wire.version)} (expected 1)`);
  const { ENABLE, DISABLE, REMOVED } = fuses.FuseState;
  for (const [name, value] of Object.entries(wanted)) {
    const index = fuses.FuseV1Options[name];
    if (typeof index !== 'number') {
      problems.push(`@electron/fuses knows no fuse ${name}`);
      continue;
    }
    const state = wire[String(index)];
    if (state === undefined) problems.push(`${name}: not in this binary's fuse wire`);
    else if (state === REMOVED) problems.push(`${name}: removed from this Electron`);
    else if (state !== (value ? ENABLE : DISABLE)) problems.push(`${name}: ${describe(state, fuses)} (after-pack sets it ${value ? 'enabled' : 'disabled'})`);
  }
  return problems;
}

function describe(state, fuses) {
  const { ENABLE, DISABLE, INHERIT } = fuses.FuseState;
  if (state === ENABLE) return 'enabled';
  if (state === DISABLE) return 'disabled';
  if (state === INHERIT) return 'inherited';
  return `unknown state ${String(state)}`;
}

/** One line per wanted fuse with its state in the binary (for the CI log). */
export function fuseTable(wire, wanted, fuses) {
  return Object.keys(wanted)
    .map((name) => `  ${name.padEnd(40)} ${describe(wire[String(fuses.FuseV1Options[name])], fuses)}`)
    .join('\n');
}

/**
 * Reads the fuses of a packaged app (the .app bundle on macOS, the executable elsewhere) and
 * compares them with `wanted`.
 * @returns {Promise<{ problems: string[], table: string }>}
 */
export async function checkPackagedFuses(target, wanted = WANTED_FUSES) {
  const fuses = await import('@electron/fuses');
  const wire = /** @type {Record<string, unknown>} */ (await fuses.getCurrentFuseWire(target));
  return { problems: fuseMismatches(wire, wanted, /** @type {never} */ (fuses)), table: fuseTable(wire, wanted, fuses) };
}
