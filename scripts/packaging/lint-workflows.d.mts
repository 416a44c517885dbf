/** Types for lint-workflows.mjs. */
export interface Finding {
  message: string;
  line: number;
  column: number;
  kind: string;
}
export declare function lintWorkflow(text: string, file: string): Promise<Finding[]>;
export declare function workflowFiles(dir: string): string[];
