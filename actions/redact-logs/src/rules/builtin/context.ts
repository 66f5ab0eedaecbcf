import { isWordLike } from '../common-words.js';
import type { RuleSpec } from '../rule-spec.js';
import { anyCase, ASSIGN, caseVariants, followedBy } from './keywords.js';
import { KUBERNETES_SECRET_RULE } from './kubernetes-secret.js';

/** The scheme's last character and "://": four bytes for the prefilter. */
const URL_KEYWORDS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'].map((char) => `${char}://`);
const notWords = (value: string) => !isWordLike(value);
/** A literal, not a URL or path a setting points at (`TOKEN_URL=https://…/token`) nor a shell expansion (`$(vault login …)`). */
const literalValue = (value: string) => !/^(?:[a-z][a-z0-9+.-]*:\/\/[^@]*|[/~.][\w./-]*|[$%].*)$/i.test(value) && notWords(value);

/**
 * Secrets known by where they stand rather than what they look like: URLs
 * with credentials, HTTP headers, command lines, Kubernetes manifests,
 * `.env` lines and key = value settings. Last in the table: a value a vendor
 * rule also matched is counted under the vendor rule.
 */
export const CONTEXT_RULES: readonly RuleSpec[] = [
  {
    id: 'url-credentials',
    family: 'Context',
    description: 'Password in a URL (https://user:password@host, postgres://…, mongodb+srv://…), also one with an unescaped @',
    // The password may hold "@": greedy, it ends at the last "@" before the host.
    regex: String.raw`://[^\s/:@'"<>\\]{1,256}:([^\s/'"<>\\]{1,256})@(?=[A-Za-z0-9[])`,
    keywords: URL_KEYWORDS,
    anchor: 1,
    lead: 1,
    secretGroup: 1,
    check: (value) => value !== 'x-oauth-basic',
    sample: { secret: '{alnum:18}', line: "Cloning into 'x'... https://deploy:{secret}@git.example.com/org/repo.git" },
    nearMisses: ['mongodb://localhost:27017/db', 'https://user:${TOKEN}@example.com', 'https://{{user}}:{{pass}}@host', 'postgres://app:YOUR_PASSWORD@db:5432/app', 'git@github.com:org/repo.git'],
  },
  {
    id: 'url-token-username',
    family: 'Context',
    description: 'Token as the user name of a URL (https://<token>@github.com, https://<token>:x-oauth-basic@…)',
    regex: String.raw`://([A-Za-z0-9_~.-]{20,256})(?::(?:x-oauth-basic|x)?)?@(?=[A-Za-z0-9[])`,
    keywords: URL_KEYWORDS,
    anchor: 1,
    lead: 1,
    secretGroup: 1,
    minEntropy: 3.5,
    check: notWords,
    sample: { secret: '{alnum:40}', line: 'git remote set-url origin https://{secret}:x-oauth-basic@github.com/org/repo.git' },
    nearMisses: ['https://x-access-token@github.com/org/repo', 'https://deploy-bot-account-name@git.example.com/repo.git'],
  },
  {
    id: 'authorization-header',
    family: 'Context',
    description: 'Credential in an HTTP Authorization or Proxy-Authorization header, any scheme (Basic, Bearer, token, Api-Token, SSWS, raw; OpenShift sha256~)',
    regex: String.raw`authorization\\?["']?\s{0,4}[:=]\s{0,4}\\?["']?(?!digest\s)(?:[A-Za-z][A-Za-z0-9_-]{1,30}\s{1,4})?([A-Za-z0-9._~+/=-]{8,4096})`,
    flags: 'i',
    keywords: caseVariants(['authorization']),
    lead: 16,
    secretGroup: 1,
    minEntropy: 2.5,
    check: notWords,
    sample: { secret: '{b64url:48}', line: '> Authorization: Bearer {secret}' },
    nearMisses: ['Authorization: Bearer ***', 'Authorization: Bearer XXXX', 'authorization: required permissions', 'Authorization: Bearer ${{ secrets.API_TOKEN }}', 'Authorization: Basic <credentials>'],
  },
  {
    id: 'api-key-header',
    family: 'Context',
    description: 'Credential in an API-key HTTP header (X-API-Key, apikey, Private-Token, X-*-Token, X-*-Key, X-*-Secret)',
    regex: String.raw`(?:x-api-key|x-apikey|api-key|apikey|x-auth-token|x-access-token|private-token|job-token|x-[a-z0-9-]{1,40}-(?:token|key|secret|auth))\\?["']?\s{0,4}:\s{0,4}\\?["']?([A-Za-z0-9._~+/=-]{8,4096})`,
    flags: 'i',
    keywords: [...anyCase('apik'), ...anyCase('api-k'), ...anyCase('-token'), ...anyCase('-key'), ...anyCase('-secret'), ...anyCase('-auth')],
    lead: 56,
    secretGroup: 1,
    minEntropy: 3,
    check: notWords,
    sample: { secret: '{alnum:32}', line: 'curl -H "X-Api-Key: {secret}" https://api.example.com/v1/items' },
    nearMisses: ['X-Api-Key: ${API_KEY}', 'x-request-id: 7f3e2a1b', 'X-GitHub-Api-Version: 2022-11-28'],
  },
  {
    id: 'cli-user-password',
    family: 'Context',
    description: 'Password (or token) of -u / --user user:password on a command line (curl, wget, http clients)',
    regex: String.raw`(?:^|\s)(?:-u|--user|--proxy-user)(?:\s{1,4}|=)?\\?["']?(?:[^\s:"'$\\]{1,256}:(?!\/\/)([^\s"'\\]{1,256})|([^\s:"'$\\]{16,256}):(?=[\s"'\\]|$))`,
    flags: 'm',
    keywords: [...followedBy('-u ', `'"$_-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789`), '--user', '--proxy-user'],
    lead: 2,
    secretGroup: 'first',
    minEntropy: 1.6,
    check: (value) => !/^[0-9]+$/.test(value),
    sample: { secret: '{alnum:20}', line: 'curl -sS -u deploy:{secret} https://artifacts.example.com/upload' },
    nearMisses: ['docker run -u 1000:1000 node:20', 'curl -u "$USER:$PASSWORD" https://host', 'git push -u origin main', 'curl -u user:*** https://host'],
  },
  KUBERNETES_SECRET_RULE,
  {
    id: 'npmrc-auth',
    family: 'Context',
    description: 'Registry credential in an .npmrc line (_authToken, _auth, _password)',
    regex: String.raw`:_(?:authToken|auth|password)\s{0,8}=\s{0,8}"?([^\s"]{8,2048})`,
    keywords: [':_authToken', ':_auth', ':_password'],
    anchor: 0,
    secretGroup: 1,
    sample: { secret: '{alnum:36}', line: '//registry.example.com/:_authToken={secret}' },
    nearMisses: ['//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}'],
  },
  {
    id: 'docker-config-auth',
    family: 'Context',
    description: 'Registry credential in a Docker config.json ("auth": base64 of user:password)',
    regex: String.raw`\\?"auth\\?"\s{0,4}:\s{0,4}\\?"([A-Za-z0-9+/]{8,4096}={0,2})\\?"`,
    keywords: ['"auth"', 'auth\\"'],
    lead: 2,
    secretGroup: 1,
    check: (value) => /^[^:\s]{1,256}:\S/.test(Buffer.from(value, 'base64').toString('latin1')),
    sample: (random) => {
      const secret = Buffer.from(`ci:${random('alnum', 24)}`).toString('base64');
      return { secret, line: `{"auths":{"ghcr.io":{"auth":"${secret}"}}}` };
    },
    nearMisses: ['{"auths":{"ghcr.io":{"auth":"<base64 user:token>"}}}', '"auth": "required"'],
  },
  {
    id: 'connection-string-password',
    family: 'Context',
    description: 'Password in a key=value connection string (Password=…; Pwd=…)',
    regex: String.raw`(?:^|[;"'\s])(?:password|pwd)\s{0,8}=\s{0,8}([^;"'\s]{1,256})`,
    flags: 'i',
    // "assword", not "password": "PASS" starts every pytest PASSED line, and the prefilter keys on four bytes.
    keywords: ['assword', 'ASSWORD', ...caseVariants(['pwd']).flatMap((word) => [`${word}=`, `${word} `, `${word}\t`])],
    secretGroup: 1,
    check: (value) => value.length > 3 && !/^(?:\*+|%[A-Z_]+%)$/i.test(value),
    sample: { secret: '{alnum:16}', line: 'Server=db.internal;Database=app;User Id=app;Password={secret};' },
    nearMisses: ['Password=***;', 'password=${{ secrets.DB_PASSWORD }}'],
  },
  {
    id: 'env-assignment',
    family: 'Context',
    description: '.env, export and set lines whose variable name says secret (…TOKEN=, …SECRET=, …PASSWORD=, …API_KEY=, …)',
    regex: String.raw`(?:^|[\s;&|("'>=:]|\\n)(?:export\s{1,8}|set\s{1,8}|\$env:)?([A-Z0-9_]{0,80}(?:TOKEN|SECRET|PASSWORD|PASSWD|_PWD|APIKEY|API_KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?|_AUTH)[A-Z0-9_]{0,40})\s{0,4}=\s{0,4}\\?["']?([^\s"'\\#;]{4,4096})`,
    flags: 'm',
    keywords: ['TOKEN', 'SECRET', 'ASSWORD', 'ASSWD', '_PWD', 'APIKEY', 'API_KEY', 'ACCESS_KEY', 'PRIVATE_KEY', 'CREDENTIAL', '_AUTH'],
    lead: 128,
    secretGroup: 2,
    minEntropy: 1,
    check: literalValue,
    sample: { secret: '{alnum:24}', line: 'export DEPLOY_API_TOKEN={secret}' },
    nearMisses: ['export GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}', 'DB_PASSWORD=$DB_PASSWORD', 'OLDPWD=/home/runner/work', 'TOKEN_URL=https://auth.internal/oauth/token', 'PASSWORD_MIN_LENGTH=12'],
  },
  {
    id: 'generic-secret-assignment',
    family: 'Context',
    description: 'A high-entropy value assigned to a name that says secret (token, secret, password, api_key, access_key, client_secret, credential, private_key), in any config or code syntax',
    regex: String.raw`([A-Za-z0-9_.-]{0,40}(?:token|secret|passw(?:or)?d|pwd|api[_.-]?key|access[_.-]?key|auth[_.-]?key|credential|private[_.-]?key)[A-Za-z0-9_.-]{0,20})${ASSIGN}([A-Za-z0-9_.~+/=@!#%^*-]{8,256})`,
    flags: 'i',
    // Four bytes each: "pwd" and "key" with what comes before or after them in the names the regex takes.
    keywords: [...caseVariants(['token', 'secret', 'credential']), 'assw', 'ASSW', ...['pwd', 'PWD', 'Pwd'].flatMap((word) => [...followedBy(word, `=:"' _`), `_${word}`, `-${word}`]), ...['_', '-', '.', 'i', 'I', 's', 'S', 'h', 'H', 'e', 'E'].flatMap((before) => anyCase('key').map((key) => before + key))],
    lead: 64,
    secretGroup: 2,
    minEntropy: 3.5,
    check: literalValue,
    sample: { secret: '{alnum:32}', line: 'app.client_secret = "{secret}"' },
    nearMisses: ['token_type: bearer', 'secretName: my-app-credentials', 'password_policy: strong-passwords-only', 'tokenizer = bert-base-uncased', 'api_key: ${{ secrets.API_KEY }}', 'cache key: node-cache-Linux-x64-npm', 'secret_ref: projects/demo/secrets/db-password/versions/latest'],
  },
];
