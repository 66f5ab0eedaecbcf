import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readAsRunner } from './runner-log.js';
import { renderGfm, visibleText } from './rendered-markdown.js';

/**
 * The forms a secret can leak in, written here independently of the core's
 * encoders (the code under test): what a reader, a tool or a decoder would
 * turn back into the secret.
 */
export const ENCODINGS: Readonly<Record<string, (secret: string) => string[]>> = {
  raw: (secret) => [secret],
  // Every Markdown escaping a renderer might apply: the specials gates escaped before, or every ASCII punctuation character.
  'markdown-escaped': (secret) => [secret.replace(/[\\`*_[\]|~]/g, '\\$&').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'), secret.replace(/[!-/:-@[-`{-~]/g, '\\$&')],
  'html-entities': (secret) => [
    secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
  ],
  json: (secret) => [JSON.stringify(secret).slice(1, -1)],
  url: (secret) => [encodeURIComponent(secret)],
  'workflow-command': (secret) => [secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'), secret.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C')],
  base64: (secret) => [Buffer.from(secret).toString('base64').replace(/=+$/, '')],
  hex: (secret) => [Buffer.from(secret).toString('hex')],
};

/** One place output can be read from, with the views a reader or a tool gets of it. */
export interface Channel {
  name: string;
  views: string[];
}

/** Every JSON string (keys too), for files that are JSON: what a tool reading the file gets. */
function jsonStrings(text: string): string | undefined {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings.push(key), walk(item);
  };
  // A JSON document, or JSON Lines (the ledger).
  for (const documents of [[text], text.split('\n').filter(Boolean)]) {
    try {
      for (const document of documents) walk(JSON.parse(document));
      return strings.join('\n');
    } catch {
      strings.length = 0;
    }
  }
  return undefined;
}

export function filesUnder(directory: string): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  walk(directory);
  return files;
}

export interface StepOutput {
  stdout: string;
  stderr: string;
  /** The runner's files and everything else the step wrote, by path. */
  files: Record<string, string>;
  summary?: string;
}

/**
 * The channels of one step: the log as the runner shows it (commands run,
 * masks applied), stderr, the job summary raw and rendered, and every file
 * written (JSON files also as the strings a tool parses out of them).
 */
export function channelsOf(step: StepOutput): Channel[] {
  const log = readAsRunner(step.stdout);
  const channels: Channel[] = [
    { name: 'log', views: [log.shown.join('\n'), log.commands.filter((command) => command.command !== 'add-mask').map((command) => `${Object.values(command.properties).join(' ')} ${command.data}`).join('\n')] },
    { name: 'stderr', views: [step.stderr] },
  ];
  if (step.summary !== undefined) channels.push({ name: 'summary', views: [step.summary, visibleText(renderGfm(step.summary))] });
  for (const [path, text] of Object.entries(step.files)) {
    const parsed = jsonStrings(text);
    channels.push({ name: `file ${path}`, views: parsed === undefined ? [text] : [text, parsed] });
  }
  return channels;
}

export interface Leak {
  channel: string;
  encoding: string;
  excerpt: string;
}

/** Tallies of checks made, by kind, for the suite's closing report. */
export class CheckCounter {
  readonly counts = new Map<string, number>();

  add(kind: string, count = 1): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + count);
  }

  report(title: string): string {
    const total = [...this.counts.values()].reduce((sum, count) => sum + count, 0);
    return `${title}: ${total} checks\n${[...this.counts].map(([kind, count]) => `  ${kind}: ${count}`).join('\n')}`;
  }
}

/** Searches every view of every channel for every encoding of the secret; counts each (channel, encoding) pair as one check. */
export function findLeaks(secret: string, channels: readonly Channel[], counter?: CheckCounter, kind = 'leak'): Leak[] {
  const leaks: Leak[] = [];
  for (const channel of channels) {
    for (const [encoding, encode] of Object.entries(ENCODINGS)) {
      counter?.add(kind);
      for (const form of new Set(encode(secret))) {
        if (form.length < 4) continue;
        const view = channel.views.find((text) => text.includes(form));
        if (view === undefined) continue;
        const at = view.indexOf(form);
        leaks.push({ channel: channel.name, encoding, excerpt: view.slice(Math.max(0, at - 40), at + form.length + 10) });
        break;
      }
    }
  }
  return leaks;
}
