import { neutraliseCommands, Redactor, TerminalRunner } from '@gates/core';

/** Global flags every command accepts, and the terminal they shape. */
export interface GlobalFlags {
  json: boolean;
  color: boolean;
  debug: boolean;
}

export interface CliIo {
  flags: GlobalFlags;
  redactor: Redactor;
  out: (text: string) => void;
  err: (text: string) => void;
  runner: () => TerminalRunner;
}

export function createIo(flags: GlobalFlags, out = (t: string) => void process.stdout.write(t), err = (t: string) => void process.stderr.write(t)): CliIo {
  const redactor = new Redactor();
  // Inside a workflow job both streams are the job log: a line of text must not become a workflow command.
  const inert = process.env.GITHUB_ACTIONS === 'true' ? neutraliseCommands : (text: string) => text;
  const safeOut = (text: string) => out(inert(redactor.redact(text)));
  const safeErr = (text: string) => err(inert(redactor.redact(text)));
  return {
    flags,
    redactor,
    out: safeOut,
    err: safeErr,
    // In --json mode stdout carries only the JSON document.
    runner: () => new TerminalRunner(redactor, { debug: flags.debug, color: flags.color, quiet: flags.json }, safeOut, safeErr),
  };
}
