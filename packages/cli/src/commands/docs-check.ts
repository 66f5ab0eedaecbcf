import { resolve } from 'node:path';
import { GatesError, type ExitCodeValue } from '@gates/core';
import { checkDocsTree } from '../../../../actions/docs-check/src/docs/check-tree.js';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

/** `gates docs-check [path]...`: the suite's (or any repository's) Markdown links, anchors and code blocks (the docs-check action's checks). */
export async function docsCheckCommand(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const root = resolve((parsed.values.workspace as string | undefined) ?? '.');
  const result = await checkDocsTree(root, parsed.positionals, { external: Boolean(parsed.values.external) });
  if (result.files.length === 0) throw new GatesError('GATES_E_USAGE', { detail: 'no Markdown files to check' }, { hint: 'Name .md files or folders, relative to --workspace.' });
  const { files, external, problems } = result;
  if (io.flags.json) io.out(`${JSON.stringify({ files: files.length, external, problems: problems.map(({ file, line, message }) => ({ file, line, message })) }, null, 2)}\n`);
  else {
    for (const problem of problems) io.out(`${problem.file}:${problem.line}: ${problem.message}\n`);
    io.out(`docs-check: ${files.length} file(s), ${problems.length} problem(s)${parsed.values.external ? `, ${external} external link(s) checked` : ' (external links not checked: --external)'}\n`);
  }
  return problems.length ? 1 : 0;
}
