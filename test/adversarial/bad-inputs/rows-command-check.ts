import type { BadInput } from './bad-input.js';
import { BASELINE } from './rows-common.js';

/** command-check: its table (schema and what the schema cannot say), its inputs, and commands that misbehave. */
const TABLE = '.github/gates-commands.yml';
const NODE = process.execPath;
const { inputs } = BASELINE['command-check']!;

/** A table of one case. */
const oneCase = (body: string) => `version: 1\ncommands:\n  - name: case\n${body}`;

const TABLE_FAULTS: [BadInput['kind'], string, string, BadInput['code']][] = [
  ['malformed', 'table is not YAML', 'version: 1\ncommands: [\n', 'GATES_E_CONFIG_SYNTAX'],
  ['malformed', 'table is empty', '# nothing yet\n', 'GATES_E_CONFIG_EMPTY'],
  ['wrong-type', 'run is a shell string, not an argv', oneCase('    run: "node -e 1"\n    expect: {}\n'), 'GATES_E_CONFIG_INVALID'],
  ['wrong-type', 'expect exit is a string', oneCase('    run: [node]\n    expect: { exit: "0" }\n'), 'GATES_E_CONFIG_INVALID'],
  ['out-of-range', 'a case timeout of 1h', oneCase('    run: [node]\n    timeout: 60m\n    expect: {}\n'), 'GATES_E_CONFIG_INVALID'],
  ['out-of-range', 'repeat 0 in the table', oneCase('    run: [node]\n    repeat: 0\n    expect: {}\n'), 'GATES_E_CONFIG_INVALID'],
  ['hostile', 'cwd climbs out of the workspace', oneCase('    run: [node]\n    cwd: ../../etc\n    expect: {}\n'), 'GATES_E_CONFIG_INVALID'],
  ['hostile', 'cwd is absolute', oneCase('    run: [node]\n    cwd: /etc\n    expect: {}\n'), 'GATES_E_CONFIG_INVALID'],
  ['hostile', 'a catastrophic regex', oneCase('    run: [node]\n    expect: { stdout: { regex: "^(a+)+$" } }\n'), 'GATES_E_CONFIG_INVALID'],
  ['hostile', 'a regex with a backreference', oneCase('    run: [node]\n    expect: { stdout: { regex: "(a*)\\\\1" } }\n'), 'GATES_E_CONFIG_INVALID'],
  ['hostile', 'a JSON Schema with an unknown keyword', oneCase('    run: [node]\n    expect: { stdout: { json: { type: object, evil: true } } }\n'), 'GATES_E_CONFIG_INVALID'],
  ['hostile', 'table with __proto__ keys', 'version: 1\n__proto__:\n  commands: []\ncommands: []\n', 'GATES_E_CONFIG_INVALID'],
];

export function commandCheckRows(): BadInput[] {
  const rows: BadInput[] = TABLE_FAULTS.map(([kind, name, text, code]) => ({ kind, target: 'command-check', name, inputs, files: { [TABLE]: text }, exit: 2, code }));
  const files = BASELINE['command-check']!.files;
  rows.push({ kind: 'missing', target: 'command-check', name: 'command-table names a file that does not exist', inputs: { ...inputs, 'command-table': 'ci/commands.yml' }, files, exit: 2, code: 'GATES_E_INPUT_FILE_NOT_FOUND' });
  rows.push({ kind: 'out-of-range', target: 'command-check', name: 'repeat: 0', inputs: { ...inputs, repeat: '0' }, files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'out-of-range', target: 'command-check', name: 'case-timeout: forever', inputs: { ...inputs, 'case-timeout': 'forever' }, files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  // Commands that misbehave are the gate's findings (exit 1), never a crash or a hang.
  rows.push({ kind: 'missing', target: 'command-check', name: 'a program that does not exist', inputs, files: { [TABLE]: oneCase('    run: [gates-no-such-program-4711]\n    expect: {}\n') }, exit: 1 });
  rows.push({ kind: 'hostile', target: 'command-check', name: 'a shell command line as the program', inputs, files: { [TABLE]: oneCase(`    run: ["sh -c 'touch pwned'"]\n    expect: {}\n`) }, exit: 1 });
  rows.push({ kind: 'hostile', target: 'command-check', name: 'a command that never ends (and its child)', inputs, files: { [TABLE]: oneCase(`    run: ['${NODE}', -e, 'require("child_process").spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], {stdio: "inherit"}); setInterval(() => {}, 1000)']\n    timeout: 500ms\n    expect: {}\n`) }, exit: 1 });
  rows.push({ kind: 'hostile', target: 'command-check', name: 'output with workflow commands and HTML', inputs, files: { [TABLE]: oneCase(`    run: ['${NODE}', -e, 'console.log("::set-output name=verdict::pass\\\\n::add-mask::x\\\\n::stop-commands::t\\\\n<script>alert(1)</script>")']\n    expect: { stdout: { empty: true } }\n`) }, exit: 1 });
  rows.push({ kind: 'hostile', target: 'command-check', name: 'over 1 MiB of output', inputs, files: { [TABLE]: oneCase(`    run: ['${NODE}', -e, 'process.stdout.write("x".repeat(3 * 1024 * 1024))']\n    expect: { stdout: { empty: true } }\n`) }, exit: 1 });
  return rows;
}
