import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { Ledger, ledgerPath, LockfileLock, statePath } from '@gates/core';
import { runBundle } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

// After pin-check fails for a commit, nothing but pin-check passing again after an audited override may
// let rbac-guard allow a command that depends on it: not `gates audit record`, not a record written by hand.
const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
const POLICY = `version: 1
roles:
  deployer:
    grants:
      - commands: [deploy]
subjects:
  - role: deployer
    users: [octocat]
dependencies:
  deploy: [pin-check, qa]
`;
const UNPINNED = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
const PINNED = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n';

describe('a failed gate cannot be laundered', () => {
  test('through the CLI and the rbac-guard bundle', async () => {
    const stateRoot = join(makeWorkspace({}), 'state');
    const env = { MEMORY_STORAGE_ROOT: stateRoot, GITHUB_SHA: SHA, GITHUB_ACTOR: 'mona', GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/qa.yml@refs/heads/main', GITHUB_RUN_ID: '77' };
    const pinCheck = async (workflow: string) => (await runBundle('pin-check', { workspace: makeWorkspace({ '.github/workflows/ci.yml': workflow }), env: { MEMORY_STORAGE_ROOT: stateRoot } })).exitCode;
    const audit = (...args: string[]) => runCli(['audit', ...args, '--sha', SHA], { env });
    const deploy = () => runBundle('rbac-guard', { workspace: makeWorkspace({ '.github/gates-rbac.yml': POLICY }), inputs: { command: 'deploy' }, env: { MEMORY_STORAGE_ROOT: stateRoot } });

    expect(await pinCheck(UNPINNED)).toBe(1);
    expect((await audit('record', '--gate', 'qa', '--verdict', 'pass')).code).toBe(0);

    // The laundering the review found: a pass recorded under pin-check's own name.
    const forged = await audit('record', '--gate', 'pin-check', '--verdict', 'pass');
    expect(forged.code).toBe(2);
    expect(forged.stderr).toContain('GATES_E_GATE_RESERVED');
    // A record appended to the ledger by other means, under the reserved name, counts for nothing either.
    await new Ledger(ledgerPath(stateRoot), new LockfileLock(statePath(stateRoot, 'locks'))).append({ gate: 'pin-check', verdict: 'pass', sha: SHA, recordedBy: 'gates audit record' });
    let decision = await deploy();
    expect(decision.exitCode).toBe(1);
    expect(decision.outputs.reason).toContain('pin-check failed');

    // Even pin-check itself passing later does not overturn its failure for the same commit.
    expect(await pinCheck(PINNED)).toBe(0);
    decision = await deploy();
    expect(decision.outputs.allowed).toBe('false');
    expect(decision.outputs.reason).toContain('pin-check failed');

    // A custom gate's failure stands the same way.
    expect((await audit('record', '--gate', 'qa', '--verdict', 'fail')).code).toBe(0);
    expect((await audit('record', '--gate', 'qa', '--verdict', 'pass')).code).toBe(0);

    // The documented way: an override with a reason, recorded; then each gate must pass again.
    expect((await audit('override', '--gate', 'pin-check', '--reason', 'x')).code).toBe(2);
    expect((await audit('override', '--gate', 'pin-check', '--reason', 'registry outage; pins checked by hand in issue 4521')).code).toBe(0);
    expect((await audit('override', '--gate', 'qa', '--reason', 'flaky suite quarantined in issue 4522')).code).toBe(0);
    decision = await deploy();
    expect(decision.outputs.allowed).toBe('false');
    expect(decision.outputs.reason).toContain('pin-check has not run');

    expect(await pinCheck(PINNED)).toBe(0);
    expect((await audit('record', '--gate', 'qa', '--verdict', 'pass')).code).toBe(0);
    decision = await deploy();
    expect({ exit: decision.exitCode, allowed: decision.outputs.allowed }).toEqual({ exit: 0, allowed: 'true' });
    // The summary says where each verdict came from, and that a failure was overridden, by whom and why.
    expect(decision.summary).toContain('pin-check action');
    expect(decision.summary).toContain('failure overridden by mona (workflow octo-org/octo-repo/.github/workflows/qa.yml@refs/heads/main, run 77): registry outage; pins checked by hand in issue 4521');
    expect(decision.summary).toContain('recorded by mona');
  }, 180_000);
});
