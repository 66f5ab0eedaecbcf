import { describe, expect, test } from '@jest/globals';
import { GatesError, InputReader, parseBoolean, parseDuration, parseList, parseSize, Redactor } from '@gates/core';

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

  test.each(['lots', '10XB', 'MiB', '-5MB'])('size %j is rejected', (raw) => expect(() => parseSize(raw)).toThrow(/size such as/));

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
    expect(error.message).toBe('Input "timeout" is invalid: got "soon", expected a duration such as 30s, 5m, 1h30m or 250ms.');
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
