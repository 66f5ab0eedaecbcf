import type { Finding } from '@gates/core';
import type { SelectorResult } from './selector-verdict.js';

/** The findings of one judged selector: one per missing layer or unresolved placeholder, one for the fixture. Pure. */
export function selectorFindings(result: SelectorResult, specFile: string): Finding[] {
  const { label, fixture, resolution } = result;
  const findings: Finding[] = resolution.missing.map(({ file, line }) => ({
    ruleId: 'missing-layer',
    severity: 'error',
    file: specFile,
    line,
    message: `selector ${label}: layer ${file} does not exist`,
    fixHint: `Commit ${file}, or mark its layer optional: true in ${specFile} if a selector may go without it.`,
  }));
  const names = [...new Set(resolution.unresolved.map((placeholder) => placeholder.name))];
  for (const name of names) {
    const paths = resolution.unresolved.filter((placeholder) => placeholder.name === name).map((placeholder) => placeholder.path || '/');
    findings.push({ ruleId: 'unresolved-placeholder', severity: 'error', file: specFile, message: `selector ${label}: \${${name}} has no value (at ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ` and ${paths.length - 5} more` : ''})`, fixHint: `Add ${name} to the env block of ${specFile} (the process environment is never read), or write $\${${name}} for the literal text.` });
  }
  if (result.verdict === 'empty') findings.push({ ruleId: 'empty-resolution', severity: 'error', file: specFile, message: `selector ${label} resolves to an empty document (layers: ${resolution.layers.join(', ') || 'none present'})`, fixHint: 'Check the layer paths and the nulls that delete keys; an empty config is never what a selector should get.' });
  if (result.fixtureMissing) findings.push({ ruleId: 'missing-fixture', severity: 'error', file: fixture, message: `selector ${label} has no fixture at ${fixture}`, fixHint: 'Generate it locally with `gates run hydration-check --input update=true`, review it and commit it.' });
  if (result.changedCount > 0) {
    const shown = result.changes.slice(0, 10).map((change) => change.path || '/');
    findings.push({ ruleId: 'fixture-mismatch', severity: 'error', file: fixture, message: `selector ${label} resolves differently from ${fixture} at ${result.changedCount} path(s): ${shown.join(', ')}${result.changedCount > shown.length ? ', ...' : ''}`, fixHint: 'Fix the layers, or, if the change is intended, regenerate the fixture locally (update: true) and commit it.' });
  }
  return findings;
}
