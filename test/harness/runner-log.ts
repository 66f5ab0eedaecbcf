import { Masker } from './runner-masker.js';

/**
 * A step's log as GitHub shows it. The runner reads the step's output line by line; an `::add-mask::` line is
 * consumed (never shown) and registers its value with the masker, which from then on hides it in every later line
 * (ActionCommandManager's AddMaskCommandExtension). Lines printed before a value was masked stay as they were.
 * The job's token and secrets are masked from the start, as the runner does for the secrets context.
 */
export class RunnerLog {
  private readonly masker = new Masker();

  constructor(secrets: readonly string[] = []) {
    for (const secret of secrets) this.masker.add(secret);
  }

  /** One line as shown. */
  mask(line: string): string {
    return this.masker.mask(line);
  }

  /** A whole stream: `::add-mask::` lines consumed in order, every other line masked with what was registered before it. */
  render(stream: string): string {
    const shown: string[] = [];
    for (const line of stream.split('\n')) {
      const mask = /^::add-mask::(.*)$/.exec(line.replace(/\r$/, ''));
      if (mask) this.masker.add(unescapeData(mask[1]!));
      else shown.push(this.masker.mask(line));
    }
    return shown.join('\n');
  }
}

/** The runner's unescaping of a command's data (ActionCommand: `%0D`, `%0A`, `%25`). */
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
