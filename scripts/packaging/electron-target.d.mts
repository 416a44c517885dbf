/** Types for electron-target.mjs (plain JS, shared by the Electron e2e suite and its unit test). */
export type ElectronLaunchTarget =
  | { readonly kind: 'packaged' | 'dev'; readonly executablePath: string; readonly args: string[]; readonly label: string }
  | { readonly kind: 'skip'; readonly reason: string }
  | { readonly kind: 'error'; readonly message: string };

export declare function softwareGlSwitches(platform: string): string[];

export declare function electronLaunchTarget(input: {
  env: Record<string, string | undefined>;
  platform?: string;
  check: { ok: boolean; binaryPath?: string; expectedPath?: string | null };
  root: string;
  mainEntry: string;
  userDataDir: string;
  exists: (p: string) => boolean;
}): ElectronLaunchTarget;
