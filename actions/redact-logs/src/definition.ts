import { basename, isAbsolute, join, resolve } from 'node:path';
import { containedDirectory, describeRefusal, discoverFiles, globMatcher, isInside, isTemporaryName, markdownText, nothingToCheckRule, refusalOf, statePath, writeReportFile, type ActionDefinition } from '@gates/core';
import type { FileOutcome } from './files/file-outcome.js';
import { scrubFile } from './files/scrub-file.js';
import { parseSecretsInput } from './policy/known-secrets.js';
import { MaskRegistry } from './masks/mask-registry.js';
import { contextValues, suiteText } from './masks/suite-text.js';
import { loadRedactPolicy } from './policy/redact-policy.js';
import { AllowedFinds } from './report/allowed-finds.js';
import { redactionFindings, redactionRules } from './report/redaction-findings.js';
import { redactionReport } from './report/redaction-report.js';
import { renderRedactionSummary, totalsOf } from './report/redaction-summary.js';
import { activeRules } from './rules/active-rules.js';
import { BUILTIN_RULES } from './rules/builtin-rules.js';
import { compileRules } from './rules/compile-rules.js';
import type { ScrubEngine } from './scrub/scrub-engine.js';
import { SecretScanner } from './scrub/secret-scanner.js';

export const redactLogs: ActionDefinition = {
  name: 'redact-logs',
  // Used only to publish the verdict (publish: status or check).
  secretInputs: ['token'],
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

    const masks = new MaskRegistry(policy.maxMasks, policy.minSecretLength);
    const allowed = new AllowedFinds();
    const scanner = new SecretScanner(redactor.forms(), rules, { decode: policy.decode, inlineAllow: policy.inlineAllow });
    const engine: ScrubEngine = { scanner, replacement, binary: policy.binary, onPatternValue: (hit) => masks.offer(hit), onAllowed: (find) => allowed.add(find) };
    runner.debug(`searching for ${scanner.literalCount} encoded form(s) of ${redactor.size} known value(s) and ${rules.length} pattern rule(s) in ${discovery.files.length} file(s)`);
    // A path through a link out of the workspace was asked for and not scrubbed: refused, so the step fails.
    const outcomes: FileOutcome[] = discovery.skipped.map((skip) => ({ display: skip.display, kind: 'text', status: skip.outside ? 'refused' : 'skipped', reason: skip.reason, occurrences: new Map() }));
    for (const file of discovery.files) {
      masks.file = allowed.file = scanner.file = file.display;
      const destination = output ? join(output.path, isAbsolute(file.display) ? file.relative : file.display) : file.path;
      const root = output ? output.root : file.root;
      outcomes.push(await scrubFile(file.path, destination, file.display, { engine, root, archives: policy.archives, maxFileBytes: policy.maxFileBytes }));
    }

    const totals = totalsOf(outcomes);
    const findings = redactionFindings(outcomes, { failOnFind, allowSkipped: policy.allowSkipped });
    const ruleMetas = [...redactionRules(rules, failOnFind), nothingToCheckRule('redact-logs')];
    const reportDirectory = statePath(stateRoot, 'reports', 'redact-logs');
    const notes = [...(discovery.unmatched.length > 0 ? [`${discovery.unmatched.length} path pattern(s) matched no file.`] : []), ...(policy.gitleaks?.notes ?? [])];
    const summaryNotes = { knownValues: redactor.size, refused, unmatched: discovery.unmatched, outputDir, minSecretLength: policy.minSecretLength, allowed: allowed.count };
    const outputs = { 'redacted-count': String(totals.redacted), 'files-changed': String(totals.filesChanged) };
    // Masks last: a value that is part of the suite's own outputs or summary (`pass`) must not be masked.
    const md = markdownText(redactor);
    masks.register(redactor, suiteText([renderRedactionSummary(outcomes, summaryNotes, md), JSON.stringify({ findings, ruleMetas, outputs, notes }), reportDirectory, ...contextValues(env)]));
    const reportFile = await writeReportFile(reportDirectory, 'redaction.json', redactionReport(outcomes, { refused, unmatched: discovery.unmatched, masks, allowed, gitleaks: policy.gitleaks?.notes }), redactor);
    return {
      findings,
      // Nothing matched: the logs were never written, or the globs are wrong; "no secret found" would be a lie.
      nothingToCheck: outcomes.length === 0 ? `no file matched ${patterns.join(', ')}` : undefined,
      rules: ruleMetas,
      // Found secrets (and, unless the policy allows it, skipped files) fail the gate only with fail-on-find; a known value left in a file always does.
      failOn: 'error',
      outputs: { ...outputs, 'report-file': reportFile },
      notes: notes.length > 0 ? notes : undefined,
      summaryAppendix: renderRedactionSummary(outcomes, { ...summaryNotes, masks: { registered: masks.count, unmasked: masks.refused } }, md),
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
