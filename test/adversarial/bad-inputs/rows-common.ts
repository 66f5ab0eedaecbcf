import type { BadInput } from './bad-input.js';

/**
 * Faults every action shares: its `config` file (named explicitly or at the
 * default path) and its `debug` boolean, plus the root dispatcher's command.
 * Each action gets each row, since each loads the config on its own path.
 */
export const ACTIONS = ['pin-check', 'rbac-guard', 'perf-sla', 'redact-logs', 'security-gate', 'env-guard', 'drift-check', 'checkpoint-restore', 'fs-lock-test', 'command-check'] as const;

/** Inputs an action needs to get as far as its own logic (its required inputs, a policy rbac-guard must have). */
export const BASELINE: Record<string, { inputs: Record<string, string>; files: Record<string, string> }> = {
  'pin-check': { inputs: {}, files: {} },
  'rbac-guard': {
    inputs: { command: 'pin-check' },
    files: { '.github/gates-rbac.yml': 'version: 1\nroles:\n  contributor:\n    grants:\n      - commands: [pin-check]\nsubjects:\n  - role: contributor\n    users: [octocat]\n' },
  },
  'perf-sla': { inputs: { reports: 'junit.xml' }, files: { 'junit.xml': '<testsuite name="s" tests="1"><testcase classname="c" name="t" time="0.5"/></testsuite>\n' } },
  'redact-logs': { inputs: { paths: 'build.log' }, files: { 'build.log': 'nothing secret here\n' } },
  'security-gate': { inputs: { results: 'scan.sarif' }, files: { 'scan.sarif': '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "Semgrep OSS"}}, "results": []}]}\n' } },
  'env-guard': { inputs: { environment: 'pr-7' }, files: {} },
  'drift-check': { inputs: { baseline: 'api.shadow.json', document: 'api.json' }, files: { 'api.shadow.json': '{\n  "a": 1\n}\n', 'api.json': '{"a": 1}\n' } },
  'checkpoint-restore': { inputs: { gate: 'Build', paths: 'out' }, files: { 'out/app.txt': 'built\n' } },
  'fs-lock-test': { inputs: { workers: '2', iterations: '5', primitives: 'o_excl' }, files: {} },
  'command-check': { inputs: {}, files: { '.github/gates-commands.yml': `version: 1\ncommands:\n  - name: answers\n    run: ['${process.execPath}', -e, 'console.log(1)']\n    expect: { stdout: { contains: '1' } }\n` } },
};

const CONFIG_FAULTS: { kind: BadInput['kind']; name: string; file?: string | Buffer; path?: string; exit: 2; code: BadInput['code'] }[] = [
  { kind: 'missing', name: 'config names a file that does not exist', path: 'ci/nope.yml', exit: 2, code: 'GATES_E_INPUT_FILE_NOT_FOUND' },
  { kind: 'missing', name: 'config names a directory', path: '.github', exit: 2, code: 'GATES_E_CONFIG_UNREADABLE' },
  { kind: 'malformed', name: 'config is not YAML', file: 'version: 1\nfail-on: [error\n', exit: 2, code: 'GATES_E_CONFIG_SYNTAX' },
  { kind: 'malformed', name: 'config is empty', file: '# nothing\n', exit: 2, code: 'GATES_E_CONFIG_EMPTY' },
  { kind: 'malformed', name: 'config is binary', file: Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x81]), exit: 2, code: 'GATES_E_CONFIG_UNREADABLE' },
  { kind: 'malformed', name: 'config is over 1 MiB', file: `version: 1\n${'# padding\n'.repeat(110_000)}`, exit: 2, code: 'GATES_E_CONFIG_TOO_LARGE' },
  { kind: 'malformed', name: 'config has duplicate keys', file: 'version: 1\nfail-on: error\nfail-on: never\n', exit: 2, code: 'GATES_E_CONFIG_SYNTAX' },
  { kind: 'wrong-type', name: 'config version is a string', file: 'version: "1"\n', exit: 2, code: 'GATES_E_CONFIG_INVALID' },
  { kind: 'wrong-type', name: 'config is a list', file: '- version: 1\n', exit: 2, code: 'GATES_E_CONFIG_INVALID' },
  { kind: 'wrong-type', name: 'config fail-on is a number', file: 'version: 1\nfail-on: 3\n', exit: 2, code: 'GATES_E_CONFIG_INVALID' },
  { kind: 'out-of-range', name: 'config version 2', file: 'version: 2\n', exit: 2, code: 'GATES_E_CONFIG_INVALID' },
  { kind: 'out-of-range', name: 'config annotations.max-per-severity -1', file: 'version: 1\nannotations:\n  max-per-severity: -1\n', exit: 2, code: 'GATES_E_CONFIG_INVALID' },
  { kind: 'hostile', name: 'config with a YAML alias bomb', file: `version: 1\nx: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nw: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nv: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`, exit: 2, code: 'GATES_E_CONFIG_SYNTAX' },
  { kind: 'hostile', name: 'config with __proto__ keys', file: 'version: 1\n__proto__:\n  fail-on: never\n', exit: 2, code: 'GATES_E_CONFIG_INVALID' },
];

const BOOLEAN_FAULTS = ['maybe', 'yes', '1', 'on', 'true false'];

export function commonRows(): BadInput[] {
  const rows: BadInput[] = [];
  for (const target of ACTIONS) {
    const { inputs, files } = BASELINE[target]!;
    for (const fault of CONFIG_FAULTS) {
      const path = fault.path ?? '.github/gates.yml';
      rows.push({ kind: fault.kind, target, name: fault.name, inputs: { ...inputs, config: path }, files: { ...files, ...(fault.file !== undefined ? { [path]: fault.file } : {}), '.github/keep': '' }, exit: fault.exit, code: fault.code });
    }
    for (const value of BOOLEAN_FAULTS) rows.push({ kind: 'wrong-type', target, name: `debug: ${value}`, inputs: { ...inputs, debug: value }, files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  }
  rows.push({ kind: 'missing', target: 'dispatch', name: 'no command', inputs: {}, exit: 2, code: 'GATES_E_INPUT_MISSING' });
  rows.push({ kind: 'missing', target: 'dispatch', name: 'a command of spaces', inputs: { command: '   ' }, exit: 2, code: 'GATES_E_INPUT_MISSING' });
  for (const command of ['pin_check', 'PIN-CHECK', 'run', 'lock', 'fs_lock_test']) {
    rows.push({ kind: 'malformed', target: 'dispatch', name: `command: ${command}`, inputs: { command }, exit: 2, code: 'GATES_E_UNKNOWN_COMMAND' });
  }
  return rows;
}
