import { ExitCode, type ExitCodeValue } from '../errors/exit-codes.js';
import { formatError, type SourceLocation } from '../errors/gates-error.js';
import { toGatesError } from '../errors/to-gates-error.js';
import { escapeMarkdown, inlineCode } from '../report/markdown.js';
import { capMarkdown, ERROR_SECTION_BYTE_LIMIT } from '../report/summary-budget.js';
import { MAX_SHOWN_CHARACTERS, shorten } from '../report/untrusted-text.js';
import { isDebug } from '../runner/github-context.js';
import { formatCommand } from '../runner/workflow-command.js';
import type { RunEnvironment } from './run-action.js';

/**
 * Reports anything thrown by an action as a structured error: an error
 * annotation, a readable block in the log, a summary section and (CLI --json)
 * the error's JSON. The error is redacted before anything escapes or cuts it.
 * Stack traces only with debug on. Returns the exit code.
 */
export function reportError(thrown: unknown, host: RunEnvironment, action: string): ExitCodeValue {
  const error = toGatesError(thrown);
  const json = host.redactor.redactValue(error.toJSON());
  try {
    const { runner } = host;
    const location = json.location;
    const properties = { title: json.code, file: location?.file, line: location?.line, col: location?.line && location.column };
    runner.annotation(formatCommand('error', properties, `${json.message} ${json.hint}`), '');
    runner.info(formatError(json));
    if (isDebug(host.env) && error.cause instanceof Error && error.cause.stack) runner.debug(error.cause.stack);
    const text = (value: string) => escapeMarkdown(shorten(value, MAX_SHOWN_CHARACTERS));
    const where = (location: SourceLocation) => inlineCode(shorten(`${location.file}:${location.line ?? ''}`, MAX_SHOWN_CHARACTERS));
    const section = [
      `## ⛔ ${text(action)}: error \`${json.code}\` (exit ${json.exitCode})`,
      '',
      text(json.message),
      ...json.details.map((detail) => `- ${detail.location ? `${where(detail.location)} ` : ''}${text(detail.message)}`),
      '',
      `**Hint:** ${text(json.hint)} ([docs](${json.docs}))`,
      '',
    ].join('\n');
    runner.appendSummary(capMarkdown(section, ERROR_SECTION_BYTE_LIMIT));
    host.onReport?.({ error: json });
  } catch {
    // Reporting must never turn a clean exit code into a crash.
    return ExitCode.Internal;
  }
  return json.exitCode;
}
