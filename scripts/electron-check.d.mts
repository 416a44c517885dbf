/** Types for electron-check.mjs (plain JS so `npm start` runs on bare Node). */
export declare const INSTALLER_MIN_NODE: readonly [number, number, number];

export declare function platformBinaryPath(platform: string): string | null;

export declare function nodeAtLeast(version: string, min: readonly number[]): boolean;

interface CheckBase {
  readonly nodeVersion: string;
  /** Whether electron's installer (which needs Node >= 22.12) could run under this Node. */
  readonly nodeOkForInstaller: boolean;
  readonly packageDir: string;
}

export type ElectronCheck =
  | (CheckBase & { readonly ok: true; readonly binaryPath: string })
  | (CheckBase & {
      readonly ok: false;
      readonly reason: 'missing-package' | 'missing-binary' | 'unsupported-platform';
      readonly expectedPath: string | null;
    });

export declare function checkElectron(input: {
  root: string;
  platform: string;
  nodeVersion: string;
  env?: Record<string, string | undefined>;
}): ElectronCheck;

export declare function localeFromEnv(env: Record<string, string | undefined>): 'en' | 'zh-CN';

export declare function missingElectronMessage(check: Extract<ElectronCheck, { ok: false }>, locale?: 'en' | 'zh-CN'): string;
