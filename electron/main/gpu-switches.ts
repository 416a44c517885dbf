/**
 * Chromium switches the app sets before 'ready' so the 3D scenes still draw on a PC without a
 * usable GPU driver (issue 9: lecture-hall PCs, VMs, remote desktops).
 *
 * Since Chromium 139 (Electron 38+) WebGL no longer falls back to SwiftShader, the CPU
 * implementation, on Linux and macOS: context creation fails instead (Windows falls back to
 * WARP, Microsoft's own software rasterizer). `enable-unsafe-swiftshader` restores the fallback.
 * Chromium deprecated it because arbitrary web pages could reach the SwiftShader stack; this app
 * loads only its own bundled pages under a CSP with no remote origin (csp.ts, protocol.ts,
 * navigation.ts), so that attack surface does not exist here, while without it a GPU-less hall
 * PC would show no surface at all. The switch changes nothing where a GPU driver works: Chromium
 * uses SwiftShader only when no hardware GL is available.
 *
 * GRADIENT_LAB_NO_SWIFTSHADER=1 leaves Chromium's default (for testing the "no WebGL" screen).
 */
export interface ChromiumSwitch {
  readonly name: string;
  readonly value?: string;
}

/**
 * The same on every platform: Windows falls back to WARP first, and SwiftShader still serves
 * where WARP is unavailable (Server Core, some VMs); harmless where either works.
 */
export function gpuSwitches(env: Readonly<Record<string, string | undefined>>): readonly ChromiumSwitch[] {
  if (env['GRADIENT_LAB_NO_SWIFTSHADER'] === '1') return [];
  return [{ name: 'enable-unsafe-swiftshader' }];
}

/** Applies the switches (Electron's `app.commandLine`, injected so this is testable in Node). */
export function applyGpuSwitches(commandLine: { appendSwitch(name: string, value?: string): void }, switches: readonly ChromiumSwitch[]): void {
  for (const s of switches) {
    if (s.value === undefined) commandLine.appendSwitch(s.name);
    else commandLine.appendSwitch(s.name, s.value);
  }
}
