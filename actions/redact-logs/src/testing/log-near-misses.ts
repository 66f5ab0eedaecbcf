import type { Random } from './rule-samples.js';

/**
 * Lines of ordinary CI logs that look like secrets and are not: they must
 * survive byte for byte. Git SHAs, UUIDs, image base64, lockfile integrity
 * hashes, digests, cache keys, public keys, URLs without passwords, and the
 * examples in vendors' docs. Generated from a seeded random source, as the
 * rule samples are.
 */
export function logNearMisses(random: Random): string[] {
  const misses: string[] = [];
  for (let index = 0; index < 20; index++) {
    misses.push(
      `commit ${random('hex', 40)}`,
      `HEAD is now at ${random('hex', 7)} Merge pull request #${random('digit', 4)}`,
      `request-id: ${random('hex', 8)}-${random('hex', 4)}-4${random('hex', 3)}-a${random('hex', 3)}-${random('hex', 12)}`,
      `"integrity": "sha512-${random('b64', 86)}=="`,
      `image@sha256:${random('hex', 64)}`,
      `<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAA${random('b64', 60)}">`,
      `resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#${random('hex', 40)}"`,
      `Downloading https://github.com/actions/checkout/archive/${random('hex', 40)}.tar.gz`,
      `Cache key: node-cache-Linux-x64-npm-${random('hex', 64)}`,
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${random('b64', 43)} ci@example.com`,
      `npm http fetch GET 200 https://registry.npmjs.org/@types%2fnode/-/node-20.${random('digit', 2)}.1.tgz 312ms (cache miss)`,
      `    at Object.<anonymous> (/home/runner/work/app/app/src/module-${random('digit', 2)}.js:${random('digit', 3)}:12)`,
    );
  }
  misses.push(
    'AKIAIOSFODNN7EXAMPLE',
    'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'password=${{ secrets.DB_PASSWORD }}',
    'Password=***;',
    'https://user:${TOKEN}@example.com',
    'mongodb://localhost:27017/db',
    'npm install --save-dev typescript',
    'Authorization: Bearer ***',
    'Run actions/checkout@v4',
    'token: ${{ secrets.GITHUB_TOKEN }}',
    'env:\n  NPM_TOKEN: ***\n  GITHUB_TOKEN: ***',
    'Warning: The `set-output` command is deprecated',
    'tests/test_auth.py::test_token_refresh PASSED                                  [ 42%]',
    'PASS src/auth/password-reset.test.ts (1.2s)',
  );
  return misses;
}
