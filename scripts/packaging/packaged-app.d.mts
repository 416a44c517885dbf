/** Types for packaged-app.mjs. */
export declare function packagedAppPaths(input: {
  releaseDir: string;
  platform: string;
  arch: string;
  productFilename: string;
  executableName: string;
}): { appDir: string; executable: string; fuseTarget: string };
export declare const SMOKE_FUSES: Readonly<Record<string, boolean>>;
