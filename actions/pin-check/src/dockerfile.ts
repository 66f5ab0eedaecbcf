/**
 * What pin-check reads from a Dockerfile/Containerfile: each `FROM` (ARG
 * defaults applied), the `RUN` scripts (shell form, exec form, heredocs,
 * line continuations, comment lines inside them) and `ADD <url>` downloads,
 * by build stage. Pure: text in. Honours the `# escape=` parser directive.
 */
export interface FromLine {
  line: number;
  /** The image as written. */
  raw: string;
  /** After ARG substitution; undefined when a variable has no default. */
  image?: string;
  /** The image names an earlier stage or scratch: nothing to pin. */
  internal: boolean;
}

export type DockerStep =
  /** A RUN script; its line 0 is file line `scriptLine`. Exec form is quoted into one line. */
  | { kind: 'run'; stage: number; line: number; script: string; scriptLine: number }
  /** `ADD <url> <dest>`: a download; `verified` with `--checksum`. */
  | { kind: 'download'; stage: number; line: number; url: string; output: string; verified: boolean };

export interface DockerfileFacts {
  path: string;
  froms: FromLine[];
  steps: DockerStep[];
  /** For each stage, the earlier stage it is built FROM, if any (files downloaded there are in it). */
  stageParents: (number | undefined)[];
}

interface Instruction {
  keyword: string;
  /** The arguments, continuation lines joined by the escape character and a line break (line count kept). */
  args: string;
  line: number;
  heredocs: { delimiter: string; body: string; line: number }[];
}

export function parseDockerfile(path: string, text: string): DockerfileFacts {
  const facts: DockerfileFacts = { path, froms: [], steps: [], stageParents: [] };
  const args = new Map<string, string>();
  const stages = new Map<string, number>();
  let stage = -1;
  for (const instruction of instructions(text)) {
    const { keyword, line } = instruction;
    if (keyword === 'ARG') {
      if (stage === -1) declareArgs(instruction.args, args);
    } else if (keyword === 'FROM') {
      stage++;
      const words = instruction.args.replace(/\\\n/g, ' ').trim().split(/\s+/).filter((word) => !word.startsWith('--'));
      const raw = words[0] ?? '';
      const image = substitute(raw, args);
      const parent = image === undefined ? undefined : stages.get(image.toLowerCase());
      facts.froms.push({ line, raw, image, internal: image !== undefined && (image.toLowerCase() === 'scratch' || parent !== undefined) });
      facts.stageParents.push(parent);
      const asIndex = words.findIndex((word) => word.toLowerCase() === 'as');
      if (asIndex > 0 && words[asIndex + 1]) stages.set(words[asIndex + 1]!.toLowerCase(), stage);
    } else if (keyword === 'RUN') {
      for (const step of runSteps(instruction, Math.max(stage, 0))) facts.steps.push(step);
    } else if (keyword === 'ADD') {
      for (const step of addDownloads(instruction, Math.max(stage, 0))) facts.steps.push(step);
    }
  }
  return facts;
}

function declareArgs(text: string, args: Map<string, string>): void {
  for (const declaration of text.replace(/\\\n/g, ' ').trim().split(/\s+/)) {
    const [name, ...value] = declaration.split('=');
    if (name) args.set(name, value.join('=').replace(/^["']|["']$/g, ''));
  }
}

function substitute(raw: string, args: Map<string, string>): string | undefined {
  let unresolved = false;
  const value = raw.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_whole, braced: string, fallback: string | undefined, bare: string) => {
    const found = args.get(braced ?? bare);
    if (found) return found;
    if (fallback !== undefined) return fallback;
    unresolved = true;
    return '';
  });
  return unresolved ? undefined : value;
}

const RUN_FLAG = /^\s*--[\w-]+(=("[^"]*"|\S)*)?\s+/;

/** A RUN's script(s): the shell-form text, the exec-form array quoted as one shell command, or heredoc bodies. */
function runSteps(instruction: Instruction, stage: number): DockerStep[] {
  let args = instruction.args;
  while (RUN_FLAG.test(args)) args = args.replace(RUN_FLAG, '');
  const { line, heredocs } = instruction;
  const exec = execForm(args);
  if (exec) return [{ kind: 'run', stage, line, script: exec, scriptLine: line }];
  if (heredocs.length > 0) {
    const command = args.replace(/<<-?\s*["']?\w+["']?/g, '').trim();
    // `RUN <<EOF` alone runs the body as the script; `RUN bash -e <<EOF` feeds it to that command.
    if (command === '') return heredocs.map((heredoc) => ({ kind: 'run' as const, stage, line, script: heredoc.body, scriptLine: heredoc.line }));
    const script = [args, ...heredocs.flatMap((heredoc) => [heredoc.body, heredoc.delimiter])].join('\n');
    return [{ kind: 'run', stage, line, script, scriptLine: line }];
  }
  return [{ kind: 'run', stage, line, script: args, scriptLine: line }];
}

/** `["sh", "-c", "…"]` as a shell command line with each word single-quoted, or undefined for shell form. */
function execForm(args: string): string | undefined {
  const trimmed = args.trim();
  if (!trimmed.startsWith('[')) return undefined;
  let words: unknown;
  try {
    words = JSON.parse(trimmed.replace(/\\\n/g, ''));
  } catch {
    return undefined;
  }
  if (!Array.isArray(words) || !words.every((word) => typeof word === 'string')) return undefined;
  return (words as string[]).map((word) => `'${word.replace(/'/g, "'\\''")}'`).join(' ');
}

/** `ADD [--checksum=…] <url>… <dest>`: each remote source is a download into dest. */
function addDownloads(instruction: Instruction, stage: number): DockerStep[] {
  const words = instruction.args.replace(/\\\n/g, ' ').trim().split(/\s+/);
  const verified = words.some((word) => word.startsWith('--checksum='));
  const operands = words.filter((word) => !word.startsWith('--'));
  const destination = operands.pop();
  if (destination === undefined) return [];
  return operands
    .filter((source) => /^https?:\/\//.test(source) && !/\.git(#|$)/.test(source))
    .map((url) => {
      const name = url.replace(/[?#].*$/, '').split('/').pop() ?? '';
      const output = destination.endsWith('/') ? `${destination}${name}` : destination;
      return { kind: 'download' as const, stage, line: instruction.line, url, output, verified };
    });
}

/**
 * The instructions of a Dockerfile with their first line. Continuation lines
 * end with the escape character; comment and blank lines inside a
 * continuation are dropped (as BuildKit does), kept as continuation lines so
 * line numbers still map one to one. Heredoc bodies follow their instruction.
 */
function instructions(text: string): Instruction[] {
  const lines = text.split(/\r?\n/);
  const escape = escapeDirective(lines);
  const found: Instruction[] = [];
  for (let index = 0; index < lines.length; index++) {
    const first = lines[index]!;
    if (/^\s*(#|$)/.test(first)) continue;
    const match = /^\s*([A-Za-z]+)(\s+|$)(.*)$/.exec(first);
    if (!match) continue;
    const line = index + 1;
    const parts = [match[3]!];
    while (endsWithEscape(parts[parts.length - 1]!, escape) && index + 1 < lines.length) {
      const last = parts.length - 1;
      parts[last] = `${parts[last]!.trimEnd().slice(0, -1)}\\`;
      const next = lines[++index]!;
      // A comment or blank line inside a continuation is not part of the instruction.
      parts.push(/^\s*(#|$)/.test(next) ? '\\' : next);
    }
    const args = parts.join('\n');
    const instruction: Instruction = { keyword: match[1]!.toUpperCase(), args, line, heredocs: [] };
    if (instruction.keyword === 'RUN' || instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
      for (const heredoc of args.matchAll(/<<(-?)\s*["']?(\w+)["']?/g)) {
        const body: string[] = [];
        const start = index + 2;
        while (index + 1 < lines.length) {
          const next = lines[++index]!;
          if ((heredoc[1] ? next.replace(/^\t+/, '') : next).trimEnd() === heredoc[2]) break;
          body.push(next);
        }
        instruction.heredocs.push({ delimiter: heredoc[2]!, body: body.join('\n'), line: start });
      }
    }
    found.push(instruction);
  }
  return found;
}

function endsWithEscape(line: string, escape: string): boolean {
  return line.trimEnd().endsWith(escape) && !/^\s*#/.test(line);
}

/** `# escape=\`` among the parser directives at the top of the file (before any other line). */
function escapeDirective(lines: readonly string[]): string {
  for (const line of lines) {
    const directive = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(line);
    if (!directive) break;
    if (directive[1]!.toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\')) return directive[2];
  }
  return '\\';
}

/** An image reference pinned by content: `name@sha256:<64 hex>`. */
export function isDigestPinned(image: string): boolean {
  return /@sha256:[0-9a-f]{64}$/.test(image);
}
