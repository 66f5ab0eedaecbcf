import { createHash } from 'node:crypto';

/** RFC 1123 DNS label: what Kubernetes namespaces, DNS names and most preview platforms accept. */
export const MAX_LABEL_LENGTH = 63;
const HASH_LENGTH = 16;
export const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export interface NamespaceValues {
  repo: string;
  owner: string;
  number?: number;
  sha: string;
  ref: string;
  environment: string;
  run: string;
}

/**
 * The namespace (or project) name of an ephemeral environment: the template
 * filled in, as a DNS label. Deterministic (same values, same name) and
 * collision-free: when the text is already a valid label with no double
 * dash, it is the name; otherwise (characters replaced, cut to 63, or
 * dashes collapsed) the name is a cleaned prefix, `--` and 64 bits of
 * SHA-256 of the exact text. Clean names never contain `--`, so the two
 * kinds cannot meet, and hashed names differ unless SHA-256 collides.
 * Pure.
 */
export function deriveNamespace(template: string, values: NamespaceValues): string {
  const text = fillTemplate(template, values);
  if (text.length <= MAX_LABEL_LENGTH && DNS_LABEL.test(text) && !text.includes('--')) return text;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);
  const prefix = cleanLabel(text).slice(0, MAX_LABEL_LENGTH - HASH_LENGTH - 2).replace(/-+$/, '');
  return prefix ? `${prefix}--${hash}` : `ns--${hash}`;
}

/** Owner and repository are case-insensitive on GitHub: lowercasing them loses nothing, so it is not a change that needs a hash. */
export function fillTemplate(template: string, values: NamespaceValues): string {
  const fill: Record<string, string> = {
    repo: values.repo.toLowerCase(),
    owner: values.owner.toLowerCase(),
    number: values.number === undefined ? '' : String(values.number),
    sha7: values.sha.slice(0, 7).toLowerCase(),
    ref: values.ref,
    environment: values.environment,
    run: values.run,
  };
  return template.replace(/\{([a-z0-9]+)\}/g, (whole, name: string) => fill[name] ?? whole);
}

/** Lowercase, anything outside [a-z0-9] a dash, runs of dashes one dash, none at either end. */
function cleanLabel(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
