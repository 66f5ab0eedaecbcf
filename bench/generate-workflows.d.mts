/** Types of generate-workflows.mjs, for the TypeScript tests that import it. */
export function workflow(random: () => number, index: number): string;
export function generateCorpus(directory: string, count: number, seed?: number): number;
export function generateRepositoryWorkflows(directory: string, workflows?: number, seed?: number): string[];
