import type { BadInput } from './bad-input.js';
import { hostileEntries } from './hostile.js';
import { BASELINE } from './rows-common.js';

/** env-guard, drift-check and checkpoint-restore: their policies, documents, modes and limits. */
const env = BASELINE['env-guard']!;
const drift = BASELINE['drift-check']!;
const checkpoint = BASELINE['checkpoint-restore']!;
const ENV_POLICY = '.github/gates-env.yml';

const ENV_POLICY_FAULTS: [BadInput['kind'], string, string][] = [
  ['malformed', 'env policy is not YAML', 'version: 1\nenvironments: [\n'],
  ['wrong-type', 'env policy environments is a string', 'version: 1\nenvironments: production\n'],
  ['out-of-range', 'env policy version 2', 'version: 2\n'],
  ['hostile', 'env policy with __proto__ keys', 'version: 1\n__proto__:\n  environments: []\n'],
];

export function envDriftCheckpointRows(): BadInput[] {
  const rows: BadInput[] = [];
  for (const [kind, name, text] of ENV_POLICY_FAULTS) rows.push({ kind, target: 'env-guard', name, inputs: env.inputs, files: { [ENV_POLICY]: text }, exit: 2, code: name.includes('not YAML') ? 'GATES_E_CONFIG_SYNTAX' : 'GATES_E_CONFIG_INVALID' });
  rows.push({ kind: 'missing', target: 'env-guard', name: 'policy names a file that does not exist', inputs: { ...env.inputs, policy: 'env/none.yml' }, exit: 2, code: 'GATES_E_INPUT_FILE_NOT_FOUND' });
  rows.push({ kind: 'out-of-range', target: 'env-guard', name: 'mode: deploy', inputs: { ...env.inputs, mode: 'deploy' }, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'out-of-range', target: 'env-guard', name: 'api-timeout: 1h', inputs: { ...env.inputs, 'api-timeout': '1h' }, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'wrong-type', target: 'env-guard', name: 'secrets is not JSON', inputs: { ...env.inputs, secrets: '{"A": ' }, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'wrong-type', target: 'env-guard', name: 'secrets is a JSON list', inputs: { ...env.inputs, secrets: '["A"]' }, exit: 2, code: 'GATES_E_INPUT_INVALID' });

  rows.push({ kind: 'missing', target: 'drift-check', name: 'no baseline', inputs: { document: drift.inputs.document! }, files: drift.files, exit: 2, code: 'GATES_E_INPUT_MISSING' });
  rows.push({ kind: 'missing', target: 'drift-check', name: 'baseline file absent', inputs: drift.inputs, files: { 'api.json': drift.files['api.json']! }, exit: 2, code: 'GATES_E_BASELINE_MISSING' });
  rows.push({ kind: 'malformed', target: 'drift-check', name: 'baseline not ending in .shadow.json', inputs: { ...drift.inputs, baseline: 'api.json' }, files: drift.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'malformed', target: 'drift-check', name: 'document is not JSON or YAML', inputs: drift.inputs, files: { ...drift.files, 'api.json': '{"a": [1, 2' }, exit: 2, code: 'GATES_E_DOCUMENT_INVALID' });
  rows.push({ kind: 'malformed', target: 'drift-check', name: 'document has a key twice in one object', inputs: drift.inputs, files: { ...drift.files, 'api.json': '{"a": 1, "a": 2}' }, exit: 2, code: 'GATES_E_DOCUMENT_DUPLICATE_KEY' });
  rows.push({ kind: 'out-of-range', target: 'drift-check', name: 'threshold: 150%', inputs: { ...drift.inputs, threshold: '150%' }, files: drift.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'out-of-range', target: 'drift-check', name: 'max-document-size: 10 parsecs', inputs: { ...drift.inputs, 'max-document-size': '10pc' }, files: drift.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'out-of-range', target: 'drift-check', name: 'a document over max-document-size', inputs: { ...drift.inputs, 'max-document-size': '1KiB' }, files: { ...drift.files, 'api.json': JSON.stringify({ padding: 'x'.repeat(4096) }) }, exit: 2, code: 'GATES_E_DOCUMENT_TOO_LARGE' });
  rows.push({ kind: 'hostile', target: 'drift-check', name: 'document with a YAML alias bomb', inputs: { ...drift.inputs, document: 'api.yml' }, files: { ...drift.files, 'api.yml': `x: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nw: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nv: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n` }, exit: 2, code: 'GATES_E_DOCUMENT_INVALID' });

  rows.push({ kind: 'missing', target: 'checkpoint-restore', name: 'save without a gate', inputs: { paths: checkpoint.inputs.paths! }, files: checkpoint.files, exit: 2, code: 'GATES_E_INPUT_MISSING' });
  rows.push({ kind: 'out-of-range', target: 'checkpoint-restore', name: 'mode: snapshot', inputs: { ...checkpoint.inputs, mode: 'snapshot' }, files: checkpoint.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'out-of-range', target: 'checkpoint-restore', name: 'status: amber', inputs: { ...checkpoint.inputs, status: 'amber' }, files: checkpoint.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'out-of-range', target: 'checkpoint-restore', name: 'retention: 0', inputs: { ...checkpoint.inputs, retention: '0' }, files: checkpoint.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'wrong-type', target: 'checkpoint-restore', name: 'retention: five', inputs: { ...checkpoint.inputs, retention: 'five' }, files: checkpoint.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'out-of-range', target: 'checkpoint-restore', name: 'compression: brotli', inputs: { ...checkpoint.inputs, compression: 'brotli' }, files: checkpoint.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'malformed', target: 'checkpoint-restore', name: 'health-checks is not YAML', inputs: { ...checkpoint.inputs, mode: 'rehearse', 'health-checks': '- run: [' }, files: checkpoint.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  // Nothing green to restore is the gate's finding (exit 1), not a usage error.
  rows.push({ kind: 'missing', target: 'checkpoint-restore', name: 'restore with no checkpoint taken', inputs: { ...checkpoint.inputs, mode: 'restore' }, files: checkpoint.files, exit: 1 });
  rows.push({ kind: 'missing', target: 'checkpoint-restore', name: 'restore of a checkpoint that does not exist', inputs: { ...checkpoint.inputs, mode: 'restore', checkpoint: 'abcdef0' }, files: checkpoint.files, exit: 2, code: 'GATES_E_CHECKPOINT_NOT_FOUND' });
  rows.push({ kind: 'malformed', target: 'checkpoint-restore', name: 'checkpoint: not a hash', inputs: { ...checkpoint.inputs, mode: 'restore', checkpoint: 'latest!' }, files: checkpoint.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  rows.push({ kind: 'hostile', target: 'checkpoint-restore', name: 'paths outside the workspace', inputs: { ...checkpoint.inputs, paths: '../../etc' }, files: checkpoint.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });

  for (const [name, value] of hostileEntries) {
    // A name GitHub could not have (too long, control or bidi characters) is refused; any other is data: an ephemeral target.
    const unnameable = value.length > 255 || /[\p{Cc}\u202e]/u.test(value);
    rows.push({ kind: 'hostile', target: 'env-guard', name: `environment: ${name}`, inputs: { environment: value }, ...(unnameable ? { exit: 2, code: 'GATES_E_INPUT_INVALID' } : { exit: 0 }) });
    rows.push({ kind: 'hostile', target: 'checkpoint-restore', name: `gate: ${name}`, inputs: { ...checkpoint.inputs, gate: value }, files: checkpoint.files, exit: 2, code: 'GATES_E_INPUT_INVALID' });
  }
  return rows;
}
