import { CONFIG_KINDS, DEFAULT_MIN_SECRET_LENGTH, loadConfigInput, parseSize, type InputReader, type PositionMap } from '@gates/core';
import { loadGitleaksRules, type GitleaksRules } from './gitleaks-config.js';

/** `.github/gates-redact.yml` as written (schemas/gates-redact.schema.json). */
export interface RedactPolicyFile {
  version: 1;
  replacement?: 'mask' | 'rule-id';
  'min-secret-length'?: number;
  'env-patterns'?: string[];
  binary?: BinaryPolicy;
  archives?: ArchivePolicy;
  skipped?: 'fail' | 'allow';
  'max-file-size'?: string;
  'max-masks'?: number;
  decode?: boolean;
  'inline-allow'?: boolean;
  'gitleaks-config'?: string;
  allow?: string[];
  rules?: {
    disable?: string[];
    custom?: {
      id: string;
      description?: string;
      regex: string;
      flags?: string;
      keywords: string[];
      'secret-group'?: number;
      'min-entropy'?: number;
      allow?: string[];
    }[];
  };
}

export type BinaryPolicy = 'skip' | 'report' | 'scrub';
export type ArchivePolicy = 'scrub' | 'refuse' | 'skip';

/** The policy with every default filled in. */
export interface RedactPolicy {
  file?: string;
  positions?: PositionMap;
  replacement: 'mask' | 'rule-id';
  minSecretLength: number;
  envPatterns: string[];
  binary: BinaryPolicy;
  archives: ArchivePolicy;
  /** With fail-on-find, files not searched in full (skipped binaries and archives, links, special files) still let the gate pass. */
  allowSkipped: boolean;
  maxFileBytes: number;
  maxMasks: number;
  /** Decode base64, hex and percent-encoded runs and run the rules over them. */
  decode: boolean;
  /** Honour `gates:allow` / `gitleaks:allow` on a line. */
  inlineAllow: boolean;
  allow: string[];
  disabledRules: string[];
  customRules: NonNullable<NonNullable<RedactPolicyFile['rules']>['custom']>;
  /** The gitleaks config the policy names (else `.gitleaks.toml` when present), and its rules once loaded. */
  gitleaksConfig?: string;
  gitleaks?: GitleaksRules;
}

/** Names under which CI systems and tools conventionally pass credentials. */
export const DEFAULT_ENV_PATTERNS = ['*TOKEN*', '*SECRET*', '*PASSWORD*', '*PASSWD*', '*_KEY', '*API_KEY*', '*CREDENTIALS*', '*PRIVATE_KEY*'];

export function policyWithDefaults(file: RedactPolicyFile | undefined, path?: string, positions?: PositionMap): RedactPolicy {
  return {
    file: path,
    positions,
    replacement: file?.replacement ?? 'mask',
    minSecretLength: file?.['min-secret-length'] ?? DEFAULT_MIN_SECRET_LENGTH,
    envPatterns: file?.['env-patterns'] ?? DEFAULT_ENV_PATTERNS,
    binary: file?.binary ?? 'skip',
    archives: file?.archives ?? 'scrub',
    allowSkipped: file?.skipped === 'allow',
    maxFileBytes: file?.['max-file-size'] ? parseSize(file['max-file-size']) : 64 * 1024 ** 3,
    maxMasks: file?.['max-masks'] ?? 1000,
    decode: file?.decode ?? true,
    inlineAllow: file?.['inline-allow'] ?? true,
    allow: file?.allow ?? [],
    disabledRules: file?.rules?.disable ?? [],
    customRules: file?.rules?.custom ?? [],
    gitleaksConfig: file?.['gitleaks-config'],
  };
}

/**
 * The `policy` input's file when it exists (the built-in defaults when the
 * default path is absent; a path set by the user must exist), then the
 * gitleaks config it names, or `.gitleaks.toml` at the workspace root when
 * there is one.
 */
export async function loadRedactPolicy(inputs: InputReader, workspace: string): Promise<RedactPolicy> {
  const loaded = await loadConfigInput(inputs, workspace, { input: 'policy', kind: CONFIG_KINDS.redact });
  const policy = loaded ? policyWithDefaults(loaded.value as RedactPolicyFile, loaded.file, loaded.positions) : policyWithDefaults(undefined);
  const gitleaks = await loadGitleaksRules(workspace, policy.gitleaksConfig);
  return gitleaks ? { ...policy, gitleaks } : policy;
}
