import { convertWorkflowTemplate, parseWorkflow, type TraceWriter } from '@actions/workflow-parser';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';

export interface ParserProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** Collects what the parser traces as an error: it has no separate warning channel, so these count as warnings. */
class CollectingTraceWriter implements TraceWriter {
  readonly errors: string[] = [];
  error(message: string): void {
    this.errors.push(message);
  }
  info(): void {}
  verbose(): void {}
}

/**
 * Validates one workflow with `@actions/workflow-parser`, the parser behind
 * GitHub's language services: schema, expressions, and (through
 * `readWorkflow`) the inputs, secrets and outputs of reusable workflows it
 * calls, one level deep. Returns every problem with its position.
 */
export async function validateWorkflow(name: string, content: string, readWorkflow?: (reference: string) => { name: string; content: string } | undefined): Promise<ParserProblem[]> {
  const trace = new CollectingTraceWriter();
  const parsed = parseWorkflow({ name, content }, trace);
  const provider: FileProvider = {
    getFileContent: async (reference) => {
      const key = 'repository' in reference ? `${reference.owner}/${reference.repository}/${reference.path}@${reference.version}` : reference.path;
      const file = readWorkflow?.(key);
      if (!file) throw new Error(`reusable workflow ${key} is not available to the validator`);
      return file;
    },
  };
  if (parsed.value) {
    await convertWorkflowTemplate(parsed.context, parsed.value, provider, { fetchReusableWorkflowDepth: readWorkflow ? 1 : 0 });
  }
  const problems: ParserProblem[] = parsed.context.errors.getErrors().map((error) => ({
    file: name,
    line: error.range?.start.line,
    column: error.range?.start.column,
    message: error.rawMessage,
  }));
  // The trace repeats each error with its position as a prefix; keep only what it adds.
  for (const message of trace.errors) if (!problems.some((problem) => message.endsWith(problem.message))) problems.push({ file: name, message });
  return problems;
}

export function formatProblem(problem: ParserProblem): string {
  const at = problem.line ? `:${problem.line}:${problem.column ?? 1}` : '';
  return `${problem.file}${at}: ${problem.message}`;
}
