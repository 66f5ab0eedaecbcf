import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownText, refusalOf, Redactor, runAction, type ActionDefinition, type Runner } from '@gates/core';
import { channelsOf, CheckCounter, filesUnder, findLeaks } from './leak-search.js';
import { plantedAppendices, plantedReport, type Plant } from './planted-renderings.js';
import { foreignElements } from './rendered-markdown.js';

/**
 * A runner that redacts only what the Runner contract says it redacts: raw
 * text (log lines, outputs). What arrives already rendered (annotation
 * commands, summary Markdown) is kept exactly as given, so a secret in it
 * proves the renderer escaped before it redacted: the runner's own redaction
 * is a second line of defence, and this test does not let it help.
 */
class RenderedOutputRunner implements Runner {
  readonly kind = 'github' as const;
  readonly outputs: Record<string, string> = {};
  log = '';
  summary = '';

  constructor(private readonly redactor: Redactor) {}

  info(line: string): void {
    this.log += `${this.redactor.redact(line)}\n`;
  }
  block(text: string): void {
    this.info(text);
  }
  warning(line: string): void {
    this.info(line);
  }
  debug(): void {}
  annotation(command: string): void {
    this.log += `${command}\n`;
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.info(title);
    return body();
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = this.redactor.redact(value);
  }
  saveState(): void {}
  exportVariable(): void {}
  appendSummary(markdown: string): void {
    this.summary += `${markdown}\n`;
  }
}

/** Every Markdown and HTML metacharacter, what workflow commands, URLs and JSON escape, letters and digits. */
const ALPHABET = fc.constantFrom(...'\\`*_{}[]()#+-.!|~<>&"\':@$%,;=/? aZ7é'.split(''), 'www.', 'http://');
const SECRETS = fc
  .array(ALPHABET, { minLength: 8, maxLength: 30 })
  .map((pieces) => pieces.join(''))
  .filter((secret) => /[aZ7]/.test(secret) && secret.trim() === secret && refusalOf(secret, 4) === undefined);

const counter = new CheckCounter();
afterAll(() => console.log(counter.report('secret rendering property (random secrets × every rendered field × every output)')));

describe('no rendered output holds a secret, in any escaping, whatever its characters (issue 22)', () => {
  test('random secrets planted in every string field the core and each action render', async () => {
    await fc.assert(
      fc.asyncProperty(SECRETS, async (secret) => {
        const root = mkdtempSync(join(tmpdir(), 'gates-property-'));
        try {
          const redactor = new Redactor();
          const runner = new RenderedOutputRunner(redactor);
          const plant: Plant = (field) => `${field} <${secret}> end`;
          let appendices: Record<string, string> = {};
          const definition: ActionDefinition = {
            name: 'probe',
            description: 'plants a secret in everything it renders',
            rules: [],
            async run(context) {
              appendices = plantedAppendices(plant, markdownText(context.redactor), context.redactor);
              context.runner.info(plant('log.info'));
              context.runner.block(plant('log.block'));
              context.runner.warning(plant('log.warning'));
              const { findings, rules, notes } = plantedReport(plant);
              return { findings, rules, notes, outputs: { planted: plant('output') }, summaryAppendix: Object.values(appendices).join('\n\n'), ledgerEvent: { planted: plant('ledger') } };
            },
          };
          const env = { GITHUB_WORKSPACE: join(root, 'workspace'), MEMORY_STORAGE_ROOT: join(root, 'state'), GATES_TOKEN: secret, GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SHA: 'f'.repeat(40), GITHUB_SERVER_URL: 'https://github.com' };
          expect(await runAction(definition, { env, runner, redactor })).toBe(1);
          const files: Record<string, string> = {};
          for (const file of filesUnder(join(root, 'state'))) files[file.slice(root.length + 1)] = readFileSync(file, 'utf8');
          files['outputs'] = JSON.stringify(runner.outputs);
          const channels = [...channelsOf({ stdout: runner.log, stderr: '', files, summary: runner.summary }), ...Object.entries(appendices).map(([name, text]) => ({ name: `appendix ${name}`, views: [text] }))];
          expect(findLeaks(secret, channels, counter, 'field × channel × encoding')).toEqual([]);
          // The planted text is still shown (redacted), and forms nothing in the rendered summary.
          expect(runner.summary).toContain('perf.name0');
          counter.add('rendered summary free of foreign elements');
          expect(foreignElements(runner.summary)).toEqual([]);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 80 },
    );
  });
});
