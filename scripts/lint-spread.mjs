// Lint rule: no spread of a possibly unbounded array into a call.
//
// `f(...xs)` passes every element as its own argument on the stack: V8
// throws "Maximum call stack size exceeded" once there are too many (the
// limit depends on the stack left), which is how redact-logs died with about
// 400 known secrets, each in many encoded forms (`Math.max(...literals)`).
// The same holds for `push(...xs)`, `new Set(...)`, every other call, and
// `f.apply(this, xs)` or `Reflect.apply(f, this, xs)`. The rule flags any of
// these except over an array literal, a string literal split, or a `const`
// of this file initialised with an array literal (fixed lists, e.g. test
// fixtures). Use a loop, `largest()` from @gates/core, or `concat`.
import ts from 'typescript';

/** Problems in one file's text: `{ line, message }`, 1-based lines. */
export function unboundedSpreads(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const fixedLists = new Set();
  const problems = [];
  const collect = (node) => {
    if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Const) {
      for (const declaration of node.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer && isArrayLiteral(declaration.initializer)) fixedLists.add(declaration.name.text);
      }
    }
    ts.forEachChild(node, collect);
  };
  const check = (node) => {
    const spread = ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) ? node.expression : undefined;
    const applied = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'apply' ? appliedArguments(node) : undefined;
    const argumentsList = spread ?? applied;
    if (argumentsList && !isBounded(argumentsList, fixedLists)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      problems.push({ line: line + 1, message: `spreads \`${argumentsList.getText(source).slice(0, 60)}\` into a call: an unbounded array overflows the stack; use a loop, largest() or concat` });
    }
    ts.forEachChild(node, check);
  };
  collect(source);
  check(source);
  return problems;
}

/** The argument list of `f.apply(thisArg, list)` or `Reflect.apply(f, thisArg, list)`. */
function appliedArguments(call) {
  const reflect = ts.isIdentifier(call.expression.expression) && call.expression.expression.text === 'Reflect';
  return reflect ? (call.arguments.length === 3 ? call.arguments[2] : undefined) : call.arguments.length === 2 ? call.arguments[1] : undefined;
}

function isArrayLiteral(node) {
  while (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) node = node.expression;
  return ts.isArrayLiteralExpression(node) && node.elements.every((element) => !ts.isSpreadElement(element));
}

/** `'abc'.split('')`: a list no longer than a string written in the file. */
function isLiteralSplit(node) {
  return ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'split' && ts.isStringLiteralLike(node.expression.expression);
}

function isBounded(expression, fixedLists) {
  return isArrayLiteral(expression) || isLiteralSplit(expression) || (ts.isIdentifier(expression) && fixedLists.has(expression.text));
}
