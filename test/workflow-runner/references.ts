import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { WorkflowRunnerError } from './errors.js';

export const DEFAULT_SELF_REPOSITORY = 'org/gates';

/**
 * Where a reusable workflow's `uses:` points. `./.github/workflows/x.yml` is
 * resolved in `workflowsDir`, the folder of the workflow that makes the call:
 * GitHub takes it from the calling workflow's own repository and commit, so
 * this repository's pipeline calls its own phases whoever calls the pipeline.
 */
export function resolveWorkflowReference(uses: string, workflowsDir: string, selfRepository: string, where: string): string {
  const local = /^\.\/\.github\/workflows\/([^/]+\.ya?ml)$/.exec(uses);
  if (local) return join(workflowsDir, local[1]!);
  const self = new RegExp(`^${escape(selfRepository)}/\\.github/workflows/([^/@]+\\.ya?ml)@[^@]+$`).exec(uses);
  if (self) return join(REPO_ROOT, '.github', 'workflows', self[1]!);
  if (uses.startsWith('./')) throw new WorkflowRunnerError('invalid', `${where}: a local reusable workflow must be ./.github/workflows/<file>.yml, not ${uses}`);
  throw new WorkflowRunnerError('unsupported', `${where}: reusable workflow ${uses} is not in this repository (${selfRepository}); the workflow runner runs only this repository's workflows`);
}

export type ActionReference =
  | { kind: 'directory'; directory: string }
  | { kind: 'stand-in'; name: string };

/**
 * Where an action step's `uses:` points. `./x` is resolved in the job's
 * workspace, as the runner does (so it needs a checkout first);
 * `<self>/<path>@ref` and `<self>@ref` are this repository's folders;
 * `owner/repo[/path]@ref` needs a declared stand-in.
 */
export function resolveActionReference(uses: string, workspace: string, selfRepository: string, where: string): ActionReference {
  if (uses.startsWith('docker://')) throw new WorkflowRunnerError('unsupported', `${where}: docker actions (${uses}) are not supported by the workflow runner`);
  if (uses.startsWith('./') || uses.startsWith('../')) return { kind: 'directory', directory: join(workspace, uses) };
  const match = /^([^@]+)@(.+)$/.exec(uses);
  if (!match) throw new WorkflowRunnerError('invalid', `${where}: ${uses} has no @ref`);
  const path = match[1]!;
  if (path === selfRepository) return { kind: 'directory', directory: REPO_ROOT };
  if (path.startsWith(`${selfRepository}/`)) return { kind: 'directory', directory: join(REPO_ROOT, path.slice(selfRepository.length + 1)) };
  return { kind: 'stand-in', name: path };
}

/** The runner's rule: `action.yml`, else `action.yaml`. */
export function actionFile(directory: string): string | undefined {
  return ['action.yml', 'action.yaml'].map((name) => join(directory, name)).find((file) => existsSync(file));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
