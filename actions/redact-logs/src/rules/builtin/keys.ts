import type { RuleSpec } from '../rule-spec.js';
import { BASE64_URL_ALPHABET } from './keywords.js';
import { pkcs12Extent, pkcs12Sample } from './pkcs12.js';

const base64url = (text: string) => Buffer.from(text).toString('base64url');
/** Key material, not a docs page's stand-in (`-----BEGIN RSA PRIVATE KEY-----\n<your key>\n-----END…`): a long base64 run, no placeholder text. */
const hasKeyMaterial = (block: string) => /[A-Za-z0-9+/]{40}/.test(block) && !/<[^>\n]*>|\byour\b|\.\.\.|…|x{6}/i.test(block);

/** Key material and signed tokens: private keys (PEM, OpenSSH, PGP, PuTTY), age keys, JWTs, PKCS#12. */
export const KEY_RULES: readonly RuleSpec[] = [
  {
    id: 'private-key',
    family: 'Private keys',
    description: 'Private key block (PEM: RSA, EC, DSA, PKCS#8, encrypted; OpenSSH; PGP), header to footer, also inside JSON strings and with a cut-off or odd-dashed footer',
    regex: String.raw`-{3,7}BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-{3,7}(?:[\s\S]{16,32768}?-{3,7}END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-{1,9}|(?:\s|\\[nr]){1,4}(?:[A-Za-z0-9+/=]{16,80}(?:\s|\\[nr]){0,4}){2,600})`,
    keywords: ['PRIVATE KEY'],
    lead: 64,
    reach: 34 * 1024,
    placeholders: false,
    check: hasKeyMaterial,
    sample: (random) => {
      const body = Array.from({ length: 8 }, () => random('b64', 64)).join('\n');
      const secret = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
      return { secret, line: secret };
    },
    nearMisses: ['-----BEGIN RSA PRIVATE KEY-----\n<paste your key here: it is several lines of base64>\n-----END RSA PRIVATE KEY-----', '-----BEGIN PUBLIC KEY-----', 'ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519 (writes the PRIVATE KEY file)', '-----BEGIN CERTIFICATE-----'],
  },
  {
    id: 'putty-private-key',
    family: 'Private keys',
    description: 'PuTTY private key file (.ppk), header to Private-MAC',
    regex: String.raw`PuTTY-User-Key-File-[23]: [\s\S]{1,16384}?Private-MAC: [0-9a-f]{40,64}`,
    keywords: ['PuTTY-User-Key-File-'],
    nearMisses: ['PuTTY-User-Key-File-2: ssh-rsa (header only, as a docs page shows it)'],
    anchor: 0,
    reach: 17 * 1024,
    placeholders: false,
    check: hasKeyMaterial,
    sample: (random) => {
      const lines = (count: number) => Array.from({ length: count }, () => random('b64', 64)).join('\n');
      const secret = `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${lines(2)}\nPrivate-Lines: 4\n${lines(4)}\nPrivate-MAC: ${random('hex', 40)}`;
      return { secret, line: secret };
    },
  },
  {
    id: 'age-secret-key',
    family: 'Private keys',
    description: 'age secret key (AGE-SECRET-KEY-1…)',
    regex: String.raw`AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`,
    keywords: ['AGE-SECRET-KEY-1'],
    anchor: 0,
    minEntropy: 3,
    sample: { secret: 'AGE-SECRET-KEY-1{bech32:58}', line: '# created: 2026-11-25T10:00:00Z\n# public key: age1qqqq\n{secret}' },
  },
  {
    id: 'jwt',
    family: 'Tokens',
    description: 'JSON Web Token (header.payload.signature; also alg "none" with an empty signature, and base64-wrapped through decoding)',
    regex: String.raw`\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.(?:[A-Za-z0-9_-]{16,4096})?(?![A-Za-z0-9_-])`,
    // "eyJ" is base64 of `{"`; with the next character it is four bytes, as the prefilter needs.
    keywords: [...BASE64_URL_ALPHABET].map((char) => `eyJ${char}`),
    anchor: 0,
    reach: 17 * 1024,
    sample: (random) => {
      const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
      const payload = base64url(JSON.stringify({ sub: random('alnum', 12), iat: 1764064800, scope: 'deploy' }));
      const secret = `${header}.${payload}.${random('b64url', 43)}`;
      return { secret, line: `Authorization header value ${secret}` };
    },
    nearMisses: ['eyJhbGciOiJIUzI1NiJ9 is the base64 of a JWT header', 'eyJhbGciOiJIUzI1NiJ9.e30'],
  },
  {
    id: 'pkcs12',
    family: 'Private keys',
    description: 'PKCS#12 / PFX key store, found by its DER header in binary content (binary: scrub, archives) and in base64 in text (through decoding)',
    // SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data … } }: the PFX header, whatever the length encoding.
    regex: String.raw`\x30(?:\x80|\x81[\s\S]|\x82[\s\S]{2}|\x83[\s\S]{3})\x02\x01\x03\x30(?:\x80|\x81[\s\S]|\x82[\s\S]{2}|\x83[\s\S]{3})\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07[\x01\x02]`,
    keywords: ['\x02\x01\x03\x30'],
    lead: 8,
    reach: 60 * 1024,
    placeholders: false,
    binary: true,
    locate: pkcs12Extent,
    sample: pkcs12Sample,
    // A certificate is DER too, but starts SEQUENCE { SEQUENCE { [0] version … } }, not version 3.
    nearMisses: ['-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----'],
  },
];
