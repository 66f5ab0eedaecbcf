import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_KINDS, DEFAULT_MIN_SECRET_LENGTH, loadConfigFile, parseSize, type PositionMap } from '@gates/core';

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
  allow: string[];
  disabledRules: string[];
  customRules: NonNullable<NonNullable<RedactPolicyFile['rules']>['custom']>;
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
    allow: file?.allow ?? [],
    disabledRules: file?.rules?.disable ?? [],
    customRules: file?.rules?.custom ?? [],
  };
}

/** Loads the policy file when it exists; the defaults when the default path is absent. A named file must exist. */
export async function loadRedactPolicy(workspace: string, path: string | undefined): Promise<RedactPolicy> {
  const relative = path ?? CONFIG_KINDS.redact.defaultPath!;
  const absolute = resolve(workspace, relative);
  if (!path && !existsSync(absolute)) return policyWithDefaults(undefined);
  const loaded = await loadConfigFile(absolute, CONFIG_KINDS.redact, relative);
  return policyWithDefaults(loaded.value as RedactPolicyFile, relative, loaded.positions);
}
