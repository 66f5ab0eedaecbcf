import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { redactedReportText } from '@gates/core';
import { generateRepositoryWorkflows } from '../../bench/generate-workflows.mjs';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

interface ReportedFinding {
  ruleId: string;
  message: string;
  file?: string;
  line?: number;
}


// A repository shaped like the workflows of large projects (75 files, ~200 tag references to ~20 actions, SHA pins, installs).
describe('pin-check summary on a large repository', () => {
  test('stays under 40 KB, leads with the counts, and every finding is reachable from its row', async () => {
    const workspace = makeWorkspace();
    generateRepositoryWorkflows(workspace, 75);
    const result = await runBundle('pin-check', { workspace, inputs: { token: '' } });
    expect(result.exitCode).toBe(1);
    const findings = (JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8')) as { findings: ReportedFinding[] }).findings;
    expect(findings.length).toBeGreaterThan(200);

    expect(Buffer.byteLength(result.summary)).toBeLessThan(40 * 1024);
    expect(result.summary.indexOf('| Rule | Findings | Distinct |')).toBeLessThan(result.summary.indexOf('| Severity | Rule | Finding |'));
    const rows = result.summary.split('\n').filter((line) => line.startsWith('| 🔴') || line.startsWith('| 🟠') || line.startsWith('| 🔵'));
    for (const finding of findings) {
      const row = rows.find((candidate) => candidate.includes(`<code>${finding.ruleId}</code> | ${redactedReportText.text(finding.message)}`));
      expect(row).toBeDefined();
      // The place: a link to the line, or the file with its line numbers in the folded list.
      expect(row).toMatch(new RegExp(`<code>${finding.file!.replace(/[.]/g, '\\.')}(:${finding.line}</code>|</code>: ([0-9, ]+, )?${finding.line}(,|<br>|</details>))`));
    }
    // The few annotations go to unpinned actions first.
    expect(result.annotations.filter((a) => a.command === 'error').every((a) => a.properties.title === 'unpinned-uses')).toBe(true);
  });
});
