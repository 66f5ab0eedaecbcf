import { describe, expect, test } from '@jest/globals';
import { factsFrom, policy } from '../testing/facts-from-files.js';
import { lockfileOutOfSync } from './lockfile-out-of-sync.js';
import { addNpmLockFacts } from '../npm-lock-facts.js';
import { missingLockfile } from './missing-lockfile.js';
import { missingToolVersion } from './missing-tool-version.js';

const PACKAGE = JSON.stringify({ name: 'svc', dependencies: { express: '^4.19.2', zod: '~3.23.0' }, devDependencies: { jest: '^29.7.0', local: 'file:../local' } });
const LOCK = JSON.stringify({
  name: 'svc',
  lockfileVersion: 3,
  packages: {
    '': {},
    'node_modules/express': { version: '4.21.2' },
    'node_modules/zod': { version: '3.24.1' },
  },
});

describe('missing-lockfile', () => {
  test('manifests with dependencies need their lockfile; workspace roots count; empty manifests do not', () => {
    const findings = missingLockfile.check(
      factsFrom({
        'package.json': JSON.stringify({ private: true, workspaces: ['packages/*'], devDependencies: { typescript: '5.6.3' } }),
        'package-lock.json': '{}',
        'packages/a/package.json': JSON.stringify({ dependencies: { zod: '^3' } }),
        'tools/package.json': JSON.stringify({ name: 'tools', scripts: {} }),
        'services/api/go.mod': 'module example.com/api\n\ngo 1.23\n\nrequire github.com/go-chi/chi/v5 v5.1.0\n',
        'crates/core/Cargo.toml': '[package]\nname = "core"\n\n[dependencies]\nserde = "1"\n',
        'py/pyproject.toml': '[project]\nname = "x"\ndependencies = ["requests>=2"]\n',
      }),
      policy(),
    );
    expect(findings.map((f) => f.file)).toEqual(['crates/core/Cargo.toml', 'py/pyproject.toml', 'services/api/go.mod']);
  });

  test('a lockfile counts only at the workspace root that lists the manifest (npm, pnpm, yarn, Cargo, Go, uv), not in any parent directory', () => {
    const deps = (extra: object = {}) => JSON.stringify({ dependencies: { zod: '^3.23.8' }, ...extra });
    const findings = missingLockfile.check(
      factsFrom({
        'package.json': JSON.stringify({ private: true, workspaces: ['packages/*', '!packages/legacy'] }),
        'package-lock.json': '{}',
        'packages/api/package.json': deps(),
        'packages/legacy/package.json': deps(),
        'examples/todo-app/package.json': deps(),
        'web/package.json': JSON.stringify({ private: true, workspaces: { packages: ['apps/*'] } }),
        'web/yarn.lock': '',
        'web/apps/site/package.json': deps(),
        'docs/pnpm-workspace.yaml': "packages:\n  - 'sites/*'\n",
        'docs/pnpm-lock.yaml': '',
        'docs/sites/handbook/package.json': deps(),
        'Cargo.toml': '[workspace]\nmembers = [\n  "crates/*",\n]\nexclude = ["crates/experimental"]\n\n[workspace.dependencies]\nserde = "1"\n\n[dependencies]\nxtask = { path = "tools/xtask" }\n',
        'Cargo.lock': '',
        'crates/core/Cargo.toml': '[package]\nname = "core"\n\n[dependencies]\nserde = { workspace = true }\n',
        'crates/experimental/Cargo.toml': '[package]\nname = "experimental"\n\n[dependencies]\nrand = "0.8"\n',
        'tools/xtask/Cargo.toml': '[package]\nname = "xtask"\n\n[dependencies]\nanyhow = "1"\n',
        'benches/Cargo.toml': '[package]\nname = "benches"\nworkspace = ".."\n\n[dependencies]\ncriterion = "0.5"\n',
        'go.work': 'go 1.23\n\nuse (\n\t./libs/auth\n)\n',
        'go.work.sum': '',
        'libs/auth/go.mod': 'module example.com/auth\n\ngo 1.23\n\nrequire golang.org/x/crypto v0.28.0\n',
        'services/api/go.mod': 'module example.com/api\n\ngo 1.23\n\nrequire (\n\tgithub.com/go-chi/chi/v5 v5.1.0\n\texample.com/auth v0.0.0\n)\n\nreplace example.com/auth => ../../libs/auth\n',
        'hack/tools/go.mod': 'module example.com/tools\n\ngo 1.23\n\nrequire example.com/gen v0.0.0\n\nreplace example.com/gen => ./gen\n',
        'pyproject.toml': '[project]\nname = "mono"\ndependencies = ["httpx>=0.27"]\n\n[tool.uv.workspace]\nmembers = ["packages/*"]\n',
        'uv.lock': '',
        'packages/py-core/pyproject.toml': '[project]\nname = "core"\ndependencies = ["pydantic>=2"]\n',
        'scripts/pyproject.toml': '[project]\nname = "scripts"\ndependencies = ["rich"]\n',
      }),
      policy(),
    );
    expect(findings.map((f) => f.file)).toEqual(['crates/experimental/Cargo.toml', 'examples/todo-app/package.json', 'packages/legacy/package.json', 'scripts/pyproject.toml', 'services/api/go.mod']);
    expect(findings.find((f) => f.file === 'examples/todo-app/package.json')!.message).toBe(
      "examples/todo-app/package.json declares dependencies but has no lockfile its package manager uses, so every install resolves versions anew. (package-lock.json is not its workspace root's: no workspace there lists it.)",
    );
  });

  test('requirements files need == pins with --hash on every requirement', () => {
    const findings = missingLockfile.check(
      factsFrom({ 'requirements.txt': '# pinned\nrequests==2.32.3 \\\n    --hash=sha256:70761cfe03c773ceb22aa2f671b4757976145175cdfca038c02654d061d6dcc6\nflask>=3\n-r other.txt\nurllib3==2.2.3\n' }),
      policy(),
    );
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [4, 'flask>=3 is not pinned with == and --hash, so pip may install other content.'],
      [6, 'urllib3==2.2.3 is not pinned with == and --hash, so pip may install other content.'],
    ]);
  });
});

/** Facts with the npm lock comparison collection makes. */
async function lockFacts(files: Record<string, string>) {
  const facts = factsFrom(files);
  await addNpmLockFacts(facts);
  return facts;
}

describe('lockfile-out-of-sync', () => {
  test('dependencies missing from the lock or locked outside their range', async () => {
    const findings = lockfileOutOfSync.check(await lockFacts({ 'package.json': PACKAGE, 'package-lock.json': LOCK }), policy());
    expect(findings.map((f) => f.message)).toEqual([
      'zod is locked at 3.24.1, outside the range ~3.23.0 in package.json.',
      'jest@^29.7.0 from package.json is missing from the lockfile.',
    ]);
  });

  test('lockfile v1 (dependencies map) is read too, and an in-sync lock is clean', async () => {
    const v1 = JSON.stringify({ lockfileVersion: 1, dependencies: { express: { version: '4.19.2' }, zod: { version: '3.23.8' }, jest: { version: '29.7.0' } } });
    expect(lockfileOutOfSync.check(await lockFacts({ 'package.json': PACKAGE, 'package-lock.json': v1 }), policy())).toEqual([]);
  });

  test('a corrupt lockfile is a finding, not a crash', async () => {
    expect(lockfileOutOfSync.check(await lockFacts({ 'package.json': PACKAGE, 'package-lock.json': '{"lockfileVersion": 3,' }), policy())[0]!.message).toContain('is not valid JSON');
  });
});

describe('missing-tool-version', () => {
  test('only when policy requires it; version files or .tool-versions satisfy it', () => {
    const files = { '.nvmrc': '20.18.1\n', '.tool-versions': 'python 3.12.7\n' };
    expect(missingToolVersion.check(factsFrom(files), policy())).toEqual([]);
    const findings = missingToolVersion.check(factsFrom(files), policy({ requireToolVersions: ['node', 'python', 'go'] }));
    expect(findings.map((f) => f.message)).toEqual(['policy requires a pinned go version, but the repository has none of .go-version, .tool-versions.']);
  });
});
