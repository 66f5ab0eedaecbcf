/**
 * Values that stand for a secret without being one: template variables,
 * instructions to the reader, masks, runs of one character. Every rule drops
 * them (gitleaks' and secretlint's test cases show what each vendor's docs and
 * READMEs use), so a README's `https://user:YOUR_PASSWORD@host` or a masked
 * `Bearer ***` is neither rewritten nor masked. Pure.
 */
const PLACEHOLDER_SHAPES: readonly RegExp[] = [
  // Template and shell variables: ${{ secrets.X }}, {{ .Values.x }}, ${VAR}, $(cmd), $VAR, %VAR%, $env:VAR, {password}, <token>, [token].
  /\$\{\{[^}]*\}\}/,
  /\{\{[^}]*\}\}/,
  /^\$\{[^}]*\}$/,
  /^\$\([^)]*\)$/,
  /^\$[A-Za-z_][A-Za-z0-9_]*$/,
  /^%[A-Za-z_][A-Za-z0-9_]*%$/,
  /^\$env:/i,
  /^\{[^{}]*\}$/,
  /^<[^<>]*>$/,
  /^\[[^[\]]*\]$/,
  /^%[sdvq]$/,
  // Masks: ***, [REDACTED], [MASKED], and a run of one character (xxxxxxxx, AAAAAAAA, 00000000, ........).
  /\*\*\*/,
  /\[(?:REDACTED|MASKED|FILTERED|HIDDEN)/i,
  /(.)\1{7,}/,
  /x{6,}/i,
  /\.{3}|…/,
  /abcdefghij|0123456789|1234567890|qwertyuiop/i,
  // Instructions: YOUR_PASSWORD, my-api-key, REPLACE_WITH_TOKEN, TOKEN_HERE, insert-key, changeme, <example>, dummy values.
  /^(?:your|my|the|some)[-_.]/i,
  /^(?:insert|enter|put|add|paste)[-_]/i,
  /replace[-_ ]?(?:with|me)|[-_]here$|^here$/i,
  /change[-_]?(?:me|it)|placeholder|redacted|example|dummy|^sample[-_]|^fake[-_]/i,
  /^(?:none|null|nil|undefined|empty|true|false|n\/a|tbd|todo)$/i,
  /^(?:pass(?:word|wd)?|secret|token|api[-_]?key|apikey|key|pwd|username|user|credentials?|auth)$/i,
];

export function isPlaceholder(value: string): boolean {
  for (const shape of PLACEHOLDER_SHAPES) if (shape.test(value)) return true;
  return false;
}
