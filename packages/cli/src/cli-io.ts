import { Redactor, TerminalRunner } from '@gates/core';

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
  const safeOut = (text: string) => out(redactor.redact(text));
  const safeErr = (text: string) => err(redactor.redact(text));
  return {
    flags,
    redactor,
    out: safeOut,
    err: safeErr,
    // In --json mode stdout carries only the JSON document.
    runner: () => new TerminalRunner(redactor, { debug: flags.debug, color: flags.color, quiet: flags.json }, safeOut, safeErr),
  };
}
