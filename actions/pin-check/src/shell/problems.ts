/**
 * What the shell checks find: one problem per unpinned thing a command
 * installs, downloads or runs, saying what it is and how to pin it. Pure types.
 */
export type ProblemKind =
  /** A package installed at whatever version is newest (npm -g x, pip install x, go install x@latest...). */
  | 'unpinned-package'
  /** `npm install` without arguments: prefer the lockfile install (npm ci). */
  | 'prefer-lockfile-install'
  /** A version pinned without its content (pip without --require-hashes). */
  | 'unhashed-requirements'
  /** A pinned tool whose own dependencies resolve anew (cargo install without --locked). */
  | 'unlocked-dependencies'
  /** A download piped into a shell or interpreter (curl | sh). */
  | 'pipe-to-shell'
  /** A script fetched and run in one command (bash <(curl ...), sh -c "$(curl ...)"). */
  | 'fetched-script'
  /** A file downloaded, then run, with no checksum verified in between. */
  | 'download-then-run'
  /** An OS package installed without a version (apt-get install x), for the optional rule. */
  | 'unpinned-os-package';

export interface InstallProblem {
  kind: ProblemKind;
  message: string;
  fix: string;
}

/** What the repository says that changes a judgment: packages its package.json files declare, whether it is a Go module. */
export interface PackageContext {
  npmDependencies: ReadonlySet<string>;
  hasGoModule: boolean;
}

export const NO_CONTEXT: PackageContext = { npmDependencies: new Set(), hasGoModule: false };

export function unpinnedPackage(message: string, fix: string): InstallProblem {
  return { kind: 'unpinned-package', message, fix };
}
