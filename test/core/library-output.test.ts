import { describe, expect, test } from '@jest/globals';
import { maskUrlSignatures } from '../../packages/core/src/redact/url-signatures.js';
import { Redactor } from '../../packages/core/src/redact/redactor.js';
import { withRedactedStdout } from '../../packages/core/src/runner/library-output.js';

describe('maskUrlSignatures', () => {
  test.each([
    ['Azure SAS', 'https://acct.blob.core.windows.net/c/b.tzst?sv=2024-08-04&sr=b&sp=r&sig=o1ICiaKWcg6hSFqM%2Bo', 'https://acct.blob.core.windows.net/c/b.tzst?sv=2024-08-04&sr=b&sp=r&sig=***'],
    ['S3 presigned', 'https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIAEXAMPLE%2F20261202&X-Amz-Signature=abcdef0123&X-Amz-Expires=60', 'https://b.s3.amazonaws.com/k?X-Amz-Credential=***&X-Amz-Signature=***&X-Amz-Expires=60'],
    ['in a JSON debug line', '{"signed_upload_url": "http://127.0.0.1:1/a/b?sp=w&sig=Zm9v"}', '{"signed_upload_url": "http://127.0.0.1:1/a/b?sp=w&sig=***"}'],
  ])('%s: the signature is masked, the rest of the URL stays', (_kind, text, expected) => {
    expect(maskUrlSignatures(text)).toBe(expected);
  });

  test('a parameter that merely ends in sig, and text without a query, are left alone', () => {
    expect(maskUrlSignatures('https://x/y?configsig=1&design=2')).toBe('https://x/y?configsig=1&design=2');
    expect(maskUrlSignatures('sig=value outside a query')).toBe('sig=value outside a query');
  });
});

describe('withRedactedStdout', () => {
  function capture(): { lines: string[]; restore: () => void } {
    const lines: string[] = [];
    const original = process.stdout.write;
    process.stdout.write = ((chunk: string) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    return {
      lines,
      restore: () => {
        process.stdout.write = original;
      },
    };
  }

  test('what a library writes to stdout is redacted, even a secret split across two writes', async () => {
    const redactor = new Redactor();
    redactor.addSecret('s3cr3t-runtime-token');
    const sink = capture();
    try {
      const result = await withRedactedStdout(redactor, async () => {
        process.stdout.write('::debug::Authorization: Bearer s3cr3t-run');
        process.stdout.write('time-token\n::debug::url http://h/b?sp=r&sig=abc\ntail without newline');
        return 42;
      });
      expect(result).toBe(42);
    } finally {
      sink.restore();
    }
    const written = sink.lines.join('');
    expect(written).toBe('::debug::Authorization: Bearer ***\n::debug::url http://h/b?sp=r&sig=***\ntail without newline');
  });

  test('stdout is restored when the body throws', async () => {
    const before = process.stdout.write;
    await expect(withRedactedStdout(new Redactor(), async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(process.stdout.write).toBe(before);
  });
});
