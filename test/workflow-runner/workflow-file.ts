import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parse } from 'yaml';
import { WorkflowRunnerError } from './errors.js';
import { formatProblem, validateWorkflow } from './parser/validate-workflow.js';
import { resolveWorkflowReference } from './references.js';

export type Mapping = Record<string, unknown>;

export interface WorkflowFile {
  path: string;
  /** `name:`, else the path GitHub shows (`.github/workflows/<file>`). */
  name: string;
  doc: Mapping & { jobs: Record<string, Mapping> };
}

const UNSUPPORTED_JOB_KEYS = ['container', 'services'];

/**
 * Reads a workflow, validates it with `@actions/workflow-parser` (reusable
 * workflows it calls included, one level deep) and refuses features the
 * harness does not model. A workflow GitHub would reject never runs.
 */
export async function loadWorkflow(path: string, selfRepository: string): Promise<WorkflowFile> {
  // A `./.github/workflows/` call is resolved next to the file that makes it.
  const workflowsDir = dirname(path);
  const content = readFileSync(path, 'utf8');
  const readCalled = (reference: string) => {
    const uses = reference.startsWith('.github/') ? `./${reference}` : reference;
    try {
      const file = resolveWorkflowReference(uses, workflowsDir, selfRepository, path);
      return { name: basename(file), content: readFileSync(file, 'utf8') };
    } catch {
      return undefined;
    }
  };
  const doc = parse(content) as WorkflowFile['doc'];
  for (const [id, job] of Object.entries(doc?.jobs ?? {})) {
    for (const key of UNSUPPORTED_JOB_KEYS) {
      if (key in job) throw new WorkflowRunnerError('unsupported', `${path}: jobs.${id}.${key} is not supported by the workflow runner`);
    }
    // Before the parser, which would only say it cannot find another repository's workflow.
    if (typeof job.uses === 'string') resolveWorkflowReference(job.uses, workflowsDir, selfRepository, `${path}: jobs.${id}`);
  }
  const problems = await validateWorkflow(path, content, readCalled);
  if (problems.length) throw new WorkflowRunnerError('invalid', `${path} is not a valid workflow:\n  ${problems.map(formatProblem).join('\n  ')}`);
  return { path, name: typeof doc.name === 'string' ? doc.name : `.github/workflows/${basename(path)}`, doc };
}
