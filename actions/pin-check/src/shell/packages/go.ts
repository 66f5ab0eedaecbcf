import { isDynamic, positionals } from '../command-words.js';
import { unpinnedPackage, type InstallProblem, type PackageContext } from '../problems.js';

/**
 * `go install`, `go get` and `go run` of remote packages. Pinned: `@vX.Y.Z`
 * (pseudo-versions included) or `@<40-hex>`. Not dependencies: local paths
 * (`./cmd/...`, `/abs`, `.`), and, in a repository that is a Go module,
 * packages without `@` (the module's go.mod and go.sum pin them). `@latest`,
 * branches and version queries (`@v1`, `@v1.2`, `@upgrade`) move. Pure.
 */
const BUILD_VALUED = new Set([
  '-tags', '-ldflags', '-gcflags', '-asmflags', '-gccgoflags', '-mod', '-modfile', '-overlay', '-pkgdir', '-p', '-toolexec',
  '-installsuffix', '-buildmode', '-compiler', '-o', '-C', '-pgo', '-covermode', '-coverpkg', '-exec',
]);
const PINNED_VERSION = /@(v\d+\.\d+\.\d+([-+][\w.+-]*)?|[0-9a-f]{40})$/;

export function checkGo(words: readonly string[], context: PackageContext): InstallProblem[] {
  const subcommand = words[1];
  if (subcommand !== 'install' && subcommand !== 'get' && subcommand !== 'run') return [];
  const args = words.slice(2);
  // `go run pkg@v1.2.3 args...`: only the first positional is a package; the rest are its arguments.
  const targets = subcommand === 'run' ? positionals(args, BUILD_VALUED).slice(0, 1) : positionals(args, BUILD_VALUED);
  const problems: InstallProblem[] = [];
  for (const target of targets) {
    if (isDynamic(target) || isLocal(target) || PINNED_VERSION.test(target)) continue;
    const at = target.lastIndexOf('@');
    if (at === -1) {
      // `go run pkg` and `go get pkg` resolve through go.mod; without a module they fetch the newest version.
      if (subcommand === 'run' || context.hasGoModule || !target.includes('.')) continue;
      problems.push(unpinnedPackage(`go ${subcommand} ${target} has no version, and outside a module it fetches the newest one.`, `pin a version: go ${subcommand} ${target}@vX.Y.Z`));
    } else {
      problems.push(unpinnedPackage(`go ${subcommand} ${target} follows a moving version.`, `pin a version: go ${subcommand} ${target.slice(0, at)}@vX.Y.Z`));
    }
  }
  if (subcommand === 'get' && args.some((arg) => arg === '-u' || arg.startsWith('-u='))) {
    problems.push(unpinnedPackage('go get -u upgrades dependencies to their newest versions at run time.', 'run go get -u locally and commit go.mod and go.sum; CI should build what they pin'));
  }
  return problems;
}

/** `.`, `./cmd/x/...`, `../x`, `/abs/path`, `all`, `std`, `main.go`. */
function isLocal(target: string): boolean {
  return /^(\.|\/)/.test(target) || target === 'all' || target === 'std' || target.endsWith('.go');
}
