/**
 * What a tokenized command runs: its own words without the prefixes a shell
 * or a wrapper puts before them (`VAR=x`, `sudo -u root`, `env`, `timeout
 * 60`, `if`, `then`, `!`). Pure.
 */
const ASSIGNMENT = /^[A-Za-z_]\w*=/;

/** Wrappers that run the rest of the command line; value: their options that take an argument. */
const WRAPPERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['sudo', new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '--user', '--group', '--host', '--prompt', '--chdir'])],
  ['doas', new Set(['-u', '-C'])],
  ['env', new Set(['-u', '-C', '--unset', '--chdir'])],
  ['time', new Set(['-f', '-o', '--format', '--output'])],
  ['nohup', new Set()],
  ['exec', new Set(['-a'])],
  ['command', new Set()],
  ['builtin', new Set()],
  ['nice', new Set(['-n', '--adjustment'])],
  ['ionice', new Set(['-c', '-n', '-p'])],
  ['stdbuf', new Set(['-i', '-o', '-e'])],
  ['retry', new Set(['-t', '-d', '--times', '--delay'])],
  ['xargs', new Set(['-n', '-I', '-L', '-P', '-d', '-a', '-E', '-s', '--max-args', '--max-procs', '--delimiter', '--arg-file'])],
]);
/** Wrappers whose first argument is not the command (`timeout 60 cmd`). */
const WRAPPERS_WITH_ARGUMENT = new Set(['timeout']);
/** Reserved words that can start a command line before the command itself. */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'time']);

export function baseName(word: string): string {
  const slash = word.lastIndexOf('/');
  return slash === -1 ? word : word.slice(slash + 1);
}

/** The command's own words (see above); `words` itself when there is nothing to drop. */
export function effectiveWords(words: readonly string[]): readonly string[] {
  // Most commands start with the command itself: no prefix to drop.
  const first = words[0] ?? '';
  if (!first.includes('=') && !KEYWORDS.has(first) && !WRAPPERS.has(baseName(first)) && !WRAPPERS_WITH_ARGUMENT.has(first)) return words;
  let index = 0;
  while (index < words.length) {
    const word = words[index]!;
    if (KEYWORDS.has(word) || (word.includes('=') && ASSIGNMENT.test(word))) {
      index++;
      continue;
    }
    const name = baseName(word);
    const valued = WRAPPERS.get(name);
    if (valued === undefined && !WRAPPERS_WITH_ARGUMENT.has(name)) break;
    index++;
    while (index < words.length && words[index]!.startsWith('-') && words[index] !== '-') {
      index += valued?.has(words[index]!) ? 2 : 1;
    }
    if (WRAPPERS_WITH_ARGUMENT.has(name)) index++;
  }
  return index === 0 ? words : words.slice(index);
}

/**
 * Positional arguments of `args`, skipping options and the values of options
 * in `valued` (`-o file`, `--output file`); `--opt=value` and `-ovalue` carry
 * their value. `--` ends the options.
 */
export function positionals(args: readonly string[], valued: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      for (const rest of args.slice(index + 1)) found.push(rest);
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      if (valued.has(arg)) index++;
      continue;
    }
    found.push(arg);
  }
  return found;
}

/** The value of the first of `names` in `args` (`-o x`, `--output x`, `--output=x`), or undefined. */
export function optionValue(args: readonly string[], names: readonly string[]): string | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    for (const name of names) {
      if (arg === name) return args[index + 1];
      if (name.startsWith('--') && arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
    }
  }
  return undefined;
}

export function hasOption(args: readonly string[], names: readonly string[]): boolean {
  return args.some((arg) => names.some((name) => arg === name || (name.startsWith('--') && arg.startsWith(`${name}=`))));
}

/** A word whose value is only known at run time: `$VAR`, `${VAR}`, `$(cmd)`, `${{ expr }}`. */
export function isDynamic(word: string): boolean {
  return word.includes('$') || word.includes('`');
}
