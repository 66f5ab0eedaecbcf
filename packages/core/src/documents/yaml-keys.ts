import type { isScalar as IsScalar, ParsedNode } from 'yaml';
import { JsonNumber, sameNumber } from './decimal.js';

/**
 * yaml's `uniqueKeys` test for the documents the suite compares: two keys of
 * one mapping are the same key when loading would make them one property.
 * yaml's own test (`a.value === b.value`) misses two cases that lose a
 * value silently: two JsonNumber keys of one value (`9007199254740993:`
 * twice are two objects, never `===`), and keys of different types that
 * become the same property name (`1:` and `"1":`, `true:` and `"true":`).
 * Numbers are the same key when they are the same number (`1.0:` and `1:`),
 * as yaml says for doubles.
 *
 * Built from the `isScalar` of the yaml module its caller loaded: a static import of
 * yaml here put the whole package into every bundle's start-up (this file is reached from the core's index),
 * parsed and run before any action's first line though most runs never read a YAML document with it.
 */
export function sameYamlKeyWith(isScalar: typeof IsScalar): (a: ParsedNode, b: ParsedNode) => boolean {
  return (a, b) => sameYamlKey(a, b, isScalar);
}

function sameYamlKey(a: ParsedNode, b: ParsedNode, isScalar: typeof IsScalar): boolean {
  if (a === b) return true;
  if (!isScalar(a) || !isScalar(b)) return false;
  const left = a.value;
  const right = b.value;
  if (left === right) return true;
  if (isNumber(left) && isNumber(right)) return sameNumber(left, right);
  return isKeyScalar(left) && isKeyScalar(right) && String(left) === String(right);
}

const isNumber = (value: unknown): value is number | JsonNumber => typeof value === 'number' || value instanceof JsonNumber;

/** Values whose property name is String(value) when loaded (a JsonNumber's is its text). */
const isKeyScalar = (value: unknown): boolean => value === null || ['string', 'number', 'boolean', 'bigint'].includes(typeof value) || value instanceof JsonNumber;
