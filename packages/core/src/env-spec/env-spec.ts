/**
 * A declared environment variable: what gates (MEMORY_STORAGE_ROOT, GATES_*) and its users (env-guard's policy)
 * expect a job to be given. One spec, one validator (validate-env.ts), for both.
 */
export type EnvVarType = 'path' | 'url' | 'int' | 'bool' | 'enum' | 'duration';

export interface EnvVarConstraints {
  /** path: must be absolute. */
  absolute?: boolean;
  /** path: an existing directory this user can write. */
  'writable-dir'?: boolean;
  /** path: not inside the checkout (a pull request controls the checkout), judged on the real path. */
  'outside-workspace'?: boolean;
  /**
   * path: a directory only this user can write, whose ancestors nobody else can rename, outside the checkout:
   * safe to keep decisions in (the state root's checks; see judge-state-root.ts). May not exist yet.
   */
  'private-dir'?: boolean;
  /** url: https only. */
  https?: boolean;
  /** int: bounds, inclusive. */
  min?: number;
  max?: number;
  /** duration: bounds, inclusive, as durations (`30s`, `10m`). */
  'min-duration'?: string;
  'max-duration'?: string;
  /** enum: the allowed values. */
  values?: string[];
  /** Any type: the raw value must match this regular expression (whole value). */
  pattern?: string;
}

export interface EnvVarSpec {
  name: string;
  type: EnvVarType;
  required?: boolean;
  /** Used (and, by env-guard, exported) when the variable is unset or empty. */
  default?: string;
  constraints?: EnvVarConstraints;
  /** Why it exists, for messages and docs. */
  description?: string;
}

/** A variable's value once checked: what it was, where it came from, the problem if any. Values are never in `problem`. */
export interface EnvVarResult {
  name: string;
  source: 'set' | 'default' | 'absent';
  /** The value used (set or default); undefined when absent. */
  value?: string;
  /** What is wrong, without the value (it may be a secret). */
  problem?: string;
  /** Weaknesses the runner set up itself: said, not refused. */
  warnings: string[];
}
