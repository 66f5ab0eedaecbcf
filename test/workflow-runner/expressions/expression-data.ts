import { data } from '@actions/expressions';

/** A plain JSON-like value, what contexts hold and what `with:` and outputs become. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** Plain JS value to the library's expression data (via its own JSON reviver). */
export function toData(value: unknown): data.ExpressionData {
  if (value === undefined) return new data.Null();
  return JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData;
}

/** The library's expression data back to a plain value (via its own JSON replacer). */
export function fromData(value: data.ExpressionData): Plain {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Plain;
}

/** The runner's truthiness: false, 0, -0, NaN, '' and null are false; objects and arrays are true. */
export function isTruthy(value: data.ExpressionData): boolean {
  switch (value.kind) {
    case data.Kind.Null:
      return false;
    case data.Kind.Boolean:
      return (value as data.BooleanData).value;
    case data.Kind.Number: {
      const n = value.number();
      return n !== 0 && !Number.isNaN(n);
    }
    case data.Kind.String:
      return value.coerceString() !== '';
    default:
      return true;
  }
}

/** How a value reads inside a string template (`echo ${{ x }}`): the library's own string coercion. */
export function asText(value: data.ExpressionData): string {
  return value.coerceString();
}
