import { WorkflowRunnerError } from './errors.js';

/** A job's `needs:` as a list (the key takes a string or a list). */
export function needsOf(job: Record<string, unknown>): string[] {
  const needs = job.needs;
  if (needs === undefined) return [];
  return (Array.isArray(needs) ? needs : [needs]).map(String);
}

/**
 * The jobs in an order that respects `needs:`, ties kept in file order (the
 * runner starts independent jobs in parallel; this harness runs them one at a
 * time, so a test must not rely on two independent jobs racing).
 */
export function orderJobs(jobs: Record<string, Record<string, unknown>>, where: string): string[] {
  const ids = Object.keys(jobs);
  for (const id of ids) {
    for (const need of needsOf(jobs[id]!)) {
      if (!(need in jobs)) throw new WorkflowRunnerError('invalid', `${where}: job "${id}" needs "${need}", which is not a job of this workflow`);
    }
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < ids.length) {
    const next = ids.find((id) => !placed.has(id) && needsOf(jobs[id]!).every((need) => placed.has(need)));
    if (next === undefined) {
      const waiting = ids.filter((id) => !placed.has(id));
      throw new WorkflowRunnerError('invalid', `${where}: the needs: of jobs ${waiting.join(', ')} form a cycle`);
    }
    ordered.push(next);
    placed.add(next);
  }
  return ordered;
}

/** Every job a job depends on, directly or through other jobs. */
export function ancestorsOf(id: string, jobs: Record<string, Record<string, unknown>>): Set<string> {
  const seen = new Set<string>();
  const visit = (current: string) => {
    for (const need of needsOf(jobs[current]!)) {
      if (seen.has(need)) continue;
      seen.add(need);
      visit(need);
    }
  };
  visit(id);
  return seen;
}
