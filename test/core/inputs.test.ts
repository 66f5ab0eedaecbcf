import { describe, expect, test } from '@jest/globals';
import { apiBaseUrl, GatesError, InputReader, parseBoolean, parseDuration, parseList, parseSize, Redactor, TIMER_RANGE } from '@gates/core';

describe('input parsers', () => {
  test.each([
    ['30s', 30_000], ['5m', 300_000], ['1h30m', 5_400_000], ['250ms', 250], ['2d', 172_800_000], ['45', 45_000], ['1.5s', 1500],
  ])('duration %s is %d ms', (raw, ms) => expect(parseDuration(raw)).toBe(ms));

  test.each(['', 'soon', '5 minutes', '5mm', '-1s', 's5', '1h 30m'])('duration %j is rejected', (raw) => {
    expect(() => parseDuration(raw)).toThrow(/duration such as/);
  });

  test.each([
    ['256MiB', 268_435_456], ['10MB', 10_000_000], ['512KiB', 524_288], ['1024', 1024], ['1GiB', 1_073_741_824], ['2 kb', 2000],
  ])('size %s is %d bytes', (raw, bytes) => expect(parseSize(raw)).toBe(bytes));

  test.each([['400 nines', '9'.repeat(400)], ['30 nines of days', `${'9'.repeat(30)}d`], ['23 nines', '9'.repeat(23)]])('a duration of %s is rejected, not Infinity or an unsafe integer', (_label, raw) => {
    expect(() => parseDuration(raw)).toThrow(/duration such as/);
  });

  test.each([['30d', 'over 24 days: Node fires such a timer after 1 ms'], ['60d', 'past 2^32 ms: AbortSignal.timeout throws'], ['0s', 'zero'], ['99999999h', 'huge']])(
    'timer range: %s is rejected (%s)',
    (raw) => expect(() => parseDuration(raw, TIMER_RANGE)).toThrow('a duration from 1ms to 24d'),
  );

  test('timer range: 24d and 1ms are the bounds', () => {
    expect(parseDuration('24d', TIMER_RANGE)).toBe(24 * 86_400_000);
    expect(parseDuration('1ms', TIMER_RANGE)).toBe(1);
  });

  test.each(['lots', '10XB', 'MiB', '-5MB', '9'.repeat(20) + 'TiB'])('size %j is rejected', (raw) => expect(() => parseSize(raw)).toThrow(/size such as/));

  test('booleans accept the YAML 1.2 core forms only', () => {
    for (const raw of ['true', 'True', 'TRUE']) expect(parseBoolean(raw)).toBe(true);
    for (const raw of ['false', 'False', 'FALSE']) expect(parseBoolean(raw)).toBe(false);
    for (const raw of ['yes', '1', 'on', 'tru']) expect(() => parseBoolean(raw)).toThrow('true or false');
  });

  test('lists are one entry per line (commas are data: `*.{xml,trx}` is one glob); blanks dropped', () => {
    expect(parseList('a, b\n\nreports/**/*.{xml,trx}\r\n  d  \n')).toEqual(['a, b', 'reports/**/*.{xml,trx}', 'd']);
  });
});

describe('InputReader over INPUT_* variables', () => {
  const reader = (env: Record<string, string>) => new InputReader(env);

  test('mangles names as the runner does (upper case, spaces to underscores, hyphens kept)', () => {
    expect(reader({ 'INPUT_FAIL-ON': 'warning', INPUT_MY_INPUT: 'x' }).string('fail-on')).toBe('warning');
    expect(reader({ INPUT_MY_INPUT: 'x' }).string('my input')).toBe('x');
  });

  test('empty means not given, so the fallback applies', () => {
    expect(reader({ INPUT_TIMEOUT: '' }).duration('timeout', 1000)).toBe(1000);
    expect(reader({}).boolean('debug', false)).toBe(false);
  });

  test('a bad value names the input, the value and what was expected, exit code 2', () => {
    let caught: unknown;
    try {
      reader({ INPUT_TIMEOUT: 'soon' }).duration('timeout', 1000);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GatesError);
    const error = caught as GatesError;
    expect(error.code).toBe('GATES_E_INPUT_INVALID');
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('Input "timeout" is invalid: got "soon", expected a duration from 1ms to 24d, such as 30s, 5m or 1h30m.');
  });

  test('enums suggest the closest allowed value', () => {
    expect(() => reader({ 'INPUT_FAIL-ON': 'warnign' }).enumeration('fail-on', ['error', 'warning', 'note'], 'error')).toThrow(
      /expected one of error, warning, note \(did you mean "warning"\?\)/,
    );
  });

  test('integers respect their range', () => {
    expect(reader({ INPUT_N: '7' }).integer('n', 1, { min: 1, max: 10 })).toBe(7);
    expect(() => reader({ INPUT_N: '11' }).integer('n', 1, { min: 1, max: 10 })).toThrow(/whole number from 1 to 10/);
    expect(() => reader({ INPUT_N: '3.5' }).integer('n', 1)).toThrow(/whole number/);
  });

  test('every duration input is bounded like a timer, or by the range its action gives (exit 2, not a 1 ms timer)', () => {
    expect(() => reader({ INPUT_T: '30d' }).duration('t', 1000)).toThrow(expect.objectContaining({ code: 'GATES_E_INPUT_INVALID', exitCode: 2 }));
    expect(() => reader({ INPUT_T: '30d' }).duration('t', 1000)).toThrow(/expected a duration from 1ms to 24d/);
    expect(() => reader({ INPUT_T: '11m' }).duration('t', 1000, { minMs: 100, maxMs: 600_000 })).toThrow(/expected a duration from 100ms to 10m/);
    expect(reader({ INPUT_T: '10m' }).duration('t', 1000, { minMs: 100, maxMs: 600_000 })).toBe(600_000);
  });

  test('a required input that is missing is GATES_E_INPUT_MISSING', () => {
    expect(() => reader({}).required('command')).toThrow(expect.objectContaining({ code: 'GATES_E_INPUT_MISSING', exitCode: 2 }));
  });
});

describe('InputReader with the redactor: a secret is redacted whole before the value is cut or split', () => {
  const secret = 'tok3n-first-half,tok3n-second-half';
  const redactor = new Redactor();
  redactor.addSecret(secret);

  test('a list input holding a secret with a comma reads as one redacted item, not two pieces of it', () => {
    expect(new InputReader({ INPUT_REPORTS: `a.xml\nmissing/${secret}` }, redactor).list('reports')).toEqual(['a.xml', 'missing/***']);
  });

  test('an invalid value is redacted before it is cut to 80 characters', () => {
    const value = `${'x'.repeat(70)}${secret}`;
    expect(() => new InputReader({ INPUT_TIMEOUT: value }, redactor).duration('timeout', 1000)).toThrow(`got "${'x'.repeat(70)}***"`);
    const long = `${'y'.repeat(120)} ${secret}`;
    expect(() => new InputReader({ INPUT_TIMEOUT: long }, redactor).duration('timeout', 1000)).toThrow(`got "${'y'.repeat(79)}…"`);
  });
});

describe('GITHUB_API_URL', () => {
  test.each([
    ['https://api.github.com', 'https://api.github.com'],
    ['https://ghe.example.com/api/v3', 'https://ghe.example.com/api/v3'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    [undefined, 'https://api.github.com'],
  ])('%s is used as it is', (value, expected) => {
    expect(apiBaseUrl(value === undefined ? {} : { GITHUB_API_URL: value })).toBe(expected);
  });

  test.each([
    ['words', 'not a url'],
    ['ftp', 'ftp://api.github.com'],
    ['a file URL', 'file:///etc/passwd'],
    ['credentials', 'https://user:pass@api.github.com'],
    ['a query', 'https://api.github.com/?x=1'],
    ['leading space', ' https://api.github.com'],
    ['javascript', 'javascript:alert(1)'],
    ['5000 characters', 'x'.repeat(5000)],
  ])('%s is a usage error (exit 2) naming the variable, never a request', (_label, value) => {
    expect(() => apiBaseUrl({ GITHUB_API_URL: value })).toThrow(expect.objectContaining({ code: 'GATES_E_ENV_INVALID', exitCode: 2 }));
    expect(() => apiBaseUrl({ GITHUB_API_URL: value })).toThrow(/GITHUB_API_URL/);
  });

  test('credentials in it are not echoed', () => {
    expect(() => apiBaseUrl({ GITHUB_API_URL: 'https://octocat:hunter2-secret@ghe.example.com/api/v3' })).toThrow('got "https://***@ghe.example.com/api/v3"');
  });
});
