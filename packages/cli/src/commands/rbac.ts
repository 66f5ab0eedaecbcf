import { resolve } from 'node:path';
import { CONFIG_KINDS, GatesError, loadConfigFile, type ExitCodeValue } from '@gates/core';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

/** rbac-guard's pure parts, loaded only for this command. */
async function rbacModules() {
  const [{ compilePolicy }, { evaluate }, { factsFromCase }] = await Promise.all([
    import('../../../../actions/rbac-guard/src/policy/compile.js'),
    import('../../../../actions/rbac-guard/src/evaluate/evaluate.js'),
    import('../../../../actions/rbac-guard/src/offline-case.js'),
  ]);
  return { compilePolicy, evaluate, factsFromCase };
}

async function loadPolicy(parsed: ParsedCommand) {
  const file = String(parsed.values.policy ?? CONFIG_KINDS.rbac.defaultPath);
  const loaded = await loadConfigFile(resolve(file), CONFIG_KINDS.rbac, file);
  const { compilePolicy } = await rbacModules();
  return compilePolicy(loaded.value as Parameters<typeof compilePolicy>[0], file, loaded.positions);
}

/**
 * `gates rbac explain`: one decision with facts from flags, offline, so a
 * policy can be tried before it is merged. `gates rbac test`: a file of
 * cases with expected outcomes, so the policy stays under test.
 * Exit 0 allowed / all cases pass; 1 denied / a case failed.
 */
export async function rbacCommand(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const verb = parsed.positionals[0];
  if (verb === 'explain') return explain(parsed, io);
  if (verb === 'test') return runTests(parsed, io);
  throw new GatesError('GATES_E_USAGE', { detail: `unknown rbac command "${verb}"; usage: gates rbac explain … | gates rbac test <cases.yml>` });
}

async function explain(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const value = (name: string) => parsed.values[name] as string | undefined;
  const list = (name: string) => (parsed.values[name] as string[] | undefined) ?? [];
  const actor = value('actor');
  const command = value('command');
  if (!actor || !command) throw new GatesError('GATES_E_USAGE', { detail: 'gates rbac explain needs --actor and --command' });
  const approvals = value('approvals');
  const now = value('now');
  // Checked here: an unparsable time would be an Invalid Date that every time window quietly fails to match.
  if (now !== undefined && Number.isNaN(Date.parse(now))) throw new GatesError('GATES_E_USAGE', { detail: `--now expects an ISO 8601 time such as 2026-12-03T14:00:00Z, got "${now}"` });
  if (approvals !== undefined && !/^\d+$/.test(approvals)) throw new GatesError('GATES_E_USAGE', { detail: `--approvals expects a count such as 2, got "${approvals}"` });
  const policy = await loadPolicy(parsed);
  const { evaluate, factsFromCase } = await rbacModules();
  const facts = factsFromCase(
    {
      actor,
      command,
      environment: value('env'),
      event: value('event'),
      ref: value('ref'),
      fork: parsed.values.fork === true,
      approvals: approvals === undefined ? undefined : Number(approvals),
      permission: value('permission'),
      teams: list('team'),
      passed: list('passed'),
      failed: list('failed'),
      now,
    },
    new Date(),
  );
  const decision = evaluate(policy, facts.request, facts.actor, facts.history);
  if (io.flags.json) {
    io.out(`${JSON.stringify({ ...decision, bypass: decision.bypass?.id ?? null }, null, 2)}\n`);
  } else {
    io.out(`${decision.allowed ? 'ALLOW' : 'DENY'} ${actor} → ${command}${facts.request.environment ? ` (${facts.request.environment})` : ''} on ${facts.request.event} ${facts.request.ref}\n`);
    io.out(`  roles:      ${decision.roles.map((held) => `${held.role} via ${held.via}`).join('; ') || 'none'}\n`);
    io.out(`  decided by: ${decision.rule}\n  why:        ${decision.reason}\n`);
    if (decision.chain.length) io.out(`  gates:      ${decision.chain.map((link) => `${link.gate} ${link.status}`).join(' → ')}\n`);
    if (decision.bypass) io.out(`  bypass:     ${decision.bypass.id} until ${decision.bypass.until}\n`);
    for (const hint of decision.allowed ? [] : decision.wouldAllow) io.out(`  would allow: ${hint}\n`);
  }
  return decision.allowed ? 0 : 1;
}

interface TestCase {
  name: string;
  actor: string;
  command: string;
  expect: 'allow' | 'deny';
  role?: string;
  bypass?: string;
  [fact: string]: unknown;
}

async function runTests(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const file = parsed.positionals[1];
  if (!file) throw new GatesError('GATES_E_USAGE', { detail: 'usage: gates rbac test <cases.yml> [--policy FILE]' });
  const cases = (await loadConfigFile(resolve(file), CONFIG_KINDS['rbac-test'], file)).value as { cases: TestCase[] };
  const policy = await loadPolicy(parsed);
  const { evaluate, factsFromCase } = await rbacModules();
  const now = new Date();
  let failed = 0;
  const results = cases.cases.map((testCase) => {
    const facts = factsFromCase(testCase, now);
    const decision = evaluate(policy, facts.request, facts.actor, facts.history);
    const problems: string[] = [];
    if ((decision.allowed ? 'allow' : 'deny') !== testCase.expect) problems.push(`expected ${testCase.expect}, got ${decision.allowed ? 'allow' : 'deny'} (${decision.rule}: ${decision.reason})`);
    if (testCase.role !== undefined && decision.role !== testCase.role) problems.push(`expected role ${testCase.role}, got ${decision.role ?? 'none'}`);
    if (testCase.bypass !== undefined && decision.bypass?.id !== testCase.bypass) problems.push(`expected bypass ${testCase.bypass}, got ${decision.bypass?.id ?? 'none'}`);
    if (problems.length) failed++;
    return { name: testCase.name, ok: problems.length === 0, problems, decidedBy: decision.rule };
  });
  if (io.flags.json) io.out(`${JSON.stringify({ file, passed: results.length - failed, failed, results }, null, 2)}\n`);
  else {
    for (const result of results) io.out(`${result.ok ? '✓' : '✗'} ${result.name}${result.ok ? ` (${result.decidedBy})` : `\n    ${result.problems.join('\n    ')}`}\n`);
    io.out(`policy cases: ${results.length - failed} passed, ${failed} failed\n`);
  }
  return failed === 0 ? 0 : 1;
}
