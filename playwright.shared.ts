/**
 * What the e2e suite (playwright.config.ts) and the browser benchmarks
 * (bench/browser/playwright.bench.config.ts) share: Debian's Chromium — never a downloaded
 * browser — with software WebGL (the no-GPU path, see below) and no background networking, and the preview server of the
 * built web app on 127.0.0.1:4173.
 */
import type { PlaywrightTestConfig } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Port and build folder can be moved (E2E_PORT, E2E_OUTDIR) so parallel runs never share a server. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUTDIR = process.env.E2E_OUTDIR;
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export const chromiumUse: NonNullable<PlaywrightTestConfig['use']> = {
  baseURL: BASE_URL,
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    executablePath: CHROMIUM,
    // No GPU here: with only --enable-unsafe-swiftshader Chromium takes the path the desktop app
    // takes on a PC without a GPU driver (electron/main/gpu-switches.ts): software compositing and
    // raster, WebGL on SwiftShader (chrome://gpu: "Compositing: Software only", "WebGL: Software
    // only"). Forcing --use-angle=swiftshader instead would run compositing and (with Debian's
    // default --enable-gpu-rasterization) all page raster through SwiftShader's GL, a
    // configuration no user's machine has. E2E_FORCE_ANGLE_SWIFTSHADER=1 restores it.
    args: [
      '--no-sandbox',
      ...(process.env.E2E_FORCE_ANGLE_SWIFTSHADER === '1' ? ['--use-angle=swiftshader'] : []),
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

/** `vite preview` of dist-web, started through its binary (not npx), from the repository root. */
export function previewServer(cwd?: string): NonNullable<PlaywrightTestConfig['webServer']> {
  return {
    command: `node_modules/.bin/vite preview --strictPort --host 127.0.0.1 --port ${PORT}${OUTDIR ? ` --outDir ${OUTDIR}` : ''}`,
    ...(cwd ? { cwd } : {}),
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  };
}
