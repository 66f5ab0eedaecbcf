import type { EnvVarSpec } from '@gates/core';

export type EnvironmentKind = 'ephemeral' | 'staging' | 'production';

export const ENVIRONMENT_KINDS: readonly EnvironmentKind[] = ['ephemeral', 'staging', 'production'];

/** One environment of `.github/gates-env.yml` as written (see schemas/gates-env.schema.json). */
export interface EnvironmentEntry {
  name: string;
  kind: EnvironmentKind;
  events?: string[];
  refs?: string[];
  forks?: boolean;
  'protected-ref'?: boolean;
  'github-environment'?: string;
  'required-variables'?: string[];
  'forbidden-variables'?: string[];
  variables?: EnvVarSpec[];
}

export interface EnvPolicyFile {
  version: 1;
  namespace?: { template?: string; 'fallback-template'?: string; 'export-as'?: string };
  environments: EnvironmentEntry[];
}

/** An environment with every default applied: what the judge reads. */
export interface EnvironmentRules {
  /** The pattern it was chosen by, or the built-in name for a run without a policy. */
  pattern: string;
  kind: EnvironmentKind;
  events?: string[];
  refs?: string[];
  forks: boolean;
  protectedRef: boolean;
  githubEnvironment?: string;
  requiredVariables: string[];
  forbiddenVariables: string[];
  variables: EnvVarSpec[];
  /** Where it was declared, for messages: `.github/gates-env.yml:12`, or `built-in`. */
  source: string;
}

export interface NamespaceTemplates {
  template: string;
  fallbackTemplate: string;
  exportAs: string;
}

export interface EnvPolicy {
  /** Undefined without a policy file: the target's kind is then read from its name. */
  environments?: { match: (name: string) => boolean; rules: EnvironmentRules }[];
  namespace: NamespaceTemplates;
  file?: string;
}
