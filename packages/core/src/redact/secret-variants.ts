/**
 * The encoded forms a secret can take in output, so that redacting the raw
 * value alone is not enough: base64 at each of the three byte alignments
 * (a secret inside `base64("user:" + secret)` is still found), URL encoding
 * and JSON string escaping. Pure.
 */
export function base64Fragments(secret: string, alphabet: 'standard' | 'url' = 'standard'): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const fragments: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(alphabet === 'url' ? 'base64url' : 'base64');
    // Characters that mix in bits of the unknown neighbouring bytes are dropped.
    const first = Math.ceil((offset * 8) / 6);
    const last = Math.floor(((offset + bytes.length) * 8) / 6);
    const fragment = encoded.slice(first, last);
    if (fragment.length > 0) fragments.push(fragment);
  }
  return fragments;
}

export function jsonEscaped(secret: string): string {
  return JSON.stringify(secret).slice(1, -1);
}

/** Every form of one secret worth searching for, the secret itself first. */
export function secretVariants(secret: string, minLength: number): string[] {
  const forms = new Set<string>([secret]);
  for (const line of secret.split(/\r?\n/)) if (line.trim().length >= minLength) forms.add(line.trim());
  for (const form of [...forms]) {
    forms.add(encodeURIComponent(form));
    forms.add(jsonEscaped(form));
    for (const fragment of base64Fragments(form)) forms.add(fragment);
  }
  return [...forms].filter((form) => form.length >= minLength);
}
