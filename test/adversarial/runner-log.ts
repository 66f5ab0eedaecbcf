/**
 * What the GitHub runner makes of a step's stdout, modelled on actions/runner
 * (ProcessInvoker, ActionCommandManager, ActionCommand): lines are split as
 * .NET's StreamReader.ReadLine splits them (CR LF, a lone CR, a lone LF);
 * a line whose text after leading whitespace starts with `::` is a command;
 * the legacy `##[command]data` form is found anywhere in a line; after
 * `::stop-commands::TOKEN` nothing is a command until `::TOKEN::`; and every
 * value registered with `::add-mask::` is hidden from the lines after it.
 * Stricter than the tests' quick parser (test/harness/workflow-commands.ts):
 * this one is what an attacker would aim at.
 */

/** The commands a runner of 2024–2025 registers (ActionCommandManager and its extensions). */
const REGISTERED = ['add-mask', 'add-matcher', 'remove-matcher', 'add-path', 'set-env', 'set-output', 'save-state', 'warning', 'error', 'notice', 'debug', 'group', 'endgroup', 'echo'];

export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  /** The line as printed, for messages. */
  line: string;
}

export interface RunnerLog {
  /** Every line as the log shows it, masked with the masks registered before it. */
  shown: string[];
  /** Every command the runner would act on, in order (stop-commands and its resume token included). */
  commands: RunnerCommand[];
  /** Every value registered with add-mask. */
  masks: string[];
}

/** .NET char.IsWhiteSpace, which String.TrimStart() trims. */
const LEADING_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** TryParseV2: `::name props::data` after leading whitespace. */
function parseV2(line: string, registered: ReadonlySet<string>): RunnerCommand | undefined {
  const message = line.replace(LEADING_WHITESPACE, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!registered.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)), line };
}

/** TryParse (legacy): `##[name props;…]data` anywhere in the line. */
function parseLegacy(line: string, registered: ReadonlySet<string>): RunnerCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const command = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!registered.has(command)) return undefined;
  return { command, properties: {}, data: line.slice(close + 1), line };
}

function mask(line: string, masks: readonly string[]): string {
  let shown = line;
  for (const value of masks) if (value) shown = shown.split(value).join('***');
  return shown;
}

export function readAsRunner(stdout: string): RunnerLog {
  const registered = new Set(REGISTERED.concat('stop-commands'));
  const log: RunnerLog = { shown: [], commands: [], masks: [] };
  let stopToken: string | undefined;
  const lines = stdout.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const command = parseV2(line, registered) ?? parseLegacy(line, registered);
    if (command && stopToken !== undefined) {
      if (command.command === stopToken) {
        registered.delete(stopToken);
        stopToken = undefined;
        log.commands.push(command);
      }
    } else if (command?.command === 'stop-commands') {
      stopToken = command.data.toLowerCase();
      registered.add(stopToken);
      log.commands.push(command);
    } else if (command) {
      log.commands.push(command);
      if (command.command === 'add-mask') {
        if (command.data.trim()) log.masks.push(command.data);
        continue;
      }
    }
    log.shown.push(mask(line, log.masks));
  }
  return log;
}
