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
  demo: {
    usage: 'gates demo [--workspace DIR]',
    summary: 'run every action on the bundled demo repository and print the summaries',
    positionals: { min: 0, max: 0 },
    options: { workspace: { type: 'string', description: 'another repository to demo on' } },
  },
  audit: {
    usage: 'gates audit verify <ledger.jsonl>',
    summary: 'verify the hash chain of an audit ledger',
    positionals: { min: 2, max: 2 },
    options: {},
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
  help: {
    usage: 'gates help [command]',
    summary: 'show help for gates or one command',
    positionals: { min: 0, max: 1 },
    options: {},
  },
};
