import { parseWorkflowCommands } from '../harness/workflow-commands.js';
import { Masker } from '../harness/runner-masker.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
  /** The step that raised it (its name as the log shows it). */
  step: string;
}

/** What a step asked for through workflow commands on its output. */
export interface CommandEffects {
  /** `::set-output` (deprecated, still honoured by the runner with a warning). */
  outputs: Record<string, string>;
  /** `::save-state` (deprecated, likewise). */
  state: Record<string, string>;
  /** A command the runner refuses (set-env, add-path) fails the step. */
  failed: boolean;
}

const DISABLED = new Set(['set-env', 'add-path']);
const DEPRECATED = new Set(['set-output', 'save-state']);

/**
 * A job's log as the runner shows it: every line of a step's output after its
 * workflow commands are processed, with the masker applied to everything
 * printed. Commands are processed on stdout and stderr alike, as the runner
 * does; `::stop-commands::<token>` suspends them until `::<token>::`.
 */
export class JobLog {
  readonly masker = new Masker();
  readonly annotations: Annotation[] = [];
  private readonly lines: string[] = [];
  private stopToken: string | undefined;

  constructor(private readonly debug: boolean) {}

  /** A line the runner itself prints (a step header, an error it reports). */
  info(line: string): void {
    this.lines.push(this.masker.mask(line));
  }

  /** An annotation the runner raises itself (a failed step, a timeout). */
  annotate(level: Annotation['level'], message: string, step: string): void {
    this.annotations.push({ level, message: this.masker.mask(message), properties: {}, step });
    this.info(`${level === 'error' ? 'Error' : level === 'warning' ? 'Warning' : 'Notice'}: ${message}`);
  }

  /** Processes one step's output, line by line, and returns what its commands asked for. */
  processOutput(text: string, step: string): CommandEffects {
    const effects: CommandEffects = { outputs: {}, state: {}, failed: false };
    const lines = text.split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    for (const line of lines) this.processLine(line, step, effects);
    return effects;
  }

  private processLine(line: string, step: string, effects: CommandEffects): void {
    if (this.stopToken !== undefined) {
      if (line === `::${this.stopToken}::`) this.stopToken = undefined;
      else this.info(line);
      return;
    }
    const [command] = parseWorkflowCommands(line);
    if (!command) {
      this.info(line);
      return;
    }
    const { command: name, properties, data } = command;
    if (name === 'add-mask') return this.masker.add(data.trim());
    if (name === 'stop-commands') {
      this.stopToken = data;
      return;
    }
    if (name === 'debug') {
      if (this.debug) this.info(`##[debug]${data}`);
      return;
    }
    if (name === 'error' || name === 'warning' || name === 'notice') {
      const message = this.masker.mask(data);
      this.annotations.push({ level: name, message, properties, step });
      this.info(`${name === 'error' ? 'Error' : name === 'warning' ? 'Warning' : 'Notice'}: ${message}`);
      return;
    }
    if (name === 'group' || name === 'endgroup') return this.info(name === 'group' ? `##[group]${data}` : '##[endgroup]');
    if (DISABLED.has(name)) {
      effects.failed = true;
      this.annotate('error', `Unable to process command '${line}' successfully. The \`${name}\` command is disabled.`, step);
      return;
    }
    if (DEPRECATED.has(name)) {
      (name === 'set-output' ? effects.outputs : effects.state)[properties.name ?? ''] = data;
      this.annotate('warning', `The \`${name}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.`, step);
      return;
    }
    this.info(line);
  }

  text(): string {
    return this.lines.join('\n');
  }
}
