import { isMap, isScalar, parseDocument } from 'yaml';

/** `runs.using` of an action.yml (node20, composite, docker...), or undefined. Pure. */
export function actionRuntime(actionYaml: string): string | undefined {
  const document = parseDocument(actionYaml, { uniqueKeys: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  const runs = document.contents.get('runs', true);
  if (!isMap(runs)) return undefined;
  const using = runs.get('using', true);
  return isScalar(using) && typeof using.value === 'string' ? using.value.trim().toLowerCase() : undefined;
}

/** Node runtimes GitHub has removed or is removing from hosted runners. */
export const DEPRECATED_RUNTIMES: Record<string, string> = {
  node12: 'removed from runners in 2023',
  node16: 'removed from runners in 2024',
  node20: 'removed from runners in 2026',
};
