/** Types for fuses-check.mjs. */
export declare const WANTED_FUSES: Readonly<Record<string, boolean>>;
interface FusesModule {
  FuseV1Options: Record<string, number | string>;
  FuseState: Record<string, number | string>;
}
export declare function fuseMismatches(wire: Record<string, unknown>, wanted: Record<string, boolean>, fuses: FusesModule): string[];
export declare function fuseTable(wire: Record<string, unknown>, wanted: Record<string, boolean>, fuses: FusesModule): string;
export declare function checkPackagedFuses(target: string, wanted?: Record<string, boolean>): Promise<{ problems: string[]; table: string }>;
