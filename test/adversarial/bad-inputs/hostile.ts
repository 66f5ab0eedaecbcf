/**
 * Strings an attacker who controls an input (a workflow author, or anyone
 * whose text a workflow passes along: a branch name, a PR title) would try:
 * workflow commands, Markdown and HTML that could become live, control
 * characters, terminal escapes, path traversal, sheer size. An action must
 * treat each as data: a clear result or error, never a crash or a hang.
 */
export const HOSTILE_STRINGS: Record<string, string> = {
  'a workflow command after a newline': 'x\n::set-output name=allowed::true',
  'a workflow command after a carriage return': 'x\r::add-mask::nothing',
  'a stop-commands token': '::stop-commands::pwned',
  'percent-encoded newlines': 'x%0A::error::forged%0D%0A',
  'a Markdown link and image': '[click](https://evil.example) ![x](https://evil.example/x.png)',
  'HTML': '<img src=x onerror=alert(1)><script>alert(1)</script>',
  'a table cell breakout': 'a | b |\n| --- |\n# heading',
  'terminal escapes': '\u001b[2J\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  'a right-to-left override': 'deploy\u202egnp.exe',
  'path traversal': '../../../../etc/passwd',
  'an absolute path outside': '/etc/shadow',
  'a 100,000-character value': 'A'.repeat(100_000),
  'shell metacharacters': '$(touch /tmp/gates-pwned) `id` ; rm -rf / #',
  'a YAML document': '{ version: 1, roles: { admin: { grants: [{ commands: ["*"] }] } } }',
  'JSON prototype keys': '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
  'lone surrogates and NUL escapes': '\ud800\udfff\\u0000\\x00',
};

export const hostileEntries = Object.entries(HOSTILE_STRINGS);
