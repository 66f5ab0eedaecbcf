import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { GitHubRunner, neutraliseCommands, Redactor, stopCommandsBlock } from '@gates/core';
import { readAsRunner } from '../adversarial/runner-log.js';

/** Pieces of text that try to become a workflow command when printed. */
const PIECES = fc.constantFrom('a', ' ', '\t', '\u00a0', '\u2003', '\ufeff', '\r', '\n', '\r\n', ':', '::', '#', '##[', ']', 'set-output name=x', '::set-output name=allowed::true', 'add-mask', 'stop-commands', '::stop-commands::tok', '::tok::', '##[set-output name=x;]1', '%0A', 'warning');
const untrusted = fc.array(PIECES, { maxLength: 25 }).map((pieces) => pieces.join(''));

describe('neutraliseCommands', () => {
  test('a :: line start (after any white space, after a lone CR) and ##[ anywhere become visibly inert', () => {
    expect(neutraliseCommands('ok\n::set-output name=a::1\r \t::add-mask::x\nsee ##[error]boom')).toBe('ok\n%3A:set-output name=a::1\r \t%3A:add-mask::x\nsee ##%5Berror]boom');
    expect(neutraliseCommands('plain text: a::b, ok')).toBe('plain text: a::b, ok');
  });

  test('whatever the text, the runner reads no command in it (model of actions/runner)', () => {
    fc.assert(
      fc.property(untrusted, (text) => {
        expect(readAsRunner(`${neutraliseCommands(text)}\n`).commands).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  test('a block between stop-commands and its random token: only those two are commands, the block is shown as it is', () => {
    fc.assert(
      fc.property(untrusted, (text) => {
        const log = readAsRunner(stopCommandsBlock(text));
        expect(log.commands.map((command) => command.command)).toEqual(['stop-commands', log.commands[0]!.data.toLowerCase()]);
        expect(log.shown.slice(1, -1).join('\n')).toBe(text.split(/\r\n|\r|\n/).join('\n'));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('GitHubRunner prints untrusted text inert', () => {
  test('info neutralises every line after redacting it; block wraps it in stop-commands', () => {
    let stdout = '';
    const redactor = new Redactor();
    redactor.addSecret('::s3cr3t-at-line-start');
    const runner = new GitHubRunner({}, redactor, (text) => (stdout += text));
    const afterMasks = stdout.length;
    runner.info('role "x\n::set-output name=allowed::true"\n::s3cr3t-at-line-start');
    runner.block('+ ::stop-commands::pwned\n ::set-output name=verdict::pass');
    runner.warning('still a command after the block');
    const log = readAsRunner(stdout.slice(afterMasks));
    expect(log.commands.map((command) => command.command)).toEqual(['stop-commands', log.commands[0]!.data.toLowerCase(), 'warning']);
    expect(log.shown).toContain('***');
    expect(log.shown).toContain(' ::set-output name=verdict::pass');
  });
});
