import type { BadInput } from './bad-input.js';
import { hostileEntries } from './hostile.js';
import { BASELINE } from './rows-common.js';

/** perf-sla and redact-logs: report and log paths, the SLA and redaction policies, their enums. */
const perf = BASELINE['perf-sla']!;
const redact = BASELINE['redact-logs']!;
const SLA = '.github/gates-perf.yml';
const REDACT_POLICY = '.github/gates-redact.yml';

const SLA_FAULTS: [BadInput['kind'], string, string][] = [
  ['malformed', 'SLA file is not YAML', 'version: 1\nrun: {max-total: [\n'],
  ['wrong-type', 'max-total is a number', 'version: 1\nrun:\n  max-total: 60\n'],
  ['wrong-type', 'tests is an object', 'version: 1\ntests: { name: x }\n'],
  ['out-of-range', 'max-total: fast', 'version: 1\nrun:\n  max-total: fast\n'],
  ['out-of-range', 'max-total: -1s', 'version: 1\nrun:\n  max-total: -1s\n'],
  ['out-of-range', 'max-p95 in days', 'version: 1\nrun:\n  max-p95: 2d\n'],
  ['out-of-range', 'time-unit: minutes', 'version: 1\ntime-unit: min\n'],
  ['missing', 'a test budget without a name', 'version: 1\ntests:\n  - max: 1s\n'],
];

const REDACT_FAULTS: [BadInput['kind'], string, string][] = [
  ['malformed', 'policy is not YAML', 'version: 1\nallow: [\n'],
  ['wrong-type', 'min-secret-length is a string', 'version: 1\nmin-secret-length: eight\n'],
  ['out-of-range', 'min-secret-length 0', 'version: 1\nmin-secret-length: 0\n'],
  ['out-of-range', 'max-file-size 10 parsecs', 'version: 1\nmax-file-size: 10pc\n'],
  ['out-of-range', 'the policy replacement is stars', 'version: 1\nreplacement: stars\n'],
  ['malformed', 'a custom rule whose regex does not compile', 'version: 1\nrules:\n  custom:\n    - { id: broken, regex: "([a-z", keywords: [abc] }\n'],
];

export function perfRedactRows(): BadInput[] {
  const rows: BadInput[] = [];
  for (const [kind, name, text] of SLA_FAULTS) rows.push({ kind, target: 'perf-sla', name, inputs: perf.inputs, files: { ...perf.files, [SLA]: text }, exit: 2, code: name.includes('not YAML') ? 'GATES_E_CONFIG_SYNTAX' : 'GATES_E_CONFIG_INVALID' });
  rows.push({ kind: 'missing', target: 'perf-sla', name: 'no reports', inputs: {}, files: perf.files, exit: 2, code: 'GATES_E_INPUT_MISSING' });
  rows.push({ kind: 'missing', target: 'perf-sla', name: 'sla names a file that does not exist', inputs: { ...perf.inputs, sla: 'perf/none.yml' }, files: perf.files, exit: 2, code: 'GATES_E_INPUT_FILE_NOT_FOUND' });
  rows.push({ kind: 'missing', target: 'perf-sla', name: 'reports match nothing', inputs: { reports: 'out/**/*.xml' }, exit: 1 });
  rows.push({ kind: 'malformed', target: 'perf-sla', name: 'a report cut off mid-element', inputs: perf.inputs, files: { 'junit.xml': '<testsuite name="s"><testcase classname="c" name="t" ti' }, exit: 1 });
  rows.push({ kind: 'malformed', target: 'perf-sla', name: 'a report that is JSON', inputs: perf.inputs, files: { 'junit.xml': '{"tests": 1}' }, exit: 1 });
  // Producers omit or garble times; such a test is counted, untimed.
  rows.push({ kind: 'wrong-type', target: 'perf-sla', name: 'a test time of "fast"', inputs: perf.inputs, files: { 'junit.xml': '<testsuite name="s"><testcase classname="c" name="t" time="fast"/></testsuite>' }, exit: 0 });
  rows.push({ kind: 'wrong-type', target: 'perf-sla', name: 'test2json lines that are not events', inputs: perf.inputs, files: { 'junit.xml': '{"Action":"pass","Test":"TestA","Elapsed":0.1}\nnull\n' }, exit: 1 });
  // Entities are not expanded: the report is refused (invalid-report), never inflated.
  rows.push({ kind: 'hostile', target: 'perf-sla', name: 'a report with an XML entity bomb', inputs: perf.inputs, files: { 'junit.xml': `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><testsuite name="&c;"><testcase classname="c" name="t" time="1"/></testsuite>` }, exit: 1 });
  for (const value of ['sec', 'S', 'seconds', 'µs']) rows.push({ kind: 'out-of-range', target: 'perf-sla', name: `time-unit: ${value}`, inputs: { ...perf.inputs, 'time-unit': value }, files: perf.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });

  for (const [kind, name, text] of REDACT_FAULTS) rows.push({ kind, target: 'redact-logs', name, inputs: redact.inputs, files: { ...redact.files, [REDACT_POLICY]: text }, exit: 2, code: name.includes('not YAML') ? 'GATES_E_CONFIG_SYNTAX' : 'GATES_E_CONFIG_INVALID' });
  rows.push({ kind: 'missing', target: 'redact-logs', name: 'no paths', inputs: {}, files: redact.files, exit: 2, code: 'GATES_E_INPUT_MISSING' });
  rows.push({ kind: 'missing', target: 'redact-logs', name: 'policy names a file that does not exist', inputs: { ...redact.inputs, policy: 'none.yml' }, files: redact.files, exit: 2, code: 'GATES_E_INPUT_FILE_NOT_FOUND' });
  for (const value of ['stars', 'MASK', 'rule_id']) rows.push({ kind: 'out-of-range', target: 'redact-logs', name: `replacement: ${value}`, inputs: { ...redact.inputs, replacement: value }, files: redact.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  for (const value of ['yes', 'maybe', '1']) rows.push({ kind: 'wrong-type', target: 'redact-logs', name: `fail-on-find: ${value}`, inputs: { ...redact.inputs, 'fail-on-find': value }, files: redact.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });

  for (const [name, value] of hostileEntries) {
    // A pattern that matches nothing is the no-reports finding; one that reaches a file that is not a report, invalid-report.
    rows.push({ kind: 'hostile', target: 'perf-sla', name: `reports: ${name}`, inputs: { reports: value }, exit: 1 });
    rows.push({ kind: 'hostile', target: 'redact-logs', name: `secrets: ${name}`, inputs: { ...redact.inputs, secrets: value }, files: redact.files, exit: 0 });
  }
  return rows;
}
