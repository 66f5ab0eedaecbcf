import { load } from 'js-yaml';

/** `runs.using` of an action.yml (node20, composite, docker...), or undefined. Pure. */
export function actionRuntime(actionYaml: string): string | undefined {
  let document: unknown;
  try {
    document = load(actionYaml);
  } catch {
    return undefined;
  }
  const runs = (document as { runs?: unknown } | null)?.runs;
  const using = runs && typeof runs === 'object' ? (runs as { using?: unknown }).using : undefined;
  return typeof using === 'string' ? using.trim().toLowerCase() : undefined;
}

/** Node runtimes GitHub has removed or is removing from hosted runners. */
export const DEPRECATED_RUNTIMES: Record<string, string> = {
  node12: 'removed from runners in 2023',
  node16: 'removed from runners in 2024',
  node20: 'removed from runners in 2026',
};
