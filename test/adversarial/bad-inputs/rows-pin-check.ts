import type { BadInput } from './bad-input.js';

/** pin-check: its enums and timeout, the shared config, its section of the config, and workflow files it cannot read. */
const config = (section: string) => ({ '.github/gates.yml': `version: 1\npin-check:\n${section}` });

const SECTION_FAULTS: [BadInput['kind'], string, string][] = [
  ['wrong-type', 'allow is an object', '  allow: { uses: actions/* }\n'],
  ['wrong-type', 'rules is a list', '  rules: [unpinned-uses]\n'],
  ['missing', 'an allow entry without a reason', '  allow:\n    - uses: actions/*\n'],
  ['out-of-range', 'a rule severity of fatal', '  rules:\n    unpinned-uses: fatal\n'],
  ['out-of-range', 'online: sometimes', '  online: sometimes\n'],
  ['out-of-range', 'a tool version for cobol', '  require-tool-versions: [cobol]\n'],
  ['hostile', 'an allow reason of two characters', '  allow:\n    - { uses: "*", reason: ok }\n'],
  ['hostile', 'a rule id with a workflow command', '  rules:\n    "x\\n::set-output name=verdict::pass": off\n'],
];

export function pinCheckRows(): BadInput[] {
  const rows: BadInput[] = [];
  for (const [kind, name, section] of SECTION_FAULTS) rows.push({ kind, target: 'pin-check', name, files: config(section), exit: 2, code: 'GATES_E_CONFIG_INVALID' });
  for (const value of ['errors', 'ERROR', 'fatal', 'none', '0']) rows.push({ kind: 'out-of-range', target: 'pin-check', name: `fail-on: ${value}`, inputs: { 'fail-on': value }, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  for (const value of ['Fix', 'write', 'dry_run', 'check,fix']) rows.push({ kind: 'out-of-range', target: 'pin-check', name: `mode: ${value}`, inputs: { mode: value }, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  for (const value of ['30d', '0s', '11m', `${'9'.repeat(22)}s`]) rows.push({ kind: 'out-of-range', target: 'pin-check', name: `api-timeout: ${value}`, inputs: { 'api-timeout': value }, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'missing', target: 'pin-check', name: 'shared-config names a file that does not exist', inputs: { 'shared-config': 'org/gates.yml' }, exit: 2, code: 'GATES_E_INPUT_FILE_NOT_FOUND' });
  rows.push({ kind: 'malformed', target: 'pin-check', name: 'shared-config is not YAML', inputs: { 'shared-config': 'org.yml' }, files: { 'org.yml': 'version: [1\n' }, exit: 2, code: 'GATES_E_CONFIG_SYNTAX' });
  // A workflow file that is not YAML is a finding of the gate (exit 1), not a usage error: the workflow is what is checked.
  rows.push({ kind: 'malformed', target: 'pin-check', name: 'a workflow that is not YAML', files: { '.github/workflows/ci.yml': 'on: push\njobs: [\n' }, exit: 1 });
  rows.push({ kind: 'malformed', target: 'pin-check', name: 'a workflow with a tab indentation', files: { '.github/workflows/ci.yml': 'on: push\njobs:\n\tb: {}\n' }, exit: 1 });
  rows.push({ kind: 'hostile', target: 'pin-check', name: 'a uses: with a workflow command in its ref', files: { '.github/workflows/ci.yml': 'on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - uses: "actions/checkout@v4\\n::set-output name=verdict::pass"\n' }, exit: 1 });
  return rows;
}
