import type { ScalarTag, Tags } from 'yaml';
import { exactNumber, type JsonNumber } from './decimal.js';

const INT = 'tag:yaml.org,2002:int';
const FLOAT = 'tag:yaml.org,2002:float';

/**
 * yaml's tags with its decimal integers and floats resolved from their
 * source text, so a YAML number keeps its exact value as a JSON one does
 * (a JsonNumber where a double would change it). For yaml's `customTags`;
 * the other number forms (0x10, 0o17, .inf) keep yaml's own reading. The
 * decimal tags are told apart by what they accept, not by position.
 */
export function exactYamlNumbers(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag === 'string' || (tag.tag !== INT && tag.tag !== FLOAT) || !isDecimalTag(tag as ScalarTag)) return tag;
    const scalar = tag as ScalarTag;
    // Text the JSON grammar cannot take (a YAML 1.1 `1_000`) is left to yaml.
    const resolve: ScalarTag['resolve'] = (text, onError, options) => exactYamlNumber(text) ?? scalar.resolve(text, onError, options);
    return { ...scalar, resolve };
  });
}

function isDecimalTag(tag: ScalarTag): boolean {
  return tag.test !== undefined && ['12', '1.5', '1e3'].some((sample) => tag.test!.test(sample));
}

const YAML_DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;

/** A YAML decimal (`+1.5e3`, `.5`, `5.`, `007`) in JSON's spelling, then as exactNumber reads it; undefined for anything else. */
export function exactYamlNumber(text: string): number | JsonNumber | undefined {
  const match = YAML_DECIMAL.exec(text);
  if (!match || (match[2] === '' && !match[3])) return undefined;
  const [, sign, whole, fraction, exponent] = match;
  const json = `${sign === '-' ? '-' : ''}${whole!.replace(/^0+(?=\d)/, '') || '0'}${fraction ? `.${fraction}` : ''}${exponent === undefined ? '' : `e${exponent}`}`;
  return exactNumber(json);
}
