/** Types for checksums.mjs. */
export interface SumEntry {
  name: string;
  sha256: string;
}
export declare function isReleaseArtifact(name: string): boolean;
export declare function sha256File(file: string): Promise<string>;
export declare function formatSums(entries: readonly SumEntry[]): string;
export declare function parseSums(text: string): SumEntry[];
export declare function sumsForDir(dir: string): Promise<SumEntry[]>;
export declare function verifySums(sumsFile: string): Promise<string[]>;
