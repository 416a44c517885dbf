/** Types for release-notes.mjs. */
export declare function describeArtifact(name: string): string | null;
export declare function releaseNotes(input: { version: string; files: string[]; macSigned: boolean; macNotarized: boolean; winSigned: boolean }): string;
