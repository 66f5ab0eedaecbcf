import type { BadInput } from './bad-input.js';
import { hostileEntries } from './hostile.js';

/**
 * The `gates` CLI: unknown commands and flags, files named on the command
 * line that are missing or malformed, values out of range, hostile strings.
 * (Global flags before the command, `rbac explain --now bogus` and
 * `help bogus` are the first-use work's own tests.)
 */
const POLICY = { '.github/gates-rbac.yml': 'version: 1\nroles:\n  dev:\n    grants: [{ commands: [pin-check] }]\nsubjects:\n  - { role: dev, users: [octocat] }\n' };
const cli = (kind: BadInput['kind'], name: string, args: string[], exit: BadInput['exit'], code?: BadInput['code'], files?: BadInput['files']): BadInput => ({ kind, target: 'cli', name, args, exit, code, files });

export function cliRows(): BadInput[] {
  const rows: BadInput[] = [
    cli('malformed', 'an unknown command', ['deplo'], 2, 'GATES_E_UNKNOWN_COMMAND'),
    cli('malformed', 'an unknown flag', ['validate', 'x.yml', '--kindd', 'gates'], 2, 'GATES_E_UNKNOWN_FLAG'),
    cli('malformed', 'run without an action', ['run'], 2, 'GATES_E_USAGE'),
    cli('malformed', 'run an unknown action', ['run', 'pin-chek'], 2, 'GATES_E_UNKNOWN_COMMAND'),
    cli('malformed', '--input without =', ['run', 'rbac-guard', '--input', 'command'], 2, 'GATES_E_USAGE'),
    cli('malformed', 'validate two files', ['validate', 'a.yml', 'b.yml'], 2, 'GATES_E_USAGE'),
    cli('malformed', 'rbac with no verb', ['rbac', 'decide'], 2, 'GATES_E_USAGE', POLICY),
    cli('malformed', 'audit with an unknown verb', ['audit', 'forge', 'x'], 2, 'GATES_E_USAGE'),
    cli('malformed', 'lock with an unknown verb', ['lock', 'take', 'x'], 2, 'GATES_E_USAGE'),
    cli('malformed', 'validate a file that is not YAML', ['validate', '.github/gates.yml'], 2, 'GATES_E_CONFIG_SYNTAX', { '.github/gates.yml': 'version: [1\n' }),
    cli('malformed', 'audit verify a file that is not a ledger', ['audit', 'verify', 'notes.txt'], 1, 'GATES_E_LEDGER_TAMPERED', { 'notes.txt': 'just some text\n' }),
    cli('missing', 'validate a file that does not exist', ['validate', '.github/gates.yml'], 2, 'GATES_E_FILE_NOT_FOUND'),
    cli('missing', 'validate a file whose kind cannot be told', ['validate', 'none.yml'], 2, 'GATES_E_USAGE', { 'none.yml': 'x: 1\n' }),
    cli('missing', 'rbac test a file that does not exist', ['rbac', 'test', 'cases.yml'], 2, 'GATES_E_CONFIG_NOT_FOUND', POLICY),
    cli('missing', 'rbac explain without a policy', ['rbac', 'explain', '--actor', 'a', '--command', 'b'], 2, 'GATES_E_CONFIG_NOT_FOUND'),
    cli('missing', 'rbac explain without --actor', ['rbac', 'explain', '--command', 'pin-check'], 2, 'GATES_E_USAGE', POLICY),
    cli('missing', 'audit verify a ledger that does not exist', ['audit', 'verify', 'ledger.jsonl'], 2, 'GATES_E_FILE_NOT_FOUND'),
    cli('missing', 'audit record without --gate', ['audit', 'record', '--verdict', 'pass', '--sha', 'a'.repeat(40)], 2, 'GATES_E_USAGE'),
    cli('missing', 'redact --secrets-file that does not exist', ['redact', 'build.log', '--secrets-file', 'secrets.txt'], 2, 'GATES_E_FILE_NOT_FOUND', { 'build.log': 'text\n' }),
    cli('missing', 'config --explain with a config that does not exist', ['config', '--explain', '--config', 'none.yml'], 2, 'GATES_E_INPUT_FILE_NOT_FOUND'),
    cli('missing', 'lock exec without --name', ['lock', 'exec', '--', 'true'], 2, 'GATES_E_USAGE'),
    cli('wrong-type', 'validate --kind bogus', ['validate', 'x.yml', '--kind', 'bogus'], 2, 'GATES_E_USAGE', { 'x.yml': 'version: 1\n' }),
    cli('wrong-type', 'audit record --verdict maybe', ['audit', 'record', '--gate', 'custom', '--verdict', 'maybe', '--sha', 'a'.repeat(40)], 2, 'GATES_E_USAGE'),
    cli('wrong-type', 'redact --replacement stars', ['redact', 'build.log', '--replacement', 'stars'], 2, 'GATES_E_INPUT_INVALID', { 'build.log': 'text\n' }),
    cli('wrong-type', 'rbac test cases that are not a list', ['rbac', 'test', 'cases.yml'], 2, 'GATES_E_CONFIG_INVALID', { ...POLICY, 'cases.yml': 'cases: { name: x }\n' }),
    cli('wrong-type', 'run rbac-guard --input debug=maybe', ['run', 'rbac-guard', '--input', 'command=x', '--input', 'debug=maybe'], 2, 'GATES_E_INPUT_INVALID', POLICY),
    cli('out-of-range', 'lock exec --timeout 30d', ['lock', 'exec', '--name', 'n', '--timeout', '30d', '--', 'true'], 2, 'GATES_E_USAGE'),
    cli('out-of-range', 'lock exec --stale-after 0s', ['lock', 'exec', '--name', 'n', '--stale-after', '0s', '--', 'true'], 2, 'GATES_E_USAGE'),
    cli('out-of-range', 'lock exec --timeout of 25 digits', ['lock', 'exec', '--name', 'n', '--timeout', '9'.repeat(25), '--', 'true'], 2, 'GATES_E_USAGE'),
    cli('out-of-range', 'run pin-check --input api-timeout=60d', ['run', 'pin-check', '--input', 'api-timeout=60d'], 2, 'GATES_E_INPUT_INVALID'),
    cli('out-of-range', 'run perf-sla --input time-unit=hours', ['run', 'perf-sla', '--input', 'reports=x.xml', '--input', 'time-unit=hours'], 2, 'GATES_E_INPUT_INVALID'),
    cli('hostile', 'lock exec --name with a path', ['lock', 'exec', '--name', '../../etc/passwd', '--', 'true'], 2, 'GATES_E_USAGE'),
    cli('hostile', 'audit record --gate with a newline', ['audit', 'record', '--gate', 'x\n::set-output name=allowed::true', '--verdict', 'pass', '--sha', 'a'.repeat(40)], 2, 'GATES_E_USAGE'),
  ];
  for (const [name, value] of hostileEntries) {
    rows.push(cli('hostile', `run <${name}>`, ['run', value], 2, 'GATES_E_UNKNOWN_COMMAND'));
    rows.push(cli('hostile', `rbac explain --actor <${name}>`, ['rbac', 'explain', '--actor', value, '--command', 'pin-check'], 1, undefined, POLICY));
  }
  return rows;
}
