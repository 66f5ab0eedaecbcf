import type { Redactor } from '@gates/core';
import type { PatternHit } from '../rules/pattern-matcher.js';
import { maskRefusalOf, type MaskRefusal } from './mask-strength.js';

/** Finds not given to the runner's masker, by rule, file and reason (never the value). */
export interface UnmaskedFinds {
  rule: string;
  file: string;
  reason: MaskRefusal;
  count: number;
}

/**
 * Collects values pattern rules found, to register with the runner's masker
 * at the end of the run: only then are the suite's own outputs and summary
 * known, and a value that is part of them must not be masked (it would turn
 * `verdict: pass` into `***`). Each value is checked as known values are
 * (length, variety, placeholder, word); at most `limit` are kept, so memory
 * stays bounded whatever the files hold.
 */
export class MaskRegistry {
  /** The file being scrubbed, for the report (files are scrubbed one at a time). */
  file = '';
  private readonly pending = new Map<string, { rule: string; file: string }>();
  private readonly unmasked = new Map<string, UnmaskedFinds>();
  private registered = 0;

  constructor(
    private readonly limit: number,
    private readonly minLength: number,
  ) {}

  get count(): number {
    return this.registered;
  }

  get refused(): UnmaskedFinds[] {
    return [...this.unmasked.values()];
  }

  offer(hit: PatternHit): void {
    const value = Buffer.from(hit.value, 'latin1').toString('utf8');
    // The runner masks line by line: a key block is masked by its body lines.
    const lines = /[\r\n]/.test(value) ? value.split(/\r?\n/).map((line) => line.trim()).filter((line) => /^[A-Za-z0-9+/=]{16,}$/.test(line)) : [value];
    for (const line of lines) this.consider(line, hit.ruleId);
  }

  /** Registers what is left once the suite's own text is known (lower case: outputs, summary words, file names). */
  register(redactor: Redactor, suiteText: string): void {
    for (const [value, { rule, file }] of this.pending) {
      if (suiteText.includes(value.toLowerCase())) this.refuse(rule, file, 'suite-output');
      else {
        redactor.maskFound(value);
        this.registered++;
      }
    }
    this.pending.clear();
  }

  private consider(value: string, rule: string): void {
    if (this.pending.has(value)) return;
    const refusal = maskRefusalOf(value, this.minLength) ?? (this.pending.size >= this.limit ? 'mask-limit' : undefined);
    if (refusal) this.refuse(rule, this.file, refusal);
    else this.pending.set(value, { rule, file: this.file });
  }

  private refuse(rule: string, file: string, reason: MaskRefusal): void {
    const key = `${rule}\n${file}\n${reason}`;
    const entry = this.unmasked.get(key);
    if (entry) entry.count++;
    else this.unmasked.set(key, { rule, file, reason, count: 1 });
  }
}
