import { maskUrlSignatures } from '../redact/url-signatures.js';
import type { Redactor } from '../redact/redactor.js';

/**
 * Runs `body` with process.stdout passing through the redactor. Third-party
 * libraries (`@actions/cache`, through `@actions/core`) write workflow
 * commands straight to stdout, past the runner adapter that redacts gates'
 * own lines. Output is cut at line ends so a secret split across two writes
 * is still whole when it is matched; the rest is flushed when `body` ends.
 */
export async function withRedactedStdout<T>(redactor: Redactor, body: () => Promise<T>): Promise<T> {
  const original = process.stdout.write;
  const write = (text: string) => original.call(process.stdout, maskUrlSignatures(redactor.redact(text)));
  let pending = '';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const end = pending.lastIndexOf('\n');
    if (end >= 0) {
      write(pending.slice(0, end + 1));
      pending = pending.slice(end + 1);
    }
    const callback = rest.find((argument) => typeof argument === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    return await body();
  } finally {
    process.stdout.write = original;
    if (pending) write(pending);
  }
}
