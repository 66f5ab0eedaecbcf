import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { base64Fragments, Redactor, REDACTED } from '@gates/core';

/** Every form of a secret a leak search must look for. */
export function encodedForms(secret: string): string[] {
  return [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), ...base64Fragments(secret)];
}

describe('Redactor', () => {
  const secret = 'hunter2-Pa55word!';

  test('removes the secret and its URL, JSON and base64 forms', () => {
    const redactor = new Redactor();
    redactor.addSecret(secret);
    const text = [
      `plain ${secret}`,
      `url ?p=${encodeURIComponent(secret)}`,
      `json ${JSON.stringify({ p: secret })}`,
      `basic ${Buffer.from(`user:${secret}`).toString('base64')}`,
      `b64 ${Buffer.from(secret).toString('base64')}`,
      `b64+1 ${Buffer.from(`x${secret}`).toString('base64')}`,
      `b64+2 ${Buffer.from(`xy${secret}`).toString('base64')}`,
    ].join('\n');
    const out = redactor.redact(text);
    for (const form of encodedForms(secret)) expect(out).not.toContain(form);
    expect(out.split('\n').map((line) => line.split(' ')[0])).toEqual(['plain', 'url', 'json', 'basic', 'b64', 'b64+1', 'b64+2']);
  });

  test('each line of a multi-line secret is a secret too', () => {
    const redactor = new Redactor();
    redactor.addSecret('-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END KEY-----');
    expect(redactor.redact('leaked: MIIEvQIBADANBgkqhkiG9w0BAQEFAASC')).toBe(`leaked: ${REDACTED}`);
  });

  test('refuses secrets shorter than the minimum instead of masking every "1"', () => {
    const redactor = new Redactor();
    expect(redactor.addSecret('abc')).toBe(false);
    expect(redactor.redact('abc abc')).toBe('abc abc');
    expect(redactor.addSecret('abcd')).toBe(true);
  });

  test('the longest form wins where secrets overlap', () => {
    const redactor = new Redactor();
    redactor.addSecret('token-1234');
    redactor.addSecret('token-1234-extended');
    expect(redactor.redact('x token-1234-extended y')).toBe(`x ${REDACTED} y`);
  });

  test('deep-redacts keys and values of report data', () => {
    const redactor = new Redactor();
    redactor.addSecret(secret);
    expect(redactor.redactValue({ [secret]: [secret, 1, { a: `x${secret}` }] })).toEqual({ [REDACTED]: [REDACTED, 1, { a: `x${REDACTED}` }] });
  });

  test('listeners hear every form of every secret, including those added before they subscribed', () => {
    const redactor = new Redactor();
    redactor.addSecret(secret);
    const heard: string[] = [];
    redactor.onSecret((value) => heard.push(value));
    redactor.addSecret('second-secret-value');
    expect(heard).toContain(secret);
    expect(heard).toEqual(expect.arrayContaining(base64Fragments('second-secret-value')));
    expect(base64Fragments('second-secret-value')[0]).toBe('c2Vjb25kLXNlY3JldC12YWx1Z');
  });

  test('a found value goes to the runner masker only: gates never redacts its own output with it', () => {
    const redactor = new Redactor();
    const heard: string[] = [];
    redactor.onSecret((value) => heard.push(value));
    redactor.maskFound('Zq8vR2mK5tLp');
    redactor.maskFound('two\nlines');
    expect(heard).toEqual(['Zq8vR2mK5tLp']);
    expect(redactor.redact('verdict Zq8vR2mK5tLp')).toBe('verdict Zq8vR2mK5tLp');
    const late: string[] = [];
    redactor.onSecret((value) => late.push(value));
    expect(late).toEqual(['Zq8vR2mK5tLp']);
  });

  test('property: no secret survives in any form, and text away from secrets is unchanged', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9_\-+/=:.]{8,24}$/);
    const filler = fc.stringMatching(/^[ a-z,.;\n]{0,40}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(filler, { minLength: 2, maxLength: 6 }), (secrets, gaps) => {
        const redactor = new Redactor();
        for (const s of secrets) redactor.addSecret(s);
        const pieces: string[] = [];
        gaps.forEach((gap, i) => {
          pieces.push(gap);
          const s = secrets[i % secrets.length]!;
          pieces.push(i % 2 ? s : Buffer.from(`u:${s}`).toString('base64'));
        });
        const out = redactor.redact(pieces.join(' '));
        for (const s of secrets) expect(out).not.toContain(s);
        // Fillers use characters no secret form contains at their edges, so each survives verbatim.
        for (const gap of gaps) if (gap.trim()) expect(out).toContain(gap.trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe('Redactor.redactValue', () => {
  /** What redactValue did before it redacted each distinct string once: every string, key by key, through fromEntries. */
  function reference(redactor: Redactor, value: unknown): unknown {
    if (typeof value === 'string') return redactor.redact(value);
    if (Array.isArray(value)) return value.map((item) => reference(redactor, item));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [redactor.redact(key), reference(redactor, item)]));
    return value;
  }

  /** Keys and order as JSON and Object.keys see them, and whether `__proto__` is an own property. */
  const shape = (value: unknown) => JSON.stringify(value) + JSON.stringify(Object.getOwnPropertyNames((value as object) ?? {}));

  test('the same data as redacting every occurrence: repeats, keys redacted into one, __proto__, holes', () => {
    const redactor = new Redactor();
    redactor.addSecret('s3cr3t-value');
    const repeated = { message: 'token s3cr3t-value here', file: 'a.yml' };
    const data = JSON.parse('{"__proto__": {"x": "s3cr3t-value"}, "a": 1}') as Record<string, unknown>;
    // eslint-disable-next-line no-sparse-arrays
    Object.assign(data, { findings: [repeated, repeated, { ...repeated }], 'k-s3cr3t-value': 1, 'k-***': 2, list: [, 's3cr3t-value', null, true] });
    const redacted = redactor.redactValue(data);
    expect(shape(redacted)).toBe(shape(reference(redactor, data)));
    expect(Object.getPrototypeOf(redacted)).toBe(Object.prototype);
    expect(Object.hasOwn(redacted, '__proto__')).toBe(true);
    expect(JSON.stringify(redacted)).not.toContain('s3cr3t-value');
  });

  test('any JSON-like data: the same as redacting every occurrence', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.string({ minLength: 4, maxLength: 8 }), { maxLength: 3 }), (value, secrets) => {
        const redactor = new Redactor();
        for (const secret of secrets) redactor.addSecret(secret);
        expect(shape(redactor.redactValue(value))).toBe(shape(reference(redactor, value)));
      }),
      // A fixed seed: CI runs the same cases every time (a counterexample found elsewhere gets its own example test).
      { seed: 20261205 },
    );
  });
});

describe('Redactor.redactValue without copies', () => {
  test('plain data in which nothing changes is returned as it is; a change copies the path to it and leaves the input alone', () => {
    const redactor = new Redactor();
    redactor.addSecret('s3cr3t-value');
    const clean = { file: 'a.yml', line: 3, tags: ['x', 'y'] };
    const dirty = { file: 'b.yml', message: 'token s3cr3t-value here' };
    const report = { findings: [clean, dirty], nested: { list: [clean] } };
    const before = JSON.stringify(report);
    const redacted = redactor.redactValue(report);
    expect(redacted).not.toBe(report);
    expect(redacted.findings[0]).toBe(clean);
    expect(redacted.nested).toBe(report.nested);
    expect(redacted.findings[1]).toEqual({ file: 'b.yml', message: 'token *** here' });
    expect(JSON.stringify(report)).toBe(before);
    expect(redactor.redactValue(report.nested)).toBe(report.nested);
  });

  test('objects that are not plain (a class instance, a Date) and holes are still copied as JSON sees them', () => {
    const redactor = new Redactor();
    redactor.addSecret('s3cr3t-value');
    class Finding {
      constructor(readonly file: string) {}
    }
    const instance = new Finding('a.yml');
    const redacted = redactor.redactValue({ instance, when: new Date(0) });
    expect(redacted.instance).not.toBe(instance);
    expect(Object.getPrototypeOf(redacted.instance)).toBe(Object.prototype);
    expect(JSON.stringify(redacted)).toBe('{"instance":{"file":"a.yml"},"when":{}}');
    // eslint-disable-next-line no-sparse-arrays
    const sparse = ['a', , 'b'];
    const copy = redactor.redactValue(sparse);
    expect(copy).not.toBe(sparse);
    expect(1 in copy).toBe(false);
  });

  test('a pattern rule applies to every string, however short, whichever was registered first', () => {
    const rule = (text: string) => text.replaceAll('abc', 'X');
    const ruleFirst = new Redactor();
    ruleFirst.addRule(rule);
    ruleFirst.addSecret('a-long-secret-value-of-forty-characters!');
    const secretFirst = new Redactor();
    secretFirst.addSecret('a-long-secret-value-of-forty-characters!');
    secretFirst.addRule(rule);
    for (const redactor of [ruleFirst, secretFirst]) expect(redactor.redactValue({ abc: ['abc', { k: 'abc' }] })).toEqual({ X: ['X', { k: 'X' }] });
  });

  test('a text just long enough to hold a secret in UTF-8 is searched (three bytes per code unit at most)', () => {
    const redactor = new Redactor();
    // Eight characters of three UTF-8 bytes each: 24 bytes, the shortest form; the text is exactly the secret.
    const secret = 'あいうえおかきく';
    redactor.addSecret(secret);
    expect(redactor.redactValue({ [secret]: secret, other: `x${secret}` })).toEqual({ '***': '***', other: 'x***' });
    const astral = '😀😁😂🤣';
    redactor.addSecret(astral);
    expect(redactor.redactValue([astral])).toEqual(['***']);
  });
});
