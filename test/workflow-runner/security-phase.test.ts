import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';
import { fixture } from './fixtures.js';
import { runWorkflow } from './run-workflow.js';
import { checkout } from './stand-ins/checkout.js';

const SCANNERS = join(REPO_ROOT, 'test', 'fixtures', 'scanners');
const DAY = 24 * 60 * 60 * 1000;
const date = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/** A repository whose scans hold one blocking Bandit result (B602), waived or not. */
function repository(waivers?: string): string {
  return makeWorkspace({ 'scans/bandit.sarif': readFileSync(join(SCANNERS, 'bandit.sarif'), 'utf8'), ...(waivers ? { '.github/gates-waivers.yml': waivers } : {}) });
}

const WAIVER = (expires: string) => `version: 1
waivers:
  - id: W-SHELL
    gate: security-gate
    rule: B602
    path: app/run.py
    reason: the command is a constant; tracked for removal
    ticket: SEC-12
    approvers: [sec-lead]
    created: ${date(-30)}
    expires: ${expires}
`;

describe('workflow runner: a phase\'s security gate with waiver governance (fixtures/security-phase.yml)', () => {
  test('a blocking result fails the gate job; the phase exit sees it', async () => {
    const run = await runWorkflow({ workflow: fixture('security-phase.yml'), repository: repository(), standIns: { 'actions/checkout': checkout } });
    expect(run.job('security').result).toBe('failure');
    expect(run.job('security').log).toContain('blocked=true blocking=1 waived=0 sarif=true');
    expect(run.job('exit').log).toContain('phase exit security=failure blocked=true waived=0');
  });

  test('a waiver in force lets the phase pass and says so; once expired, the same result blocks again', async () => {
    const waived = await runWorkflow({ workflow: fixture('security-phase.yml'), repository: repository(WAIVER(date(30))), standIns: { 'actions/checkout': checkout } });
    expect(waived.job('security').result).toBe('success');
    expect(waived.job('exit').log).toContain('phase exit security=success blocked=false waived=1');
    expect(waived.job('security').summary).toContain('Waived (<code>W-SHELL</code>) by sec-lead until');

    const expired = await runWorkflow({ workflow: fixture('security-phase.yml'), repository: repository(WAIVER(date(-3))), standIns: { 'actions/checkout': checkout } });
    expect(expired.job('security').result).toBe('failure');
    expect(expired.job('security').annotations.map((annotation) => annotation.message)).toContain(`Waiver W-SHELL expired 2 days ago (${date(-3)}); its 1 finding(s) count again.`);
  });
});
