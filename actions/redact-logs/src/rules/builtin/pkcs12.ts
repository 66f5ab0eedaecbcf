import type { SecretRange } from '../rule-spec.js';

/** The most of a key store the scanner replaces: its overlap holds a match whole only up to about this. */
const MAX_EXTENT = 60 * 1024;

/**
 * A PKCS#12 file from its first byte to the end its DER length gives (an
 * indefinite length: as far as the text goes, up to the cap). The text is
 * bytes read as latin1, so a character is a byte. Pure.
 */
export function pkcs12Extent(text: string, match: RegExpExecArray): SecretRange[] {
  const start = match.index;
  const first = text.charCodeAt(start + 1);
  let length = Number.POSITIVE_INFINITY;
  let header = 2;
  if (first >= 0x81 && first <= 0x83) {
    const bytes = first - 0x80;
    length = 0;
    for (let index = 0; index < bytes; index++) length = length * 256 + text.charCodeAt(start + 2 + index);
    header += bytes;
  }
  return [{ start, end: Math.min(text.length, start + header + length, start + MAX_EXTENT) }];
}

/** A fake key store: the PFX header, then random bytes standing for the encrypted content, as base64 in a log line. */
export function pkcs12Sample(random: (charset: string, length: number) => string): { secret: string; line: string } {
  const content = Buffer.from(random('hex', 1200), 'hex');
  const oid = Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]);
  const sequence = (body: Buffer) => Buffer.concat([Buffer.from([0x30, 0x82, body.length >> 8, body.length & 0xff]), body]);
  const der = sequence(Buffer.concat([Buffer.from([0x02, 0x01, 0x03]), sequence(Buffer.concat([oid, content]))]));
  const secret = der.toString('base64');
  return { secret, line: `CERTIFICATE_P12_BASE64=${secret}` };
}
