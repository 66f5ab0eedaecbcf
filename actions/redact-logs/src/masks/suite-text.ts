/**
 * The text the suite itself prints in a run (outputs, summary, annotations,
 * links), in lower case: a found value that is part of it must not go to the
 * runner's masker, which would turn `verdict: pass` into `***` and the
 * summary heading into "redact-logs: ***ed". Pure.
 */

/** Words every run may print whatever its files hold: verdicts, severities, headings, output names. */
const SUITE_WORDS = [
  'pass passed fail failed failure verdict warning warnings error errors notice note notes waived',
  'gates redact-logs redaction redacted redact known-secret unscrubbed-file binary-file findings-count redacted-count files-changed',
  'report-file report-json sarif-file summary rule rules file files value values found masked mask skipped refused clean text gzip zip',
].join(' ');

/** Values of the run's context that links and headings in the summary show. */
const CONTEXT_VARIABLES = ['GITHUB_REPOSITORY', 'GITHUB_SERVER_URL', 'GITHUB_ACTION_REPOSITORY', 'GITHUB_ACTION_REF', 'GITHUB_WORKFLOW', 'GITHUB_REF_NAME', 'GITHUB_SHA', 'GITHUB_RUN_ID', 'GITHUB_ACTOR'];

export function suiteText(parts: readonly string[]): string {
  return [SUITE_WORDS, ...parts].join('\n').toLowerCase();
}

export function contextValues(env: NodeJS.ProcessEnv): string[] {
  return CONTEXT_VARIABLES.map((name) => env[name] ?? '').filter(Boolean);
}
