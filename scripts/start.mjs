// `npm start`: build the app with electron-vite and launch it in Electron — or, when the
// Electron binary is not installed (it cannot be downloaded everywhere), say so in one
// paragraph and point to the browser build.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkElectron, localeFromEnv, missingElectronMessage } from './electron-check.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = checkElectron({ root, platform: process.platform, nodeVersion: process.version, env: process.env });

if (!check.ok) {
  console.error(`\n${missingElectronMessage(check, localeFromEnv(process.env))}\n`);
  process.exit(1);
}

// Through node + the package's JS entry rather than .bin shims, so this works on Windows too.
const electronVite = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// A stray ELECTRON_RUN_AS_NODE from the shell would make Electron behave as plain Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(check.binaryPath, ['.'], { cwd: root, env, stdio: 'inherit', windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
