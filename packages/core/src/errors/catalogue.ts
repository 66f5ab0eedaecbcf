import { docsRoot } from './docs-root.js';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/**
 * One catalogue of every error gates can raise. Codes are stable (scripts match
 * on them); messages are templates filled from the error's params.
 */
export interface ErrorSpec {
  exitCode: ExitCodeValue;
  /** Template with {param} placeholders. */
  message: string;
  hint: string;
}

export const ERROR_CATALOGUE = {
  GATES_E_USAGE: {
    exitCode: ExitCode.Usage,
    message: '{detail}',
    hint: 'Run `gates --help` for usage.',
  },
  GATES_E_UNKNOWN_COMMAND: {
    exitCode: ExitCode.Usage,
    message: 'Unknown command "{command}".',
    hint: 'Known commands: {known}.',
  },
  GATES_E_UNKNOWN_FLAG: {
    exitCode: ExitCode.Usage,
    message: 'Unknown option "{flag}" for `{command}`.',
    hint: 'Run `gates {command} --help` for its options.',
  },
  GATES_E_INPUT_INVALID: {
    exitCode: ExitCode.Usage,
    message: 'Input "{input}" is invalid: got "{value}", expected {expected}.',
    hint: 'Fix the `with: {input}:` value in the workflow step.',
  },
  GATES_E_INPUT_MISSING: {
    exitCode: ExitCode.Usage,
    message: 'Input "{input}" is required but was not supplied.',
    hint: 'Add `{input}:` under `with:` in the workflow step.',
  },
  GATES_E_ENV_INVALID: {
    exitCode: ExitCode.Usage,
    message: 'Environment variable {name} is invalid: got {value}, expected {expected}.',
    hint: 'The runner sets it; check the workflow\'s `env:` blocks for an override.',
  },
  GATES_E_FILE_NOT_FOUND: {
    exitCode: ExitCode.Usage,
    message: 'File {file} does not exist.',
    hint: 'Check the path; relative paths are resolved from the current directory.',
  },
  GATES_E_INPUT_FILE_NOT_FOUND: {
    exitCode: ExitCode.Usage,
    message: 'Input "{input}" names {file}, which does not exist.',
    hint: 'Fix the `{input}:` path in the workflow step (relative to the workspace), or remove it to use the default.',
  },
  GATES_E_POLICY_REQUIRED: {
    exitCode: ExitCode.Usage,
    message: '{action} needs a policy file, and there is none at {file} (the default of the `{input}` input).',
    hint: 'Write the policy there (its format is in the {action} README), or set `{input}:` to its path. Without a policy nothing is allowed.',
  },
  GATES_E_FILE_UNREADABLE: {
    exitCode: ExitCode.Usage,
    message: 'File {file} cannot be read: {reason}.',
    hint: 'Name a regular file (not a pipe, device or directory) within the size limit.',
  },
  GATES_E_PATH_OUTSIDE: {
    exitCode: ExitCode.Usage,
    message: 'Path {path} leads outside {root} (to {real}); gates does not write there.',
    hint: 'A symbolic link (or `..`) on the way leads out; replace the link with a directory, or name a path inside {root}.',
  },
  GATES_E_CONFIG_NOT_FOUND: {
    exitCode: ExitCode.Usage,
    message: 'Config file {file} does not exist.',
    hint: 'Create it, or point the `config` input at the right path.',
  },
  GATES_E_CONFIG_UNREADABLE: {
    exitCode: ExitCode.Usage,
    message: 'Config file {file} cannot be read: {reason}.',
    hint: 'Check the path and the file permissions.',
  },
  GATES_E_CONFIG_EMPTY: {
    exitCode: ExitCode.Usage,
    message: 'Config file {file} is empty.',
    hint: 'Write at least `version: 1`, or delete the file to use defaults.',
  },
  GATES_E_CONFIG_TOO_LARGE: {
    exitCode: ExitCode.Usage,
    message: 'Config file {file} is {size} bytes, over the {limit}-byte limit.',
    hint: 'Config files are small; check that the path names the right file.',
  },
  GATES_E_CONFIG_SYNTAX: {
    exitCode: ExitCode.Usage,
    message: 'Config file {file} is not valid {format}: {detail}',
    hint: 'Fix the syntax at the reported line; `gates validate <file>` checks it locally.',
  },
  GATES_E_CONFIG_INVALID: {
    exitCode: ExitCode.Usage,
    message: 'Config file {file} does not match its schema ({count} problem(s)).',
    hint: 'Fix each listed problem; `gates validate <file>` checks it locally.',
  },
  GATES_E_METRICS_INVALID: {
    exitCode: ExitCode.Usage,
    message: 'Metrics file {file} has {count} line(s) that are not gates metrics.',
    hint: 'Each line must be one JSON object as schemas/gates-metrics.schema.json describes; the actions write them under the state root (metrics/metrics.jsonl).',
  },
  GATES_E_STATE_ROOT: {
    exitCode: ExitCode.Usage,
    message: 'State root {path} cannot be used: {reason}.',
    hint: 'Set MEMORY_STORAGE_ROOT to an absolute, writable directory that only this user can write.',
  },
  GATES_E_LOCK_TIMEOUT: {
    exitCode: ExitCode.Infrastructure,
    message: 'Timed out after {timeout} waiting for lock "{name}" held by {owner}.',
    hint: 'Another gates process holds the lock; raise the timeout or check for a stuck job.',
  },
  GATES_E_LOCK_LOST: {
    exitCode: ExitCode.Infrastructure,
    message: 'Lock {name} was taken over before this writer committed (its fencing token {fence}, now {latest}); nothing was written.',
    hint: 'This process was paused longer than the lock\'s stale-after (a frozen or overloaded runner): run it again, or raise stale-after.',
  },
  GATES_E_FILESYSTEM: {
    exitCode: ExitCode.Infrastructure,
    message: 'Filesystem error on {path}: {reason}.',
    hint: 'Check free space and permissions on the runner.',
  },
  GATES_E_CHECKPOINT_CORRUPT: {
    exitCode: ExitCode.Infrastructure,
    message: 'Checkpoint {checkpoint} cannot be restored: {what} {reason}. Nothing was restored.',
    hint: 'The checkpoint store under the state root was damaged or changed; restore an older checkpoint with `checkpoint: <hash>`, or take a new one.',
  },
  GATES_E_CHECKPOINT_NOT_FOUND: {
    exitCode: ExitCode.Usage,
    message: 'There is no checkpoint {what}.',
    hint: 'List the checkpoints in the step summary of a `mode: save` run, or omit `checkpoint:` to use the last green one.',
  },
  GATES_E_QUIESCED: {
    exitCode: ExitCode.Infrastructure,
    message: 'The gates are quiesced for a rollback of gate "{gate}" (since {since}, run {run}){detail}.',
    hint: 'A rollback is restoring the last green checkpoint; re-run once it is done, or set `quiesce.policy: wait` in .github/gates.yml to wait for it.',
  },
  GATES_E_LEDGER_TAMPERED: {
    exitCode: ExitCode.GateFailed,
    message: 'Audit ledger {file} fails verification at line {line}: {reason}.',
    hint: 'The ledger was edited, truncated or reordered after it was written; restore it from a trusted copy.',
  },
  GATES_E_SEGMENT_SIGNATURE: {
    exitCode: ExitCode.GateFailed,
    message: 'State segment {file} is not signed with the anchor key: {reason}.',
    hint: 'A segment a gates step publishes with `anchor-key` carries a MAC with that key; one without it, or whose MAC does not match, was written by a step without the key or changed afterwards (docs/ordering.md#signed-segments).',
  },
  GATES_E_LEDGER_UNANCHORED: {
    exitCode: ExitCode.GateFailed,
    message: 'Audit ledger {file} is not anchored: {reason}.',
    hint: 'Without a valid head (or --head HASH), a cut-off tail cannot be detected; restore the head from a trusted copy, or verify against a published head with --head.',
  },
  GATES_E_STATE_TRANSPORT: {
    exitCode: ExitCode.Infrastructure,
    message: 'State transport failed ({operation}): {reason}.',
    hint: 'The Actions artifact service did not answer or refused; a re-run may help. Gates whose decisions need other jobs\' state (rbac-guard dependencies) fail closed meanwhile; `state: local` keeps state on this runner only.',
  },
  GATES_E_STATE_REFUSED: {
    exitCode: ExitCode.Infrastructure,
    message: 'This step\'s state ({name}) cannot be published: {reason}. The decision is recorded on this runner only; later jobs would not see it.',
    hint: 'A job may create at most 500 artifacts (each gates step publishes one segment; each checkpoint save one more): split the job, or set `state: local` on steps whose decisions no later job needs (docs/ordering.md).',
  },
  GATES_E_STATE_CACHE: {
    exitCode: ExitCode.Usage,
    message: 'state: cache cannot carry gate decisions between jobs: the Actions cache restores one entry per key prefix and cannot list a run\'s entries, so later jobs would not see this one\'s.',
    hint: 'Use `state: auto` or `artifact` (segments travel between the jobs of a run) and `publish: status` or `check` across runs; docs/ordering.md. checkpoint-restore\'s `store: cache` is a different input and works.',
  },
  GATES_E_GATE_RESERVED: {
    exitCode: ExitCode.Usage,
    message: 'Gate "{gate}" is one of the suite\'s own actions; only that action records its verdict.',
    hint: 'Run the action itself, or record a custom gate under another name. To set aside a failure, use `gates audit override` (audited).',
  },
  GATES_E_NETWORK: {
    exitCode: ExitCode.Infrastructure,
    message: 'Request to {url} failed: {reason}.',
    hint: 'Check network access and GITHUB_API_URL; the request may succeed on retry.',
  },
  GATES_E_API_NO_TOKEN: {
    exitCode: ExitCode.Infrastructure,
    message: '{what} needs the GitHub API, but no token was given.',
    hint: 'Pass `token: ${{ github.token }}` (the default in the action), or set policy `online: optional` to run offline checks only.',
  },
  GATES_E_API_DENIED: {
    exitCode: ExitCode.Infrastructure,
    message: 'GitHub API answered {status} for {route}: {reason}.',
    hint: 'Check the token and its permissions (the job\'s `permissions:` block, or the App/PAT scopes) and GITHUB_API_URL.',
  },
  GATES_E_API_RATE_LIMITED: {
    exitCode: ExitCode.Infrastructure,
    message: 'GitHub API rate limit exhausted after {calls} call(s); it resets at {reset}.',
    hint: 'Use the job\'s GITHUB_TOKEN (higher limits than anonymous calls) or a GitHub App token, or re-run after the reset.',
  },
  GATES_E_API_TIMEOUT: {
    exitCode: ExitCode.Infrastructure,
    message: 'GitHub API call {route} timed out after {timeout}.',
    hint: 'Raise the `api-timeout` input, or check the runner\'s network path to GITHUB_API_URL.',
  },
  GATES_E_API_UNAVAILABLE: {
    exitCode: ExitCode.Infrastructure,
    message: 'GitHub API call {route} failed after {attempts} attempt(s): {reason}.',
    hint: 'GitHub (or the GHES host) may be degraded; re-run the job. Check GITHUB_API_URL on GHES.',
  },
  GATES_E_API_STOPPED: {
    exitCode: ExitCode.Infrastructure,
    message: 'GitHub API call {route} was not made: calls stopped for the rest of this run after {reason}.',
    hint: 'Check the runner\'s network path to GITHUB_API_URL and re-run; raise `api-budget` if the API is only slow.',
  },
  GATES_E_API_MALFORMED: {
    exitCode: ExitCode.Infrastructure,
    message: 'GitHub API answer to {route} is not what GitHub documents: {reason}.',
    hint: 'Nothing was decided from it. Re-run the job; if it persists, check GITHUB_API_URL and any proxy between the runner and the API.',
  },
  GATES_E_WAIVER_POLICY_UNAVAILABLE: {
    exitCode: ExitCode.Infrastructure,
    message: 'On a {event} event the waiver policy comes from the base commit, but {reason}.',
    hint: 'A pull request cannot relax its own waiver policy: gates reads the policy (and the rbac policy it names) from the base commit through the GitHub API. Give the action its token (the default `${{ github.token }}`) with `contents: read`; see docs/waiver-policy.md.',
  },
  GATES_E_DOCUMENT_TOO_LARGE: {
    exitCode: ExitCode.Usage,
    message: 'Document {source} is larger than the limit of {limit}; nothing was compared.',
    hint: 'Raise max-document-size (memory grows with the document: see the drift-check README), or compare a smaller rendering of it.',
  },
  GATES_E_DOCUMENT_INVALID: {
    exitCode: ExitCode.Usage,
    message: 'Document {source} cannot be compared: {reason}.',
    hint: 'drift-check and hydration-check compare JSON or YAML documents; check the file, or the command\'s stdout.',
  },
  GATES_E_DOCUMENT_DUPLICATE_KEY: {
    exitCode: ExitCode.Usage,
    message: 'Document {source} has {key} twice in one object (the second at line {line}, column {column}); nothing was compared.',
    hint: 'A JSON parser keeps one of the two values without a word, so which one is meant is unclear: remove or rename one of them.',
  },
  GATES_E_BASELINE_MISSING: {
    exitCode: ExitCode.Usage,
    message: 'Baseline {file} does not exist.',
    hint: 'Create it with `mode: sync` (or `gates run drift-check --input mode=sync ...`) and commit it.',
  },
  GATES_E_RBAC_UNRESOLVED: {
    exitCode: ExitCode.Infrastructure,
    message: 'Cannot decide whether {actor} may run {command}: {reason}.',
    hint: 'rbac-guard fails closed when a fact it needs is unknown; the reason names what to change.',
  },
  GATES_E_RESULTS_INVALID: {
    exitCode: ExitCode.Usage,
    message: 'Scanner results {file} cannot be used: {reason}.',
    hint: 'Point `results` at the scanner\'s SARIF 2.1.0 or native JSON output (npm audit, pip-audit, osv-scanner, Trivy); a truncated file means the scan step failed.',
  },
  GATES_E_RESULTS_MISSING: {
    exitCode: ExitCode.Usage,
    message: 'No scanner results to judge: {detail}.',
    hint: 'Check the `results` paths and that the scan steps ran and wrote their files; nothing checked is not a pass.',
  },
  GATES_E_GATE_FAILED: {
    exitCode: ExitCode.GateFailed,
    message: '{detail}',
    hint: 'See the job summary for the findings that failed the gate.',
  },
  GATES_E_INTERNAL: {
    exitCode: ExitCode.Internal,
    message: 'Internal error: {detail}',
    hint: 'This is a bug in gates; please report it with the debug output (set `debug: true`).',
  },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Docs anchor of an error code: GitHub's anchor for the docs/errors.md heading named by the code. */
export function docsUrl(code: ErrorCode, env: NodeJS.ProcessEnv = process.env): string {
  return `${docsRoot(env)}/docs/errors.md#${code.toLowerCase()}`;
}

/** Docs link of an action's rule: the `#### <action>: <rule>` heading of `<action>/README.md`. */
export function ruleDocsUrl(action: string, rule: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${docsRoot(env)}/${action}/README.md#${action}-${rule}`;
}

export { docsRoot, projectUrl } from './docs-root.js';
