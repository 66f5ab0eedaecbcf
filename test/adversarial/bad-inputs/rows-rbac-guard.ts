import type { BadInput } from './bad-input.js';
import { hostileEntries } from './hostile.js';
import { BASELINE } from './rows-common.js';

/** rbac-guard: its policy file, its inputs, the API settings and the event payload the runner hands it. */
const { inputs: base, files: baseFiles } = BASELINE['rbac-guard']!;
const POLICY = '.github/gates-rbac.yml';
const role = (grant: string, extra = '') => `version: 1\nroles:\n  dev:\n    grants:\n      - ${grant}\n${extra}subjects:\n  - role: dev\n    users: [octocat]\n`;

const POLICY_FAULTS: [BadInput['kind'], string, string][] = [
  ['malformed', 'policy is not YAML', 'version: 1\nroles: {dev: [}\n'],
  ['malformed', 'policy has a tab indentation', 'version: 1\nroles:\n\tdev: {}\n'],
  ['wrong-type', 'roles is a list', 'version: 1\nroles: [dev]\n'],
  ['wrong-type', 'commands is a string', role('commands: pin-check')],
  ['wrong-type', 'forks is a string', role('{ commands: [pin-check], forks: "no" }')],
  ['wrong-type', 'approvals is a string', role('{ commands: [pin-check], approvals: "two" }')],
  ['wrong-type', 'a subject without a role', 'version: 1\nroles:\n  dev:\n    grants: [{ commands: [x] }]\nsubjects:\n  - users: [octocat]\n'],
  ['missing', 'roles left out', 'version: 1\nsubjects: []\n'],
  ['missing', 'a grant without commands', role('{ events: [push] }')],
  ['out-of-range', 'approvals: 0', role('{ commands: [pin-check], approvals: 0 }')],
  ['out-of-range', 'approvals: 21', role('{ commands: [pin-check], approvals: 21 }')],
  ['out-of-range', 'a window from 25:00', role("{ commands: [pin-check], windows: [{ days: [mon], from: '25:00', to: '26:00' }] }")],
  ['out-of-range', 'a window on a day that does not exist', role("{ commands: [pin-check], windows: [{ days: [funday], from: '08:00', to: '09:00' }] }")],
  ['out-of-range', 'an unknown time zone', role("{ commands: [pin-check], windows: [{ days: [mon], from: '08:00', to: '09:00', timezone: Mars/Olympus }] }")],
  ['out-of-range', 'an event GitHub does not have', role('{ commands: [pin-check], events: [push_tag] }')],
  ['out-of-range', 'a freeze ending on February 30th', role('{ commands: [pin-check] }', "deny:\n  - { id: freeze, commands: [deploy], reason: freeze, during: [{ from: '2026-02-01T00:00:00Z', to: '2026-02-30T00:00:00Z' }] }\n")],
  ['out-of-range', 'a bypass until a date that is not one', role('{ commands: [pin-check] }', "bypass:\n  - { id: b, commands: [x], until: '2026-13-01', reason: 'ten characters at least' }\n")],
  ['out-of-range', 'version 0', 'version: 0\nroles:\n  dev:\n    grants: [{ commands: [x] }]\n'],
  ['hostile', 'a subject bound to role toString', 'version: 1\nroles:\n  dev:\n    grants: [{ commands: [x] }]\nsubjects:\n  - { role: toString, users: [octocat] }\n'],
  ['hostile', 'extends: [hasOwnProperty]', 'version: 1\nroles:\n  dev:\n    extends: [hasOwnProperty]\n    grants: [{ commands: [x] }]\n'],
  ['hostile', 'extends: [constructor]', 'version: 1\nroles:\n  dev:\n    extends: [constructor]\n    grants: [{ commands: [x] }]\n'],
  ['hostile', 'an inheritance cycle', 'version: 1\nroles:\n  a:\n    extends: [b]\n  b:\n    extends: [a]\n'],
  ['hostile', 'a role named __proto__', 'version: 1\nroles:\n  __proto__:\n    grants: [{ commands: ["*"] }]\n'],
  ['hostile', 'a role name with a newline and a workflow command', 'version: 1\nroles:\n  "x\\n::set-output name=allowed::true":\n    grants: [{ commands: ["*"] }]\n'],
];

const TIMEOUTS = ['30d', '60d', '25d', '11m', '0s', '0', '99ms', `${'9'.repeat(25)}`, '1e3', '-1s', 'soon', '30 s', 'Infinity', 'NaN'];

export function rbacGuardRows(): BadInput[] {
  const rows: BadInput[] = [];
  for (const [kind, name, policy] of POLICY_FAULTS) rows.push({ kind, target: 'rbac-guard', name, inputs: base, files: { [POLICY]: policy }, exit: 2, code: 'GATES_E_CONFIG_INVALID' });
  for (const row of rows) if (/not YAML|tab indentation/.test(row.name)) row.code = 'GATES_E_CONFIG_SYNTAX';
  rows.push({ kind: 'missing', target: 'rbac-guard', name: 'no command', inputs: {}, files: baseFiles, exit: 2, code: 'GATES_E_INPUT_MISSING' });
  rows.push({ kind: 'missing', target: 'rbac-guard', name: 'a command of spaces and newlines', inputs: { command: ' \n\t ' }, files: baseFiles, exit: 2, code: 'GATES_E_INPUT_MISSING' });
  rows.push({ kind: 'missing', target: 'rbac-guard', name: 'no policy file at the default path', inputs: base, exit: 2, code: 'GATES_E_POLICY_REQUIRED' });
  rows.push({ kind: 'missing', target: 'rbac-guard', name: 'policy names a file that does not exist', inputs: { ...base, policy: 'rbac/none.yml' }, files: baseFiles, exit: 2, code: 'GATES_E_INPUT_FILE_NOT_FOUND' });
  rows.push({ kind: 'missing', target: 'rbac-guard', name: 'GITHUB_EVENT_PATH names a file that does not exist', inputs: base, files: baseFiles, env: { GITHUB_EVENT_PATH: '{workspace}/../no-such-event.json' }, exit: 2, code: 'GATES_E_USAGE' });
  rows.push({ kind: 'malformed', target: 'rbac-guard', name: 'the event payload is not JSON', inputs: base, files: { ...baseFiles, 'event.json': '{"pull_request": ' }, env: { GITHUB_EVENT_PATH: '{workspace}/event.json' }, exit: 2, code: 'GATES_E_USAGE' });
  for (const payload of ['[]', '42', 'null', '"pull_request"']) {
    rows.push({ kind: 'wrong-type', target: 'rbac-guard', name: `a pull_request event whose payload is ${payload}`, inputs: base, files: { ...baseFiles, 'event.json': payload }, env: { GITHUB_EVENT_PATH: '{workspace}/event.json', GITHUB_EVENT_NAME: 'pull_request' }, exit: 2, code: 'GATES_E_USAGE' });
  }
  // Accepted, and matched in linear time: the request is simply not granted.
  const nested = `{a,${'{b,'.repeat(40)}c${'}'.repeat(40)}}*`;
  rows.push({ kind: 'hostile', target: 'rbac-guard', name: 'a deeply nested brace glob', inputs: base, files: { [POLICY]: role(`{ commands: ['${nested}'] }`) }, exit: 1 });
  for (const timeout of TIMEOUTS) rows.push({ kind: 'out-of-range', target: 'rbac-guard', name: `api-timeout: ${timeout}`, inputs: { ...base, 'api-timeout': timeout }, files: baseFiles, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  for (const url of ['not a url', 'ftp://api.github.com', 'https://user:secret@api.github.com', 'http://']) {
    // A policy bound by permission level needs the API, so the URL is used.
    const byPermission = { [POLICY]: 'version: 1\nroles:\n  dev:\n    grants: [{ commands: [pin-check] }]\nsubjects:\n  - { role: dev, permissions: [write] }\n' };
    rows.push({ kind: 'malformed', target: 'rbac-guard', name: `GITHUB_API_URL: ${url}`, inputs: base, files: byPermission, env: { GITHUB_API_URL: url }, exit: 2, code: 'GATES_E_ENV_INVALID' });
  }
  for (const [name, value] of hostileEntries) {
    rows.push({ kind: 'hostile', target: 'rbac-guard', name: `command: ${name}`, inputs: { command: value }, files: baseFiles, exit: 1 });
    rows.push({ kind: 'hostile', target: 'rbac-guard', name: `environment: ${name}`, inputs: { ...base, environment: value }, files: baseFiles, exit: 1 });
  }
  return rows;
}
