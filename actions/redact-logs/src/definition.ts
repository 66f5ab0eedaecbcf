import { isAbsolute, join, resolve } from 'node:path';
import { describeRefusal, discoverFiles, globMatcher, markdownText, refusalOf, statePath, writeReportFile, type ActionDefinition } from '@gates/core';
import type { FileOutcome } from './files/file-outcome.js';
import { isLeftoverTemporary } from './files/atomic-target.js';
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
  description: 'Removes secrets from logs and artifacts before upload: known values in every encoding, and credential patterns.',
  rules: redactionRules(compileRules(BUILTIN_RULES, []), false),
  async run({ inputs, env, workspace, runner, redactor, stateRoot }) {
    const refused: string[] = [];
    const policy = await loadRedactPolicy(workspace, inputs.string('policy'));
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
    const discovery = discoverFiles(patterns, workspace, { exclude: outputDir ? [`${outputDir.replace(/\/$/, '')}/**`] : [], ignore: isLeftoverTemporary });

    const masks = new MaskRegistry(policy.maxMasks, policy.minSecretLength);
    const allowed = new AllowedFinds();
    const scanner = new SecretScanner(redactor.forms(), rules, { decode: policy.decode, inlineAllow: policy.inlineAllow });
    const engine: ScrubEngine = { scanner, replacement, binary: policy.binary, onPatternValue: (hit) => masks.offer(hit), onAllowed: (find) => allowed.add(find) };
    runner.debug(`searching for ${scanner.literalCount} encoded form(s) of ${redactor.size} known value(s) and ${rules.length} pattern rule(s) in ${discovery.files.length} file(s)`);
    const outcomes: FileOutcome[] = discovery.skipped.map((skip) => ({ display: skip.display, kind: 'text', status: 'skipped', reason: skip.reason, occurrences: new Map() }));
    for (const file of discovery.files) {
      masks.file = allowed.file = scanner.file = file.display;
      const destination = outputDir ? join(resolve(workspace, outputDir), isAbsolute(file.display) ? file.relative : file.display) : file.path;
      outcomes.push(await scrubFile(file.path, destination, file.display, { engine, archives: policy.archives, maxFileBytes: policy.maxFileBytes }));
    }

    const totals = totalsOf(outcomes);
    const findings = redactionFindings(outcomes, { failOnFind, allowSkipped: policy.allowSkipped });
    const ruleMetas = redactionRules(rules, failOnFind);
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
