import { basename, isAbsolute, join, resolve } from 'node:path';
import { containedDirectory, describeRefusal, discoverFiles, globMatcher, isInside, isTemporaryName, markdownText, nothingToCheckRule, refusalOf, statePath, writeReportFile, type ActionDefinition, type Redactor } from '@gates/core';
import type { FileOutcome } from './files/file-outcome.js';
import { scrubFile } from './files/scrub-file.js';
import { parseSecretsInput } from './policy/known-secrets.js';
import { loadRedactPolicy, type RedactPolicy } from './policy/redact-policy.js';
import { redactionFindings, redactionRules } from './report/redaction-findings.js';
import { renderRedactionSummary, totalsOf } from './report/redaction-summary.js';
import { activeRules } from './rules/active-rules.js';
import { BUILTIN_RULES } from './rules/builtin-rules.js';
import { compileRules } from './rules/compile-rules.js';
import type { PatternHit } from './rules/pattern-matcher.js';
import type { ScrubEngine } from './scrub/scrub-engine.js';
import { SecretScanner } from './scrub/secret-scanner.js';

export const redactLogs: ActionDefinition = {
  name: 'redact-logs',
  description: 'Removes secrets from logs and artifacts before upload: known values in every encoding, and credential patterns.',
  rules: [...redactionRules(compileRules(BUILTIN_RULES, []), false), nothingToCheckRule('redact-logs')],
  async run({ inputs, env, workspace, runner, redactor, stateRoot }) {
    const refused: string[] = [];
    const policy = await loadRedactPolicy(inputs, workspace);
    const replacement = inputs.string('replacement') ? inputs.enumeration('replacement', ['mask', 'rule-id'] as const, 'mask') : policy.replacement;
    const consider = (label: string, value: string) => {
      const refusal = refusalOf(value, policy.minSecretLength) ?? redactor.tryAddSecret(value);
      if (refusal) refused.push(`${label}: ${describeRefusal(refusal, policy.minSecretLength)}`);
    };
    for (const secret of parseSecretsInput(inputs.raw('secrets'))) consider(secret.label, secret.value);
    const fromEnv = globMatcher(policy.envPatterns);
    for (const [name, value] of Object.entries(env)) if (value && fromEnv(name) && !name.startsWith('INPUT_')) consider(`env ${name}`, value);
    for (const label of refused) runner.warning(`${label}; not masked (masking it would mangle the log and protect nothing).`);

    const failOnFind = inputs.boolean('fail-on-find', false);
    const rules = activeRules(policy);
    inputs.required('paths');
    const patterns = inputs.list('paths');
    const outputDir = inputs.string('output-dir');
    const output = outputDir ? outputLocation(workspace, outputDir) : undefined;
    // Temporary files (this run's, another run's, or a killed run's) are never scrubbed as logs.
    const discovery = discoverFiles(patterns, workspace, { exclude: outputDir ? [`${outputDir.replace(/\/$/, '')}/**`] : [], ignore: (path) => isTemporaryName(basename(path)) });

    const masks = new MaskRegistry(redactor, policy);
    const engine: ScrubEngine = { scanner: new SecretScanner(redactor.forms(), rules), replacement, binary: policy.binary, onPatternValue: (hit) => masks.add(hit) };
    runner.debug(`searching for ${engine.scanner.literalCount} encoded form(s) of ${redactor.size} known value(s) and ${rules.length} pattern rule(s) in ${discovery.files.length} file(s)`);
    // A path through a link out of the workspace was asked for and not scrubbed: refused, so the step fails.
    const outcomes: FileOutcome[] = discovery.skipped.map((skip) => ({ display: skip.display, kind: 'text', status: skip.outside ? 'refused' : 'skipped', reason: skip.reason, occurrences: new Map() }));
    for (const file of discovery.files) {
      const destination = output ? join(output.path, isAbsolute(file.display) ? file.relative : file.display) : file.path;
      const root = output ? output.root : file.root;
      outcomes.push(await scrubFile(file.path, destination, file.display, { engine, root, archives: policy.archives, maxFileBytes: policy.maxFileBytes }));
    }

    const totals = totalsOf(outcomes);
    const reportFile = await writeReportFile(statePath(stateRoot, 'reports', 'redact-logs'), 'redaction.json', redactionReport(outcomes, refused, discovery.unmatched), redactor);
    return {
      findings: redactionFindings(outcomes, { failOnFind, allowSkipped: policy.allowSkipped }),
      // Nothing matched: the logs were never written, or the globs are wrong; "no secret found" would be a lie.
      nothingToCheck: outcomes.length === 0 ? `no file matched ${patterns.join(', ')}` : undefined,
      rules: [...redactionRules(rules, failOnFind), nothingToCheckRule('redact-logs')],
      // Found secrets (and, unless the policy allows it, skipped files) fail the gate only with fail-on-find; a known value left in a file always does.
      failOn: 'error',
      outputs: { 'redacted-count': String(totals.redacted), 'files-changed': String(totals.filesChanged), 'report-file': reportFile },
      notes: discovery.unmatched.length > 0 ? [`${discovery.unmatched.length} path pattern(s) matched no file.`] : undefined,
      summaryAppendix: renderRedactionSummary(outcomes, { knownValues: redactor.size, refused, unmatched: discovery.unmatched, masks: masks.count, outputDir }, markdownText(redactor)),
      ledgerEvent: { redacted: totals.redacted, filesChanged: totals.filesChanged },
    };
  },
};

/**
 * Where scrubbed copies go, and the directory they must stay inside: the
 * workspace when output-dir is in it (checked now, so a committed link named
 * like the output directory fails the step before anything is written),
 * otherwise output-dir itself, which the workflow author named.
 */
function outputLocation(workspace: string, outputDir: string): { path: string; root: string } {
  const path = resolve(workspace, outputDir);
  if (!isInside(path, workspace)) return { path, root: path };
  containedDirectory(workspace, path);
  return { path, root: workspace };
}

/** Registers values found by pattern rules with the runner's masker (via the redactor), once each, up to the policy's cap. */
class MaskRegistry {
  private readonly seen = new Set<string>();

  constructor(
    private readonly redactor: Redactor,
    private readonly policy: RedactPolicy,
  ) {}

  get count(): number {
    return this.seen.size;
  }

  add(hit: PatternHit): void {
    if (this.seen.size >= this.policy.maxMasks) return;
    const value = Buffer.from(hit.value, 'latin1').toString('utf8');
    if (this.seen.has(value) || refusalOf(value, this.policy.minSecretLength)) return;
    this.seen.add(value);
    this.redactor.addFound(value);
  }
}

function redactionReport(outcomes: readonly FileOutcome[], refused: string[], unmatched: string[]) {
  return {
    files: outcomes.map((outcome) => ({
      file: outcome.display,
      kind: outcome.kind,
      status: outcome.status,
      replacements: outcome.replacements ?? 0,
      reason: outcome.reason,
      entries: outcome.entries,
      knownLeft: outcome.knownLeft,
      rules: Object.fromEntries([...outcome.occurrences].map(([rule, occurrence]) => [rule, occurrence])),
    })),
    refused,
    unmatched,
  };
}
