import type { DockerfileFacts } from './dockerfile.js';
import type { LockDrift } from './npm-lock-drift.js';
import type { OnlineFacts } from './online/online-facts.js';
import type { WorkflowFacts } from './workflow-model.js';

/** A file pin-check read, or could not read, with the reason. */
export interface TextFile {
  path: string;
  text: string;
}

/** A package.json with a package-lock.json beside it, compared offline: what drifted, or why it could not be read. */
export interface NpmLockFacts {
  manifest: string;
  lockfile: string;
  drift?: LockDrift[];
  invalid?: string;
}

export interface SkippedFile {
  path: string;
  reason: string;
  /** It hides what the gate exists to check (the workflows directory is a link): a finding at the rule's severity, not a note. */
  blocking?: boolean;
}

/** Everything the rules judge, collected once from the workspace. */
export interface RepositoryFacts {
  workflows: WorkflowFacts[];
  dockerfiles: DockerfileFacts[];
  /** Shell scripts: `*.sh`/`*.bash`, files with a sh/bash/zsh shebang, and scripts the workflows run. */
  scripts: TextFile[];
  /** Every file path in the workspace (forward slashes), for lockfile and tool-version rules. */
  paths: Set<string>;
  /** Manifests and lockfiles whose content the rules read (package.json, package-lock.json, requirements*.txt). */
  manifests: TextFile[];
  skipped: SkippedFile[];
  /** npm lockfiles against their package.json (see npm-lock-facts.ts). */
  npmLocks: NpmLockFacts[];
  /** What the GitHub API said about remote references; absent until collected (or skipped, with why). */
  online?: OnlineFacts;
}

export function emptyFacts(): RepositoryFacts {
  return { workflows: [], dockerfiles: [], scripts: [], paths: new Set(), manifests: [], skipped: [], npmLocks: [] };
}
