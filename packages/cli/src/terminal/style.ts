/** ANSI styling for the terminal, or none: `NO_COLOR`, `--no-color`, a pipe and `TERM=dumb` all turn it off. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  cyan(text: string): string;
}

/**
 * Whether to colour: no one said no (`--no-color`, or any non-empty NO_COLOR,
 * https://no-color.org), and a terminal that can show it, or FORCE_COLOR (as
 * Node and most CLIs read it) for a pipe that will.
 */
export function colourWanted(argv: readonly string[], env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (argv.includes('--no-color') || env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return isTTY === true && env.TERM !== 'dumb';
}

export function createStyle(colour: boolean): Style {
  const paint = (open: number, close: number) => (text: string) => (colour && text ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { bold: paint(1, 22), dim: paint(2, 22), red: paint(31, 39), green: paint(32, 39), yellow: paint(33, 39), blue: paint(34, 39), cyan: paint(36, 39) };
}
