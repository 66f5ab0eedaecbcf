import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { formatAnnotation, formatCommand, GatesError, GitHubRunner, InputReader, Redactor, type Finding } from '@gates/core';
import { RunnerLog } from '../harness/runner-log.js';

/**
 * The hand-written runner adapter against @actions/core, the toolkit's reference implementation: the same calls
 * through both, then the bytes written to stdout and to the GITHUB_OUTPUT/STATE/ENV/STEP_SUMMARY files compared.
 * Only the random heredoc delimiter is normalised. Inputs are compared as values read from the same INPUT_*.
 */
const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY'] as const;

interface Written {
  stdout: string;
  files: Record<string, string>;
}

/** The calls a scenario makes, one implementation per side. */
interface Host {
  info(text: string): void;
  warning(text: string): void;
  debug(text: string): void;
  group(title: string, body: () => void): Promise<void>;
  setOutput(name: string, value: string): void;
  saveState(name: string, value: string): void;
  exportVariable(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
  mask(value: string): void;
  annotation(finding: Finding): void;
}

const toolkit: Host = {
  info: (text) => core.info(text),
  warning: (text) => core.warning(text),
  debug: (text) => core.debug(text),
  group: async (title, body) => core.group(title, async () => body()),
  setOutput: (name, value) => core.setOutput(name, value),
  saveState: (name, value) => core.saveState(name, value),
  exportVariable: (name, value) => core.exportVariable(name, value),
  summary: async (markdown) => void (await core.summary.addRaw(markdown, true).write()),
  mask: (value) => core.setSecret(value),
  annotation: (finding) => {
    const message = finding.fixHint ? `${finding.message}\nFix: ${finding.fixHint}` : finding.message;
    const properties = { title: finding.ruleId, file: finding.file, startLine: finding.line, endLine: finding.endLine, startColumn: finding.column };
    if (finding.severity === 'error') core.error(message, properties);
    else if (finding.severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  },
};

function adapter(env: NodeJS.ProcessEnv, write: (text: string) => void): Host {
  const redactor = new Redactor();
  const runner = new GitHubRunner(env, redactor, write);
  return {
    info: (text) => runner.info(text),
    warning: (text) => runner.warning(text),
    debug: (text) => runner.debug(text),
    group: async (title, body) => runner.group(title, async () => body()),
    setOutput: (name, value) => runner.setOutput(name, value),
    saveState: (name, value) => runner.saveState(name, value),
    exportVariable: (name, value) => runner.exportVariable(name, value),
    summary: async (markdown) => runner.appendSummary(markdown),
    // A value found in output: registered with the runner's masker, line by line (maskFound takes single lines, as the runner masks them).
    mask: (value) => {
      for (const line of value.split(/\r?\n/)) redactor.maskFound(line.trim());
    },
    annotation: (finding) => runner.annotation(formatAnnotation(finding)),
  };
}

let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  saved = { ...process.env };
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

/** Runs a scenario through one side with fresh runner files (or none), capturing stdout. */
async function drive(side: 'toolkit' | 'adapter', scenario: (host: Host) => Promise<void> | void, withFiles = true): Promise<Written> {
  const dir = mkdtempSync(join(tmpdir(), `gates-differential-${side}-`));
  const env: NodeJS.ProcessEnv = {};
  for (const name of FILES) {
    delete process.env[name];
    if (!withFiles && name !== 'GITHUB_STEP_SUMMARY') continue;
    env[name] = join(dir, name);
    writeFileSync(env[name]!, '');
  }
  let stdout = '';
  const original = process.stdout.write;
  const capture = (text: string | Uint8Array) => ((stdout += typeof text === 'string' ? text : Buffer.from(text).toString('utf8')), true);
  try {
    if (side === 'toolkit') {
      Object.assign(process.env, env);
      process.stdout.write = capture as typeof process.stdout.write;
      await scenario(toolkit);
    } else {
      await scenario(adapter(env, (text) => void capture(text)));
    }
  } finally {
    process.stdout.write = original;
  }
  const files: Record<string, string> = {};
  for (const name of FILES) if (env[name]) files[name] = readFileSync(env[name]!, 'utf8');
  return { stdout: normalise(stdout), files: Object.fromEntries(Object.entries(files).map(([name, text]) => [name, normalise(text)])) };
}

const normalise = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>');

async function expectSameBytes(scenario: (host: Host) => Promise<void> | void, withFiles = true): Promise<Written> {
  const expected = await drive('toolkit', scenario, withFiles);
  const actual = await drive('adapter', scenario, withFiles);
  expect(actual).toEqual(expected);
  return actual;
}

const AWKWARD = ['plain', '', '100% done', 'a\r\nb\nc\r', 'trailing %25 and %0A literally', 'key=value, with: colons', 'ünïcödé ✓ \u2028 tab\there'];

describe('the runner adapter writes what @actions/core writes', () => {
  test.each(AWKWARD)('log lines, warnings, debug lines and groups: %j', async (text) => {
    await expectSameBytes(async (host) => {
      host.info(`line: ${text}`);
      host.warning(text);
      host.debug(text);
      await host.group(`group ${text}`, () => host.info('inside'));
    });
  });

  test.each(AWKWARD)('outputs, state and env through the file commands, with delimiter-like and multi-line values: %j', async (text) => {
    const written = await expectSameBytes((host) => {
      host.setOutput('result', text);
      host.setOutput('multi-line', `first\n${text}\nlast\n`);
      host.setOutput('heredoc-like', `x<<EOF\n${text}\nEOF`);
      host.saveState('phase', text);
      host.exportVariable('GATES_VALUE', text);
    });
    expect(written.files.GITHUB_OUTPUT).toContain('result<<ghadelimiter_<uuid>\n');
  });

  test('without the runner files, outputs and state fall back to the older workflow commands, escaped alike', async () => {
    const written = await expectSameBytes((host) => {
      host.setOutput('odd name,with:stuff', 'value %\r\n,:');
      host.saveState('phase', 'post\nrun');
    }, false);
    expect(written.stdout).toContain('::set-output name=odd name%2Cwith%3Astuff::value %25%0D%0A,:\n');
  });

  test('a job summary is appended with a line end', async () => {
    await expectSameBytes(async (host) => {
      await host.summary('## verdict\n\n| a | b |\n|---|---|\n| 1% | x,y |');
      await host.summary('second part');
    });
  });

  test('annotations: properties in the toolkit order, `%`, CR, LF, `:` and `,` escaped in properties and message', async () => {
    await expectSameBytes((host) => {
      host.annotation({ ruleId: 'unpinned-uses', severity: 'error', message: 'uses: a/b@v1, not pinned\r\n100%', fixHint: 'pin it: a,b', file: 'dir:with,odd%/ci.yml', line: 3, endLine: 4, column: 15 });
      host.annotation({ ruleId: 'stale-sla', severity: 'warning', message: 'no file', file: '.github/gates-perf.yml', line: 12 });
      host.annotation({ ruleId: 'note:rule,x', severity: 'note', message: 'no location' });
    });
  });

  test('the error annotation reportError writes has the toolkit bytes too', async () => {
    const expected = await drive('toolkit', () => core.error('Config is bad: x, y\n Hint 50%', { title: 'GATES_E_CONFIG_INVALID', file: '.github/gates.yml', startLine: 4, startColumn: 7 }));
    expect(formatCommand('error', { title: 'GATES_E_CONFIG_INVALID', file: '.github/gates.yml', line: 4, col: 7 }, 'Config is bad: x, y\n Hint 50%') + '\n').toBe(expected.stdout);
  });

  test('a masked value: the same add-mask command for a single-line secret', async () => {
    await expectSameBytes((host) => host.mask('s3cr%t,va:lue-with-ünïcode'));
  });

  test('a multi-line masked value hides each of its lines in the log the runner shows, as the toolkit command does', async () => {
    const secret = 'first-secret-line\n  second-secret-line  \nthird-secret-line';
    const shown = async (side: 'toolkit' | 'adapter') => {
      const { stdout } = await drive(side, (host) => host.mask(secret));
      return new RunnerLog().render(`${stdout}x first-secret-line y second-secret-line z third-secret-line\n`);
    };
    expect(await shown('adapter')).toBe(await shown('toolkit'));
    expect(await shown('adapter')).toBe('x *** y *** z ***\n');
  });
});

describe('inputs are read as @actions/core reads them', () => {
  const read = (value: string) => {
    process.env.INPUT_SAMPLE_INPUT = value;
    return new InputReader({ INPUT_SAMPLE_INPUT: value });
  };

  test.each(['plain', '  padded  ', '\tx y\t', '', '   ', 'a\nb', ' line one \n line two \n'])('getInput (trimmed): %j', (value) => {
    expect(read(value).string('sample input') ?? '').toBe(core.getInput('sample input'));
  });

  test.each(['a\nb\nc', '  a  \n\n  b  \n', 'a\r\nb\r\n', 'reports/**/*.{xml,trx}\nother, with comma', 'single'])('getMultilineInput: %j', (value) => {
    expect(read(value).list('sample input')).toEqual(core.getMultilineInput('sample input'));
  });

  test('getMultilineInput keeps a line of spaces as an empty entry; gates drops it (an empty path matches nothing)', () => {
    const reader = read('a\n   \nb');
    expect(core.getMultilineInput('sample input')).toEqual(['a', '', 'b']);
    expect(reader.list('sample input')).toEqual(['a', 'b']);
  });

  test.each(['true', 'True', 'TRUE', ' true ', 'false', 'False', 'FALSE', '\nfalse\n'])('getBooleanInput accepts the YAML 1.2 core booleans: %j', (value) => {
    expect(read(value).boolean('sample input', !core.getBooleanInput('sample input'))).toBe(core.getBooleanInput('sample input'));
  });

  test.each(['yes', 'on', '1', 'tRue', 'no', 'off', '0', 'y'])('getBooleanInput refuses anything else, and so does gates (exit 2 naming the input): %j', (value) => {
    const reader = read(value);
    expect(() => core.getBooleanInput('sample input')).toThrow(/YAML 1.2 "Core Schema"/);
    expect(() => reader.boolean('sample input', false)).toThrow(GatesError);
  });

  test('an empty boolean: the toolkit throws; gates uses the declared default, which the runner delivers anyway unless a step passes ""', () => {
    const reader = read('');
    expect(() => core.getBooleanInput('sample input')).toThrow(TypeError);
    expect(reader.boolean('sample input', true)).toBe(true);
  });
});
