import type { Expr } from '@actions/expressions';
import { Binary, FunctionCall, Grouping, IndexAccess, Logical, Unary } from '@actions/expressions/ast';

/** Visits every node of a parsed expression, parents before children. */
export function walkExpression(expr: Expr, visit: (node: Expr) => void): void {
  visit(expr);
  const children: Expr[] =
    expr instanceof Unary ? [expr.expr]
    : expr instanceof Binary ? [expr.left, expr.right]
    : expr instanceof Logical ? expr.args
    : expr instanceof Grouping ? [expr.group]
    : expr instanceof IndexAccess ? [expr.expr, expr.index]
    : expr instanceof FunctionCall ? expr.args
    : [];
  for (const child of children) walkExpression(child, visit);
}
