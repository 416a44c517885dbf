import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

/**
 * The web build of the renderer (`npm run web`, the e2e suite). The Electron build in
 * electron.vite.config.ts reuses `rendererConfig` so both ship the same bundle.
 */
export const rendererConfig = {
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [svelte()],
  resolve: {
    alias: { $shared: fileURLToPath(new URL('./shared', import.meta.url)) },
  },
  worker: { format: 'es' as const },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // three.js is bigger than one chunk should be (500 kB): its core and its renderer go into
        // two chunks of their own, loaded with the 3D view only and cached across app updates.
        codeSplitting: {
          groups: [
            { name: 'three-core', test: /node_modules[\\/]three[\\/]build[\\/]three\.core/ },
            { name: 'three', test: /node_modules[\\/]three[\\/]/ },
          ],
        },
      },
    },
  },
};

export default defineConfig({
  ...rendererConfig,
  build: {
    ...rendererConfig.build,
    outDir: fileURLToPath(new URL('./dist-web', import.meta.url)),
    emptyOutDir: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts', './renderer/src/vitest-renderer-setup.ts'],
    testTimeout: 20000,
  },
});
