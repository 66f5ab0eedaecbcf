import { base64Fragments } from '../../packages/core/src/redact/secret-variants.js';

const MASK = '***';

/** .NET Uri.EscapeDataString (RFC 3986): encodeURIComponent leaves !'()* alone. */
function uriDataEscaped(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The forms the GitHub runner's secret masker registers for one value (its
 * value encoders: base64 at three alignments, command-line argument, expression
 * string, JSON string, URI data and XML escaping, trimmed double quotes). Only
 * these: a harness that masked more than the runner would hide leaks that
 * GitHub shows.
 */
function runnerForms(value: string): string[] {
  const forms = [
    value,
    ...base64Fragments(value),
    value.replace(/"/g, '\\"'),
    value.replace(/'/g, "''"),
    JSON.stringify(value).slice(1, -1),
    uriDataEscaped(value),
    value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!),
  ];
  if (value.length > 2 && value.startsWith('"') && value.endsWith('"')) forms.push(value.slice(1, -1));
  return forms.filter((form) => form.length > 0);
}

/** The runner's masker: every registered value (and each line of a multi-line secret) becomes `***`. */
export class Masker {
  private readonly forms = new Set<string>();

  add(value: string): void {
    if (!value) return;
    const values = [value, ...value.split(/\r?\n/).map((line) => line.trim())].filter(Boolean);
    for (const each of values) for (const form of runnerForms(each)) this.forms.add(form);
  }

  /** The longest forms first, so a form inside a longer one cannot leave part of it visible. */
  mask(text: string): string {
    let masked = text;
    for (const form of [...this.forms].sort((a, b) => b.length - a.length)) masked = masked.split(form).join(MASK);
    return masked;
  }

  /** Whether a value contains any registered secret (the runner then refuses to pass it as a job output). */
  touches(text: string): boolean {
    return this.mask(text) !== text;
  }
}
