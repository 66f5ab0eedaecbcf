/**
 * Why a regular expression from the table is refused, or undefined when it
 * may run. JavaScript's engine backtracks and has no time limit, so a check
 * must not hang on a command's output: backreferences and nested unbounded
 * quantifiers (`(a+)+`, `(\w*)*`, the classic catastrophic shapes) are
 * refused, and the pattern must compile. Outputs are capped too
 * (MAX_OUTPUT_BYTES), which bounds what is left. Pure.
 */
export function unsafeRegexReason(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return `it does not compile: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (/\\[1-9]|\\k</.test(source)) return 'it uses a backreference, which can take exponential time';
  if (hasNestedUnboundedQuantifier(source)) return 'it repeats a group that itself repeats without bound (such as (a+)+), which can take exponential time';
  return undefined;
}

/** Star height above one: a group quantified without bound whose content also has an unbounded quantifier. */
function hasNestedUnboundedQuantifier(source: string): boolean {
  // For each open group: whether an unbounded quantifier occurs inside it.
  const groups: boolean[] = [];
  let closedGroupUnbounded = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') {
      index++;
      closedGroupUnbounded = false;
      continue;
    }
    if (char === '[') {
      index = endOfClass(source, index);
      closedGroupUnbounded = false;
      continue;
    }
    if (char === '(') {
      groups.push(false);
      continue;
    }
    if (char === ')') {
      closedGroupUnbounded = groups.pop() ?? false;
      if (groups.length > 0 && closedGroupUnbounded) groups[groups.length - 1] = true;
      if (isUnboundedQuantifier(source, index + 1) && closedGroupUnbounded) return true;
      continue;
    }
    if (isUnboundedQuantifier(source, index) && groups.length > 0) groups[groups.length - 1] = true;
    closedGroupUnbounded = false;
  }
  return false;
}

function isUnboundedQuantifier(source: string, index: number): boolean {
  const char = source[index];
  return char === '*' || char === '+' || (char === '{' && /^\{\d+,\}/.test(source.slice(index)));
}

function endOfClass(source: string, start: number): number {
  for (let index = start + 1; index < source.length; index++) {
    if (source[index] === '\\') index++;
    else if (source[index] === ']') return index;
  }
  return source.length;
}
