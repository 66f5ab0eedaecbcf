import { isInside } from '../safe-files/contained-path.js';
import type { StateRootFacts } from './state-root-facts.js';

export interface StateRootJudgement {
  /** Why the root cannot be used (exit 2), or undefined. */
  refusal?: string;
  /** Weaknesses the runner itself set up: said, not refused, since the user cannot change them. */
  warnings: string[];
}

const STICKY = 0o1000;

/**
 * Whether a state root is safe to keep gate decisions in. Anyone who can
 * write there (or replace it) can forge a pass, so: an absolute directory,
 * owned by this user, writable by no one else, whose every ancestor is safe
 * from renames by others (not world-writable, unless sticky like /tmp), and
 * outside the checkout (a pull request controls the checkout) — judged on the
 * real path, so a link into the checkout is seen for what it is. Pure.
 */
export function judgeStateRoot(facts: StateRootFacts, variable: string, allowVariable: string): StateRootJudgement {
  const refuse = (refusal: string): StateRootJudgement => ({ refusal, warnings: [] });
  if (!facts.absolute) return refuse(`${variable} must be an absolute path`);
  if (facts.creationError) return refuse(facts.creationError);
  if (!facts.realPath) return refuse('it is not a directory');
  if (facts.workspace && !facts.allowInWorkspace) {
    const inside = isInside(facts.path, facts.workspace.path) || isInside(facts.realPath, facts.workspace.realPath);
    if (inside) {
      const via = facts.realPath === facts.path ? '' : ` (it resolves to ${facts.realPath})`;
      return refuse(`it is inside the checkout (${facts.workspace.path})${via}; set ${allowVariable}=true to allow it`);
    }
  }
  const warnings = facts.posixModes ? ancestorWarnings(facts) : [];
  if (typeof warnings === 'string') return refuse(warnings);
  // Not created yet: the rest is judged once it exists.
  if (!facts.exists) return { warnings };
  if (!facts.directory) return refuse('it is not a directory');
  if (!facts.posixModes) return facts.writable ? { warnings } : refuse('it is not writable by this user');
  if (facts.uid !== undefined && facts.directory.uid !== facts.uid) {
    return refuse(`it is owned by uid ${facts.directory.uid}, not by this user (uid ${facts.uid}), who could not keep its owner out`);
  }
  if ((facts.directory.mode & 0o002) !== 0) return refuse('it is world-writable, so any local user could forge gate state');
  if ((facts.directory.mode & 0o020) !== 0) return refuse('it is group-writable, so other users in its group could forge gate state');
  if (!facts.writable) return refuse('it is not writable by this user');
  return { warnings };
}

/**
 * A directory anyone can write to, without the sticky bit, lets anyone rename
 * what is inside it and put their own in its place. Refused (the reason
 * returned), or warnings where the runner set it up so (RUNNER_TEMP or above).
 */
function ancestorWarnings(facts: StateRootFacts): string[] | string {
  const warnings: string[] = [];
  for (const ancestor of facts.ancestors) {
    if ((ancestor.mode & 0o002) === 0 || (ancestor.mode & STICKY) !== 0) continue;
    const problem = `${ancestor.path} is world-writable without the sticky bit, so any local user could replace the state root inside it`;
    const runnerMade = facts.runnerTemp !== undefined && isInside(facts.runnerTemp, ancestor.path);
    if (!runnerMade) return problem;
    warnings.push(`${problem} (the runner set it up so: RUNNER_TEMP or a directory above it)`);
  }
  return warnings;
}
