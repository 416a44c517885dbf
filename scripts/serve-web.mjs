// `npm run web` (after `vite build`): serve dist-web/ on http://127.0.0.1:4173 with Vite's
// preview server — the same app as the desktop build, for any browser, fully offline.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const PORT = 4173;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (!existsSync(path.join(root, 'dist-web', 'index.html'))) {
  console.error('dist-web/ has not been built yet. Run `npm run web` (it builds first) or `npm run build:web`.');
  process.exit(1);
}

// Vite's own JS entry run by this Node (not npx, not the .bin shim, which is a .cmd on Windows).
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const child = spawn(process.execPath, [vite, 'preview', '--strictPort', '--host', HOST, '--port', String(PORT)], {
  cwd: root,
  stdio: 'inherit',
});

console.log(`\n  Gradient Lab (web build): open http://${HOST}:${PORT}/ in your browser. Press Ctrl+C to stop.\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('exit', (code, signal) => {
  if (code !== 0 && code !== null) console.error(`The preview server stopped (exit code ${code}). Is port ${PORT} already in use?`);
  process.exit(code ?? (signal ? 1 : 0));
});
