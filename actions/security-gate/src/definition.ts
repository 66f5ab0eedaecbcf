import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { discoverFiles, GatesError, markdownText, ruleDocsUrl, statePath, writeReportFile, type ActionDefinition, type Finding, type RuleMeta } from '@gates/core';
import { readResults, type ResultFile, type ResultFormat } from './ingest/read-results.js';
import { blockPolicyFrom, judge, knownExploitedIds } from './judge/block-policy.js';
import { RuleTable, toFinding } from './judge/to-finding.js';
import { securityMetrics } from './report/security-metrics.js';
import { countPerScanner, describePolicy, renderScannerSection } from './report/security-summary.js';

export const SECURITY_GATE_RULES: RuleMeta[] = [
  { id: 'scanner-result', description: 'A scanner result judged against the block conditions; its rule id is the scanner\'s own', severity: 'error', docs: ruleDocsUrl('security-gate', 'scanner-result') },
];

export const securityGate: ActionDefinition = {
  name: 'security-gate',
  description: 'Scanner results (SARIF 2.1.0, npm audit, pip-audit, osv-scanner, Trivy) against block conditions and waivers.',
  rules: SECURITY_GATE_RULES,
  secretInputs: ['token'],
  async run({ inputs, workspace, config, runner, redactor, stateRoot }) {
    inputs.required('results');
    const policy = blockPolicyFrom(config.values);
    const files = resultFiles(inputs.list('results'), workspace, 'results');
    const baseInput = inputs.list('base-results');
    const base = baseInput.length > 0 ? await baseFingerprints(resultFiles(baseInput, workspace, 'base-results'), workspace) : undefined;
    const kevPath = inputs.string('known-exploited');
    const kev = kevPath ? knownExploitedIds(await readJson(resolve(workspace, kevPath), kevPath), kevPath) : new Set<string>();

    const rules = new RuleTable();
    const findings: Finding[] = [];
    let meetingConditions = 0;
    const sources = new Map<string, { formats: Set<ResultFormat>; files: Set<string> }>();
    for (const file of files) {
      const { format, tools } = await readResults(file, workspace, (result) => {
        const judgement = judge(result, policy, kev, base);
        rules.add(result, judgement.blocks);
        if (judgement.blocks) meetingConditions++;
        findings.push(toFinding(result, judgement));
      });
      // A file with no results still counts for its scanner: a clean scan is a result.
      for (const tool of tools) {
        const source = sources.get(tool) ?? { formats: new Set(), files: new Set() };
        source.formats.add(format);
        source.files.add(file.display);
        sources.set(tool, source);
      }
    }
    runner.debug(`security-gate: ${findings.length} result(s) from ${files.length} file(s), ${meetingConditions} meeting a block condition before waivers`);
    const policyLine = describePolicy(policy, base !== undefined, kevPath ? kev.size : undefined);
    return {
      findings,
      rules: [...SECURITY_GATE_RULES, ...rules.list()],
      // Blocking results are errors and fail the gate whatever `fail-on` says: security decisions fail closed.
      failOn: 'error',
      async afterWaivers(waived, waivers) {
        const blocking = waived.filter((finding) => finding.severity === 'error' && !finding.waived).length;
        const waivedCount = waived.filter((finding) => finding.waived).length;
        if (blocking > 0) {
          runner.annotation(`::error title=security block without waiver::${blocking} finding(s) meet the block conditions and no waiver covers them. See the job summary.`, `error   security block without waiver: ${blocking} finding(s) meet the block conditions and no waiver covers them`);
        }
        const metrics = securityMetrics(blocking, waivedCount, waivers);
        const metricsFile = await writeReportFile(statePath(stateRoot, 'reports', 'security-gate'), 'metrics.json', metrics, redactor);
        return {
          outputs: { blocked: String(blocking > 0), 'blocking-count': String(blocking), 'waived-count': String(waivedCount), 'metrics-file': metricsFile },
          notes: blocking > 0 ? [`⛔ Security block without waiver: ${blocking} finding(s) meet the block conditions and no waiver covers them.`] : undefined,
          summaryAppendix: renderScannerSection(countPerScanner(waived, sources), policyLine, markdownText(redactor)),
          ledgerEvent: { blocked: blocking > 0, blocking, waived: waivedCount },
        };
      },
    };
  },
};

/** The files the patterns name; none at all is a config error, never a pass. */
function resultFiles(patterns: string[], workspace: string, input: string): ResultFile[] {
  const discovery = discoverFiles(patterns, workspace);
  if (discovery.files.length === 0) {
    throw new GatesError('GATES_E_RESULTS_MISSING', { detail: `the \`${input}\` patterns (${patterns.join(', ')}) match no file` });
  }
  if (discovery.unmatched.length > 0) {
    throw new GatesError('GATES_E_RESULTS_MISSING', { detail: `\`${input}\` pattern(s) ${discovery.unmatched.join(', ')} match no file (a scan that wrote nothing is not a clean scan)` });
  }
  return discovery.files.map((file) => ({ path: file.path, display: file.display }));
}

async function baseFingerprints(files: ResultFile[], workspace: string): Promise<Set<string>> {
  const fingerprints = new Set<string>();
  for (const file of files) await readResults(file, workspace, (result) => fingerprints.add(result.fingerprint));
  return fingerprints;
}

async function readJson(path: string, display: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new GatesError('GATES_E_RESULTS_INVALID', { file: display, reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GatesError('GATES_E_RESULTS_INVALID', { file: display, reason: `it is not valid JSON: ${(error as Error).message}` });
  }
}
