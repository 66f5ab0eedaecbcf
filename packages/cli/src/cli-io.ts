import { neutraliseCommands, Redactor, TerminalRunner } from '@gates/core';
import { createStyle, type Style } from './terminal/style.js';

/** Global flags every command accepts, and the terminal they shape. */
export interface GlobalFlags {
  json: boolean;
  color: boolean;
  debug: boolean;
}

/** A runner for one action whose log is kept, so the CLI can print the verdict first and the log after it. */
export interface CapturedRun {
  runner: TerminalRunner;
  log: () => string;
}

export interface CliIo {
  flags: GlobalFlags;
  style: Style;
  redactor: Redactor;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Warnings and debug lines go to stderr as they happen; the log is kept for the caller to print. */
  capture: () => CapturedRun;
}

export function createIo(flags: GlobalFlags, out = (t: string) => void process.stdout.write(t), err = (t: string) => void process.stderr.write(t)): CliIo {
  const redactor = new Redactor();
  // Inside a workflow job both streams are the job log: a line of text must not become a workflow command.
  const inert = process.env.GITHUB_ACTIONS === 'true' ? neutraliseCommands : (text: string) => text;
  const safeOut = (text: string) => out(inert(redactor.redact(text)));
  const safeErr = (text: string) => err(inert(redactor.redact(text)));
  return {
    flags,
    style: createStyle(flags.color),
    redactor,
    out: safeOut,
    err: safeErr,
    capture: () => {
      let log = '';
      // In --json mode stdout carries only the JSON document: the log is not kept.
      const runner = new TerminalRunner(redactor, { debug: flags.debug, color: flags.color, quiet: flags.json }, (text) => (log += text), safeErr);
      return { runner, log: () => log };
    },
  };
}
