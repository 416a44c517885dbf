/** Types for asar-contents.mjs (plain JS so the dry run runs on bare Node). */
export interface AppFile {
  readonly path: string;
  readonly size: number;
}
export declare function loadYaml(text: string): unknown;
export declare function loadBuilderConfig(root: string, configPath: string): Promise<Record<string, unknown>>;
export declare function productionDependencies(root: string): { name: string; dir: string }[];
export declare function listAppFiles(input: { root: string; config: Record<string, unknown> }): Promise<AppFile[]>;
export declare function bundledSources(code: string): string[];
export declare function bareImports(code: string): string[];
export declare function isRuntimeProvided(specifier: string): boolean;
export declare function auditAppFiles(
  files: readonly AppFile[],
  rules: {
    allowed: string[];
    required: string[];
    allowSourceMaps?: boolean;
    devDependencies?: string[];
    bundledDevDependencies?: string[];
    readFile?: (p: string) => string;
    maxBytes?: number;
  },
): string[];
export declare function formatBytes(n: number): string;
export declare function sizeReport(files: readonly AppFile[], top?: number): string;
