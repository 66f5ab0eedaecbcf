import { randomUUID } from 'node:crypto';

/**
 * The runner's file-command format for GITHUB_OUTPUT, GITHUB_STATE and
 * GITHUB_ENV: `name<<delimiter`, the value, the delimiter. The delimiter is
 * random so a value cannot end the block early; names and values that contain
 * it are refused, as the runner's toolkit does.
 */
export function formatFileCommand(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`name or value contains the delimiter ${delimiter}`);
  }
  if (/[\r\n]/.test(name)) throw new Error(`name "${name}" contains a line break`);
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** Parses a file written in that format (what the runner does after the step). */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated value for ${name}`);
      result[name!] = body.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq > 0) result[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return result;
}
