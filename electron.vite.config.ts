import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import { rendererConfig } from './vite.config';

const fromRoot = (p: string) => fileURLToPath(new URL(p, import.meta.url));
// Read through a record: the web build may or may not set Rolldown options of its own.
const sharedRendererBuild: Readonly<Record<string, unknown>> = rendererConfig.build;
const sharedRolldown = (sharedRendererBuild['rolldownOptions'] ?? {}) as object;

/**
 * `npm run build` (electron-vite build) → out/main/index.js (ESM), out/preload/index.cjs,
 * out/renderer/. The renderer is the same Vite config as the web build.
 */
export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('./out/main'),
      // Bundle zod & co. into main: the packaged app ships out/** only, not node_modules.
      externalizeDeps: false,
      rollupOptions: { input: { index: fromRoot('./electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      // A sandboxed preload can require only 'electron': everything else must be bundled in,
      // and it must be CommonJS.
      externalizeDeps: false,
      // Parsed on every page load; minified it is about a third of the size.
      minify: true,
      rollupOptions: {
        input: { index: fromRoot('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      outDir: fromRoot('./out/renderer'),
      emptyOutDir: true,
      // Vite 8 bundles with Rolldown and electron-vite 6 reads the renderer's entry from
      // rolldownOptions (a rollupOptions.input here is overwritten by it): keep the web build's
      // Rolldown options, if any, and add the entry there.
      rolldownOptions: {
        ...sharedRolldown,
        input: { index: fromRoot('./renderer/index.html') },
      },
    },
  },
});
