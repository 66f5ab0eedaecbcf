// A CodeQL-sized SARIF 2.1.0 log written in a stream: one run with 40 rules
// (security-severity, tags) and results with partialFingerprints, a code flow
// of `flowSteps` locations and related locations, as CodeQL writes them for
// dataflow queries. Results are written until the file reaches `megabytes`.
//   node bench/generate-sarif.mjs <path> <megabytes>  → prints {"bytes","results"}
import { closeSync, openSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function generateSarif(path, megabytes, flowSteps = 8) {
  const target = megabytes * 1024 * 1024;
  const fd = openSync(path, 'w');
  const rules = Array.from({ length: 40 }, (_, index) => ({
    id: `js/query-${index}`,
    name: `js/query-${index}`,
    shortDescription: { text: `Query ${index}` },
    fullDescription: { text: `A dataflow query number ${index} over untrusted input.` },
    defaultConfiguration: { enabled: true, level: index % 3 === 0 ? 'error' : 'warning' },
    properties: { tags: ['security', `external/cwe/cwe-0${index % 90 + 10}`], precision: 'high', 'security-severity': String((index % 10) + 0.5) },
  }));
  const head = `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"CodeQL","organization":"GitHub","semanticVersion":"2.19.3","rules":${JSON.stringify(rules)}}},"results":[`;
  let bytes = 0;
  const parts = [head];
  const flush = () => {
    const chunk = Buffer.from(parts.join(''));
    writeSync(fd, chunk);
    bytes += chunk.length;
    parts.length = 0;
  };
  const location = (file, line) => ({ physicalLocation: { artifactLocation: { uri: file, uriBaseId: '%SRCROOT%', index: 0 }, region: { startLine: line, startColumn: 7, endColumn: 31 } } });
  let results = 0;
  while (bytes + 64 < target) {
    const file = `src/module-${results % 997}/file-${results % 13}.js`;
    const line = (results % 400) + 1;
    const steps = Array.from({ length: flowSteps }, (_, step) => ({ location: { ...location(`src/module-${(results + step) % 997}/flow-${step}.js`, line + step), message: { text: `step ${step}` } } }));
    const result = {
      ruleId: `js/query-${results % 40}`,
      ruleIndex: results % 40,
      rule: { id: `js/query-${results % 40}`, index: results % 40 },
      message: { text: `This value flows from [user-provided value](1) to a sensitive sink in result ${results}.` },
      locations: [location(file, line)],
      partialFingerprints: { primaryLocationLineHash: `${(results * 2654435761 >>> 0).toString(16).padStart(8, '0')}a1b2c3d4:1`, primaryLocationStartColumnFingerprint: '6' },
      codeFlows: [{ threadFlows: [{ locations: steps }] }],
      relatedLocations: [{ id: 1, ...location(file, Math.max(1, line - 3)), message: { text: 'user-provided value' } }],
    };
    parts.push(results === 0 ? '' : ',', JSON.stringify(result));
    results++;
    if (parts.length > 200) flush();
  }
  parts.push(']}]}\n');
  flush();
  closeSync(fd);
  return { bytes, results };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(generateSarif(process.argv[2], Number(process.argv[3] ?? 200))));
}
