import { describe, expect, test } from '@jest/globals';
import { SecretScanner } from '../scrub/secret-scanner.js';
import { BUILTIN_RULES } from './builtin-rules.js';
import { compileRules } from './compile-rules.js';
import type { PatternHit } from './pattern-matcher.js';

/** The scanner as files meet it: keywords decide which rules run, so a missing keyword fails here too. */
const scanner = new SecretScanner([], compileRules(BUILTIN_RULES, []), { decode: false });
const found = (text: string) => scanner.scan(Buffer.from(text, 'latin1')).spans.filter((span): span is PatternHit => 'value' in span).sort((a, b) => a.start - b.start);
/** [rule, secret] of every hit, in order. */
const hitsIn = (text: string) => found(text).map((hit) => [hit.ruleId, hit.value]);
const secretsIn = (text: string) => new Set(found(text).map((hit) => hit.value));

describe('credentials in URLs', () => {
  test('only the password is taken, so the URL stays readable; a password may hold an unescaped @', () => {
    expect(hitsIn('fetch https://bot:s3cr3t-Passw0rd@git.example.com/repo.git')).toEqual([['url-credentials', 's3cr3t-Passw0rd']]);
    expect(hitsIn('postgres://app:p@ss:w0rd@db.internal:5432/app')).toEqual([['url-credentials', 'p@ss:w0rd']]);
    expect(hitsIn('DATABASE_URL is mysql://root:Hx7@q9!vB@10.0.0.4/shop')).toContainEqual(['url-credentials', 'Hx7@q9!vB']);
  });

  test('a token as the user name (x-oauth-basic, or no password at all) is taken', () => {
    const token = 'Zq8vR2mK5tLpW3xN7cJ4hF6dG9sB1aYe0uTiOo2r';
    expect(hitsIn(`https://${token}:x-oauth-basic@github.com/org/repo.git`)).toEqual([['url-token-username', token]]);
    expect(hitsIn(`git clone https://${token}@github.com/org/repo.git`)).toEqual([['url-token-username', token]]);
    expect(hitsIn('https://x-access-token:ghs_Zq8vR2mK5tLpW3xN7cJ4hF6dG9sB1aYe0uTi@github.com/org/repo')).toContainEqual(['url-credentials', 'ghs_Zq8vR2mK5tLpW3xN7cJ4hF6dG9sB1aYe0uTi']);
  });

  test('weak passwords are still taken (the file is scrubbed); placeholders are not', () => {
    expect(hitsIn('postgres://postgres:postgres@db:5432/app')).toEqual([['url-credentials', 'postgres']]);
    for (const line of ['https://user:{{pass}}@host', 'https://user:YOUR_PASSWORD@host', 'https://user:REPLACE_WITH_PASSWORD@host', 'https://user:{password}@host', 'https://user:pass@host', 'https://user:***@host']) expect(hitsIn(line)).toEqual([]);
  });
});

describe('HTTP headers and command lines', () => {
  test.each([
    ['Basic', 'Authorization: Basic dXNlcjpTM2NyM3QtdjRsdWU='],
    ['Bearer', '> authorization: Bearer mF_9.B5f-4.1JqM'],
    ['token', 'Authorization: token 9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
    ['raw', '"Authorization": "k7Hq2ZpX9vLm4Rt8"'],
    ['Api-Token', 'Authorization: Api-Token dt0k-Zq8vR2mK5tLp'],
    ['SSWS (Okta)', 'Authorization: SSWS 00Zq8vR2mK5tLpW3xN7cJ4hF6dG9sB1aYe0uTiOo'],
    ['OpenShift sha256~', 'Authorization: Bearer sha256~Zq8vR2mK5tLpW3xN7cJ4hF6dG9sB1aYe0uTiOo2rQ'],
    ['Proxy-Authorization', 'Proxy-Authorization: Basic Y2k6UTl4LXJhbmRvbS12YWx1ZQ=='],
  ])('Authorization header, %s scheme: the credential is taken', (_scheme, line) => {
    const credential = line.match(/[A-Za-z0-9._~+/=-]{8,}(?=["]?$)/)![0];
    expect(hitsIn(line)).toContainEqual(['authorization-header', credential]);
  });

  test('a Digest header (a one-time response, not a credential) and prose are not taken', () => {
    expect(hitsIn('Authorization: Digest username="ci", realm="x", response="6629fae49393a05397450978507c4ef1"').filter(([rule]) => rule === 'authorization-header')).toEqual([]);
    expect(hitsIn('authorization: required permissions are missing')).toEqual([]);
  });

  test.each([
    ['X-API-Key: Zq8vR2mK5tLpW3xN7cJ4', 'Zq8vR2mK5tLpW3xN7cJ4'],
    ['apikey: Zq8vR2mK5tLpW3xN7cJ4', 'Zq8vR2mK5tLpW3xN7cJ4'],
    ['PRIVATE-TOKEN: Zq8vR2mK5tLpW3xN7cJ4', 'Zq8vR2mK5tLpW3xN7cJ4'],
    ['X-Vault-Token: Zq8vR2mK5tLpW3xN7cJ4', 'Zq8vR2mK5tLpW3xN7cJ4'],
    ["+ curl -sS -H 'X-Auth-Token: Zq8vR2mK5tLpW3xN7cJ4' https://api.internal/v1", 'Zq8vR2mK5tLpW3xN7cJ4'],
    ['+ curl -H "Authorization: Bearer Zq8vR2mK5tLpW3xN7cJ4" https://api.internal', 'Zq8vR2mK5tLpW3xN7cJ4'],
  ])('API-key headers, also in an echoed command: %s', (line, secret) => {
    expect(secretsIn(line).has(secret)).toBe(true);
  });

  test('curl -u user:password, --user and --user=, and a token as the user with an empty password', () => {
    expect(secretsIn('+ curl -u deploy:Q9x-rand0m-V4lue https://repo').has('Q9x-rand0m-V4lue')).toBe(true);
    expect(secretsIn('curl --user deploy:Q9x-rand0m-V4lue https://repo').has('Q9x-rand0m-V4lue')).toBe(true);
    expect(secretsIn('wget --user=ci:Q9x-rand0m-V4lue https://repo').has('Q9x-rand0m-V4lue')).toBe(true);
    expect(secretsIn('curl https://api.example.com/v1/charges -u Zq8vR2mK5tLpW3xN7cJ4: -d amount=1').has('Zq8vR2mK5tLpW3xN7cJ4')).toBe(true);
    for (const line of ['docker run -u 1000:1000 node:20', 'git push -u origin main', 'curl -u "$USER:$PASS" https://x']) expect(hitsIn(line)).toEqual([]);
  });
});

describe('.env, export and key = value lines', () => {
  test('a variable whose name says secret: .env, export, set, PowerShell; quoted or not', () => {
    for (const line of ['DB_PASSWORD=Hx7q9vBn2', 'export NPM_TOKEN="Hx7q9vBn2"', 'set API_KEY=Hx7q9vBn2', '$env:DEPLOY_SECRET = "Hx7q9vBn2"', 'PASSWORD=Hx7q9vBn2']) {
      expect({ line, found: secretsIn(line).has('Hx7q9vBn2') }).toEqual({ line, found: true });
    }
  });

  test('references, paths and URLs are not secrets', () => {
    for (const line of ['export GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}', 'DB_PASSWORD=$DB_PASSWORD', 'OLDPWD=/home/runner/work', 'TOKEN_URL=https://auth.internal/oauth/token', 'SECRET_FILE=./secrets/app.json', 'TOKEN=$(vault read -field=token x)']) {
      expect({ line, hits: hitsIn(line) }).toEqual({ line, hits: [] });
    }
  });

  test('the generic rule takes high-entropy values of secret-sounding names in any syntax, and leaves words', () => {
    const value = 'Zq8vR2mK5tLpW3xN7cJ4hF6d';
    for (const line of [`client_secret: "${value}"`, `"apiKey": "${value}"`, `auth_key => '${value}'`, `accessKey := "${value}"`, `private_key ?= ${value}`, `{"config": "DB_PASS=x\\n\\"password\\": \\"${value}\\""}`]) {
      expect({ line, found: secretsIn(line).has(value) }).toEqual({ line, found: true });
    }
    for (const line of ['token_type: bearer', 'secretName: my-app-credentials', 'password_policy: strong-passwords-only', 'api_key: RootManageSharedAccessKey']) expect({ line, hits: hitsIn(line) }).toEqual({ line, hits: [] });
  });
});
