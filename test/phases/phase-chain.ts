import { parse } from 'yaml';

/** The pipeline's phases in order; each one's entrance is the verdict of the one before. */
export const PHASES = ['phase-a', 'phase-b', 'phase-c', 'phase-d', 'phase-e'] as const;

interface CallJob {
  needs?: string | string[];
  uses?: string;
  with?: Record<string, unknown>;
}

/**
 * What the workflow runner cannot see, since the wiring is valid either way:
 * a phase that skips the one before (needs phase A from phase C) or enters on
 * anything but the previous phase's verdict. Returns the problems, empty when
 * the chain is whole.
 */
export function phaseChainProblems(pipelineText: string): string[] {
  const jobs = (parse(pipelineText) as { jobs?: Record<string, CallJob> }).jobs ?? {};
  const problems: string[] = [];
  PHASES.forEach((id, index) => {
    const job = jobs[id];
    if (!job) return void problems.push(`${id} is missing`);
    const needs = job.needs === undefined ? [] : ([] as string[]).concat(job.needs);
    const entrance = String(job.with?.entrance ?? '').replace(/\s+/g, '');
    if (index === 0) {
      if (needs.length > 0) problems.push(`${id} needs ${needs.join(', ')}; the first phase needs nothing`);
      if (entrance !== 'pass') problems.push(`${id} enters on "${entrance}", not pass`);
      return;
    }
    const before = PHASES[index - 1]!;
    // Besides the phase before, a phase may need earlier ones for their outputs (phase D: phase B's test report).
    if (!needs.includes(before) || needs.some((need) => !(PHASES.slice(0, index) as readonly string[]).includes(need))) problems.push(`${id} needs [${needs.join(', ')}], not [${before}]: the chain skips or reorders a phase`);
    if (entrance !== `\${{needs.${before}.outputs.verdict}}`) problems.push(`${id} enters on "${entrance}", not \${{ needs.${before}.outputs.verdict }}`);
  });
  return problems;
}
