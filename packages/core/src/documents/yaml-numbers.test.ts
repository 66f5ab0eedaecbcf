import { describe, expect, test } from '@jest/globals';
import { JsonNumber } from './decimal.js';
import { exactYamlNumber } from './yaml-numbers.js';

describe('exactYamlNumber', () => {
  test.each([
    ['12', 12],
    ['+12', 12],
    ['-0', -0],
    ['007', 7],
    ['.5', 0.5],
    ['-.5', -0.5],
    ['5.', 5],
    ['5.e2', 500],
    ['+1.5E3', 1500],
  ])('%s is %p', (text, value) => {
    expect(exactYamlNumber(text)).toBe(value);
  });

  test.each([
    ['9007199254740993', '9007199254740993'],
    ['+9007199254740993', '9007199254740993'],
    ['0009007199254740993', '9007199254740993'],
    ['.10000000000000000001', '0.10000000000000000001'],
    ['1e400', '1e400'],
  ])('%s is kept as the JSON text %s', (text, json) => {
    expect(exactYamlNumber(text)).toEqual(new JsonNumber(json));
  });

  test.each(['', '.', '+', '1_000', '0x10', '.inf', '1e', 'e3'])('%j is left to yaml', (text) => {
    expect(exactYamlNumber(text)).toBeUndefined();
  });
});
