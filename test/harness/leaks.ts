import { existsSync, readFileSync } from 'node:fs';
import { filesUnder } from '../adversarial/leak-search.js';
import type { BundleRun } from './run-bundle.js';

/**
 * Every place a step's output can carry a value, by name: the log and error log as GitHub shows them (masked
 * values hidden, as the runner hides them), the outputs, and every file the step left under the runner's
 * directory: the GITHUB_OUTPUT/STATE/ENV/STEP_SUMMARY files, RUNNER_TEMP and the state root (reports, ledger,
 * history) wherever a test put them. The workspace is left out unless asked for (scrubbing it is redact-logs' job).
 */
export function stepTexts(run: BundleRun, options: { workspace?: boolean } = {}): Record<string, string> {
  const texts: Record<string, string> = { log: run.log, 'error log': run.errorLog, outputs: JSON.stringify(run.outputs) };
  const roots = [run.runnerDir, run.env.RUNNER_TEMP!, run.stateRoot, ...(options.workspace ? [run.workspace] : [])];
  const seen = new Set<string>();
  for (const root of roots.filter(existsSync)) {
    for (const file of filesUnder(root)) {
      if (seen.has(file) || (!options.workspace && file.startsWith(`${run.workspace}/`))) continue;
      seen.add(file);
      texts[file] = readFileSync(file, 'latin1');
    }
  }
  return texts;
}

/** Where any of `forms` appears in `texts`: "place: form #i" for each hit, so a failure names the place and never prints the value. */
export function leaks(texts: Record<string, string>, forms: readonly string[]): string[] {
  const found: string[] = [];
  for (const [where, text] of Object.entries(texts)) forms.forEach((form, index) => text.includes(form) && found.push(`${where}: form #${index}`));
  return found;
}
