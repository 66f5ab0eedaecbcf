import { randomInt } from 'node:crypto';

/**
 * Realistic fake credentials of every built-in kind, random each run (so no
 * test can pass by recognising one fixed string), each in the line a tool
 * would print it in. `secret` is the part that must not survive.
 */
export interface PlantedCredential {
  ruleId: string;
  secret: string;
  line: string;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;

export function randomString(length: number, alphabet = ALNUM): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

function base64url(length: number): string {
  return randomString(length, `${ALNUM}-_`);
}

function pemBody(lines: number): string {
  return Array.from({ length: lines }, () => randomString(64, `${ALNUM}+/`)).join('\n');
}

export function fakeCredentials(): PlantedCredential[] {
  const aws = `AKIA${randomString(16, UPPER + DIGITS)}`;
  const awsSecret = randomString(40, `${ALNUM}/+`);
  const ghp = `ghp_${randomString(36)}`;
  const fine = `github_pat_${randomString(22)}_${randomString(59)}`;
  const ghs = `ghs_${randomString(36)}`;
  const gho = `gho_${randomString(36)}`;
  const slack = `xoxb-${randomString(12, DIGITS)}-${randomString(13, DIGITS)}-${randomString(24)}`;
  const webhook = `hooks.slack.com/services/T${randomString(8, UPPER + DIGITS)}/B${randomString(10, UPPER + DIGITS)}/${randomString(24)}`;
  const stripe = `sk_live_${randomString(24)}`;
  const npm = `npm_${randomString(36)}`;
  const npmrc = randomString(36);
  const pypi = `pypi-AgEIcHlwaS5vcmc${base64url(120)}`;
  const google = `AIza${base64url(35)}`;
  const azure = `${randomString(86, `${ALNUM}+/`)}==`;
  const pem = `-----BEGIN RSA PRIVATE KEY-----\n${pemBody(6)}\n-----END RSA PRIVATE KEY-----`;
  const openssh = `-----BEGIN OPENSSH PRIVATE KEY-----\n${pemBody(4)}\n-----END OPENSSH PRIVATE KEY-----`;
  const jwt = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${base64url(60)}.${base64url(43)}`;
  const urlPassword = randomString(18);
  const dbPassword = randomString(16);
  const bearer = base64url(48);
  return [
    { ruleId: 'aws-access-key-id', secret: aws, line: `export AWS_ACCESS_KEY_ID=${aws}` },
    { ruleId: 'aws-secret-access-key', secret: awsSecret, line: `aws_secret_access_key = ${awsSecret}` },
    { ruleId: 'github-pat-classic', secret: ghp, line: `remote: Invalid username or password. token=${ghp}` },
    { ruleId: 'github-pat-fine-grained', secret: fine, line: `GH_TOKEN: ${fine}` },
    { ruleId: 'github-app-token', secret: ghs, line: `git clone https://github.com/org/repo (auth ${ghs})` },
    { ruleId: 'github-oauth-token', secret: gho, line: `{"access_token":"${gho}","token_type":"bearer"}` },
    { ruleId: 'slack-token', secret: slack, line: `SLACK_BOT_TOKEN=${slack}` },
    { ruleId: 'slack-webhook', secret: webhook, line: `POST https://${webhook} 200` },
    { ruleId: 'stripe-key', secret: stripe, line: `Stripe.api_key = "${stripe}"` },
    { ruleId: 'npm-token', secret: npm, line: `npm notice using token ${npm}` },
    { ruleId: 'npmrc-auth', secret: npmrc, line: `//registry.example.com/:_authToken=${npmrc}` },
    { ruleId: 'pypi-token', secret: pypi, line: `TWINE_PASSWORD=${pypi}` },
    { ruleId: 'google-api-key', secret: google, line: `GET https://maps.googleapis.com/maps/api/geocode/json?key=${google}` },
    { ruleId: 'azure-storage-key', secret: azure, line: `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${azure};EndpointSuffix=core.windows.net` },
    { ruleId: 'private-key', secret: pem, line: pem },
    { ruleId: 'private-key', secret: openssh, line: `key: |\n${openssh}` },
    { ruleId: 'jwt', secret: jwt, line: `Authorization header value ${jwt}` },
    { ruleId: 'url-credentials', secret: urlPassword, line: `Cloning into 'x'... https://deploy:${urlPassword}@git.example.com/org/repo.git` },
    { ruleId: 'connection-string-password', secret: dbPassword, line: `Server=db.internal;Database=app;User Id=app;Password=${dbPassword};` },
    { ruleId: 'authorization-header', secret: bearer, line: `> Authorization: Bearer ${bearer}` },
  ];
}

/**
 * Strings that look like secrets and are not: they must survive untouched.
 * Git SHAs, UUIDs, image base64, lockfile integrity hashes, digests, URLs
 * without passwords, AWS's documented example key.
 */
export function nearMisses(): string[] {
  const hex = (length: number) => randomString(length, '0123456789abcdef');
  const misses: string[] = [];
  for (let i = 0; i < 20; i++) {
    misses.push(
      `commit ${hex(40)}`,
      `HEAD is now at ${hex(7)} Merge pull request #${randomInt(9999)}`,
      `request-id: ${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
      `"integrity": "sha512-${randomString(86, `${ALNUM}+/`)}=="`,
      `image@sha256:${hex(64)}`,
      `<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAA${randomString(60, `${ALNUM}+/`)}">`,
      `resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#${hex(40)}"`,
      `Downloading https://github.com/actions/checkout/archive/${hex(40)}.tar.gz`,
      `cache key: node-cache-Linux-x64-npm-${hex(64)}`,
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${randomString(43, `${ALNUM}+/`)} ci@example.com`,
    );
  }
  misses.push(
    'AKIAIOSFODNN7EXAMPLE',
    'password=${{ secrets.DB_PASSWORD }}',
    'Password=***;',
    'https://user:${TOKEN}@example.com',
    'mongodb://localhost:27017/db',
    'npm install --save-dev typescript',
    'Authorization: Bearer ***',
    'Run actions/checkout@v4',
  );
  return misses;
}
