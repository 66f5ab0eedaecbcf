/** Every CLI command with its usage and options: drives parsing, --help and did-you-mean. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  description: string;
}

export interface CommandSpec {
  usage: string;
  summary: string;
  options: Record<string, OptionSpec>;
  /** Positional arguments: how many are required and allowed. */
  positionals: { min: number; max: number };
}

export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  json: { type: 'boolean', description: 'machine-readable JSON on stdout' },
  'no-color': { type: 'boolean', description: 'no ANSI colours' },
  debug: { type: 'boolean', description: 'debug output, including stack traces of internal errors' },
  help: { type: 'boolean', description: 'show help' },
};

export const COMMANDS: Record<string, CommandSpec> = {
  run: {
    usage: 'gates run <action> [--input key=value]... [--workspace DIR] [--summary] [--fix | --dry-run]',
    summary: 'run one action locally, exactly as in a workflow',
    positionals: { min: 1, max: 1 },
    options: {
      input: { type: 'string', multiple: true, description: 'an action input, as in `with:` (repeatable)' },
      workspace: { type: 'string', description: 'the repository to check (default: current directory)' },
      summary: { type: 'boolean', description: 'print the Markdown job summary too' },
      fix: { type: 'boolean', description: 'pin-check: rewrite references to commit SHAs (input mode=fix); needs GITHUB_TOKEN' },
      'dry-run': { type: 'boolean', description: 'pin-check: print the diff --fix would apply (input mode=dry-run)' },
    },
  },
  redact: {
    usage: 'gates redact <path>... [--secrets-file FILE] [--output-dir DIR] [--replacement mask|rule-id] [--policy FILE] [--fail-on-find] [--workspace DIR] [--summary]',
    summary: 'scrub secrets from files, directories or globs (redact-logs on a terminal)',
    positionals: { min: 1, max: 1000 },
    options: {
      'secrets-file': { type: 'string', description: 'a file of values to redact: one per line, or a JSON object of names to values' },
      'output-dir': { type: 'string', description: 'write scrubbed copies here and leave the originals' },
      replacement: { type: 'string', description: 'mask (***) or rule-id ([REDACTED:<rule-id>])' },
      policy: { type: 'string', description: 'redaction policy (default .github/gates-redact.yml)' },
      'fail-on-find': { type: 'boolean', description: 'exit 1 when any secret is found' },
      workspace: { type: 'string', description: 'paths are relative to this directory (default: current directory)' },
      summary: { type: 'boolean', description: 'print the Markdown job summary too' },
    },
  },
  checkpoint: {
    usage: 'gates checkpoint save|restore|rollback|rehearse --gate NAME [--path P]... [--status green|red] [--checkpoint HASH] [--health-check CMD]... [--force] [--workspace DIR] [--summary]',
    summary: 'checkpoint a gate\'s outputs, restore or roll back to the last green checkpoint, or rehearse a restore (checkpoint-restore on a terminal)',
    positionals: { min: 1, max: 1 },
    options: {
      gate: { type: 'string', description: 'the gate the checkpoint belongs to' },
      path: { type: 'string', multiple: true, description: 'a file, directory or glob to checkpoint (save; repeatable)' },
      status: { type: 'string', description: 'green or red: the verdict of the gate just run (save)' },
      key: { type: 'string', description: 'extra text the gate result depends on, part of the idempotency key (save)' },
      force: { type: 'boolean', description: 'save even when this gate run already has a green checkpoint' },
      checkpoint: { type: 'string', description: 'restore this checkpoint (hash or prefix) instead of the last green one' },
      'failed-gate': { type: 'string', description: 'the gate that failed (rollback)' },
      trigger: { type: 'string', description: 'gate-failure, security-block, lock-timeout or health-check-failure (rollback)' },
      'health-check': { type: 'string', multiple: true, description: 'a command that must exit 0 after the restore (repeatable)' },
      'rto-target-seconds': { type: 'string', description: 'recovery-time target of a rehearsal' },
      'scratch-dir': { type: 'string', description: 'where a rehearsal restores (default: a temporary directory)' },
      state: { type: 'string', description: 'local or cache' },
      compression: { type: 'string', description: 'auto, zstd, gzip or none' },
      retention: { type: 'string', description: 'checkpoints kept per gate' },
      workspace: { type: 'string', description: 'the repository (default: current directory)' },
      summary: { type: 'boolean', description: 'print the Markdown job summary too' },
    },
  },
  'fs-lock-test': {
    usage: 'gates fs-lock-test <path>... [--workers N] [--iterations N] [--primitives LIST] [--hold DURATION] [--timeout DURATION] [--stale-after DURATION] [--require-safe]',
    summary: 'which file-locking primitive is safe on a directory (several paths: mounts of one share)',
    positionals: { min: 1, max: 16 },
    options: {
      workers: { type: 'string', description: 'worker processes (default 8)' },
      iterations: { type: 'string', description: 'acquisitions per worker and primitive (default 2000)' },
      primitives: { type: 'string', description: 'comma-separated: o_excl, mkdir, flock, fcntl, link, rename (default all)' },
      hold: { type: 'string', description: 'critical-section length (default 0ms)' },
      timeout: { type: 'string', description: 'longest wait for one acquisition (default 60s)' },
      'stale-after': { type: 'string', description: 'take over a dead or silent holder after this (default 5s)' },
      'require-safe': { type: 'boolean', description: 'exit 1 when no primitive is safe' },
    },
  },
  validate: {
    usage: 'gates validate <config-file> [--kind gates]',
    summary: 'check a config file against its schema, with file:line errors',
    positionals: { min: 1, max: 1 },
    options: { kind: { type: 'string', description: 'which schema (default: chosen by file name)' } },
  },
  config: {
    usage: 'gates config --explain [--workspace DIR] [--config FILE] [--shared-config FILE]',
    summary: 'print the effective config and where each value came from',
    positionals: { min: 0, max: 0 },
    options: {
      explain: { type: 'boolean', description: 'show each value with its source' },
      workspace: { type: 'string', description: 'the repository (default: current directory)' },
      config: { type: 'string', description: 'repository config file (default: .github/gates.yml)' },
      'shared-config': { type: 'string', description: 'organisation config layered underneath' },
    },
  },
  metrics: {
    usage: 'gates metrics <metrics.jsonl>... [--format table|prometheus]',
    summary: 'aggregate gate metrics files (counts, pass rates, duration percentiles); Prometheus text for scrapers',
    positionals: { min: 1, max: 1000 },
    options: { format: { type: 'string', description: 'table (default) or prometheus (text exposition format 0.0.4); --json gives the aggregate as JSON' } },
  },
  'docs-check': {
    usage: 'gates docs-check [path]... [--workspace DIR] [--external]',
    summary: 'check Markdown links and heading anchors, and that YAML, JSON and Mermaid blocks parse',
    positionals: { min: 0, max: 1000 },
    options: {
      workspace: { type: 'string', description: 'the repository the paths and links are relative to (default: current directory)' },
      external: { type: 'boolean', description: 'also request every http(s) link (off by default: the network makes it flaky)' },
    },
  },
  demo: {
    usage: 'gates demo [--workspace DIR]',
    summary: 'run every action on the bundled demo repository and print the summaries',
    positionals: { min: 0, max: 0 },
    options: { workspace: { type: 'string', description: 'another repository to demo on' } },
  },
  rbac: {
    usage: 'gates rbac explain --actor LOGIN --command CMD [--event push] [--ref refs/heads/main] [--env ENV] [--permission ROLE] [--team org/slug]... [--passed GATE]... | gates rbac test <cases.yml>  [--policy FILE]',
    summary: 'try the rbac-guard policy offline: one decision explained, or a file of expected decisions',
    positionals: { min: 1, max: 2 },
    options: {
      policy: { type: 'string', description: 'policy file (default .github/gates-rbac.yml)' },
      actor: { type: 'string', description: 'the triggering actor (explain)' },
      command: { type: 'string', description: 'the command or gate (explain)' },
      event: { type: 'string', description: 'event name (default push)' },
      ref: { type: 'string', description: 'full ref (default refs/heads/main)' },
      env: { type: 'string', description: 'deployment environment' },
      permission: { type: 'string', description: "the actor's repository role: admin, maintain, write, triage, read or a custom role" },
      team: { type: 'string', multiple: true, description: 'a team the actor is an active member of (repeatable)' },
      passed: { type: 'string', multiple: true, description: 'a gate green for this commit (repeatable)' },
      failed: { type: 'string', multiple: true, description: 'a gate that failed for this commit (repeatable)' },
      fork: { type: 'boolean', description: 'a pull request from a fork' },
      approvals: { type: 'string', description: 'approving reviews on the pull request' },
      now: { type: 'string', description: 'the time of the request (ISO 8601; default now)' },
    },
  },
  audit: {
    usage: 'gates audit verify <ledger.jsonl> [--head HASH [--anchor HMAC]] [--require-anchor] | gates audit merge [--anchor-key-env NAME] <segment>... | gates audit record --gate NAME --verdict pass|fail [--sha SHA] | gates audit override --gate NAME --reason TEXT [--sha SHA]',
    summary: "verify the audit ledger's hash chain and head (and a keyed anchor, key in GATES_ANCHOR_KEY); merge state segments into one order; record a custom gate's verdict for a commit (for rbac-guard dependencies); or set a gate's failures aside, with a reason",
    positionals: { min: 1, max: Number.MAX_SAFE_INTEGER },
    options: {
      anchor: { type: 'string', description: 'the keyed anchor published with --head: HMAC-SHA-256 of the head with the key in GATES_ANCHOR_KEY (verify)' },
      'anchor-key-env': { type: 'string', description: 'the name of an environment variable holding the anchor key: every segment must be signed with it (merge). The key itself never goes on the command line, where process lists show it' },
      gate: { type: 'string', description: 'the gate whose verdict is recorded or overridden (not one of the suite\'s actions, for record)' },
      verdict: { type: 'string', description: 'pass or fail (record)' },
      sha: { type: 'string', description: 'the commit (default GITHUB_SHA)' },
      reason: { type: 'string', description: 'why earlier failures are set aside (override; kept in the ledger)' },
      head: { type: 'string', description: 'a head hash published elsewhere: the ledger must contain it (verify)' },
      'require-anchor': { type: 'boolean', description: 'fail when the ledger has no valid head and no --head (verify)' },
    },
  },
  waivers: {
    usage: 'gates waivers check [--file .github/gates-waivers.yml] [--workspace DIR] [--now TIME]',
    summary: 'validate the waiver file and show which waivers expired, expire soon or break the policy (exit 1 if any would not be applied)',
    positionals: { min: 1, max: 1 },
    options: {
      file: { type: 'string', description: 'the waiver file, relative to the workspace (default .github/gates-waivers.yml)' },
      workspace: { type: 'string', description: 'the repository (default: current directory)' },
      now: { type: 'string', description: 'judge as of this time (ISO 8601; default now)' },
    },
  },
  lock: {
    usage: 'gates lock exec --name NAME [--timeout 30s] [--stale-after 10m] -- <command> [args...]',
    summary: "run a command holding one of the suite's named locks (under the state root)",
    positionals: { min: 2, max: Number.MAX_SAFE_INTEGER },
    options: {
      name: { type: 'string', description: 'lock name: letters, digits, dot, dash, underscore' },
      timeout: { type: 'string', description: 'how long to wait for the lock (default 30s)' },
      'stale-after': { type: 'string', description: 'a lock held longer is presumed abandoned (default 10m)' },
    },
  },
  routes: {
    usage: 'gates routes [--json]',
    summary: "print the root action's routing table: which `with:` input carries each action's input (drift-check's document for the suite)",
    positionals: { min: 0, max: 0 },
    options: {},
  },
  help: {
    usage: 'gates help [command]',
    summary: 'show help for gates or one command',
    positionals: { min: 0, max: 1 },
    options: {},
  },
};
